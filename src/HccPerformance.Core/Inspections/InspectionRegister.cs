using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Inspections;

/// <summary>
/// Inspections and the follow-up of their recommendations (issue 6): everyone signed in reads the register; the Performance
/// Team records inspections and their recommendations and reschedules them; progress on a recommendation is recorded by the
/// Chief Officer of its department or the Performance Team. Whether a recommendation is overdue is
/// <see cref="Recommendation.IsOverdue"/>, here and on the dashboard alike.
/// </summary>
public sealed class InspectionRegister(AppDbContext db, ICurrentUser user, TimeProvider clock, OrganisationReads organisation)
{
    private static string ConflictMessage(string who, string what) =>
        $"Someone else ({who}) changed this {what} while you were editing it. Their version is shown; what you typed is still in the form. Save again to replace theirs.";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Records inspections and recommendations, changes them and reschedules: the Corporate Performance Team.</summary>
    public bool CanMaintain => user.IsInRole(Roles.PerformanceTeam);

    /// <summary>Progress on a recommendation: its department's Chief Officer, or the Performance Team.</summary>
    public bool CanUpdate(int departmentId) =>
        CanMaintain || (user.IsInRole(Roles.ChiefOfficer) && user.DepartmentId == departmentId);

    /// <summary>
    /// The share of recommendations complete and the overdue ones, for one department or (null) the council, with every
    /// department's share. One SQL command, so the dashboard tile can use it as it is.
    /// </summary>
    public async Task<RecommendationSummary> SummaryAsync(int? departmentId, CancellationToken ct = default) =>
        Summarise(await RecommendationsAsync(ct), departmentId, Today);

    /// <summary>The register: every inspection (newest first) with its recommendations' progress, and the summary above it.</summary>
    public async Task<InspectionList> ListAsync(InspectionFilter filter, CancellationToken ct = default)
    {
        var today = Today;
        var recommendations = await RecommendationsAsync(ct);
        var inspections = await (
            from i in db.Inspections.AsNoTracking()
            join d in organisation.Departments on i.DepartmentId equals d.Id into dd
            from d in dd.DefaultIfEmpty()
            select new { i.Id, i.Body, i.Service, i.DepartmentId, Department = d == null ? null : d.Name, i.ReportedOn, i.IsDemo, i.Judgement, i.IsStrategic }).ToListAsync(ct);
        var byInspection = recommendations.ToLookup(r => r.Recommendation.InspectionId);
        var rows = inspections
            .Where(i => filter.DepartmentId is not { } d || i.DepartmentId == d || byInspection[i.Id].Any(r => r.Recommendation.DepartmentId == d))
            .Where(i => !filter.OverdueOnly || byInspection[i.Id].Any(r => r.Recommendation.IsOverdue(today)
                && (filter.DepartmentId is not { } d || i.DepartmentId == d || r.Recommendation.DepartmentId == d)))
            .OrderByDescending(i => i.ReportedOn).ThenByDescending(i => i.Id)
            .Select(i => new InspectionRow(i.Id, i.Body, i.Service, i.DepartmentId, i.Department, i.ReportedOn,
                Figures(byInspection[i.Id].Select(r => r.Recommendation), today)) { IsDemo = i.IsDemo, Judgement = i.Judgement, IsStrategic = i.IsStrategic })
            .ToList();
        return new InspectionList(filter, Summarise(recommendations, filter.DepartmentId, today), rows);
    }

    public async Task<InspectionView> InspectionAsync(int id, CancellationToken ct = default)
    {
        var today = Today;
        var inspection = await db.Inspections.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("The inspection");
        var departments = await organisation.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.InspectionId == id).OrderBy(r => r.Id).ToListAsync(ct);
        return new InspectionView(inspection.Id, inspection.Body, inspection.Service, inspection.DepartmentId,
            inspection.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, inspection.ReportedOn, Figures(recommendations, today),
            [.. recommendations.Select((r, i) => Row(r, i + 1, departments.GetValueOrDefault(r.DepartmentId) ?? "", today))],
            inspection.CreatedBy, inspection.ModifiedBy, inspection.ModifiedUtc, inspection.Version)
        {
            Judgement = inspection.Judgement,
            IsStrategic = inspection.IsStrategic,
            IsDemo = inspection.IsDemo,
        };
    }

    public async Task<RecommendationView> RecommendationAsync(int id, CancellationToken ct = default)
    {
        var recommendation = await db.Recommendations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("The recommendation");
        var inspection = await db.Inspections.AsNoTracking().SingleAsync(i => i.Id == recommendation.InspectionId, ct);
        var number = await db.Recommendations.CountAsync(r => r.InspectionId == recommendation.InspectionId && r.Id <= id, ct);
        var department = await organisation.Departments.Where(d => d.Id == recommendation.DepartmentId).Select(d => d.Name).SingleAsync(ct);
        return new RecommendationView(inspection.Id, inspection.Body, inspection.Service, inspection.ReportedOn,
            Row(recommendation, number, department, Today), recommendation.ModifiedBy, recommendation.ModifiedUtc);
    }

    public async Task<int> CreateAsync(InspectionInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        await CheckInspectionAsync(input, ct);
        var inspection = new Inspection(input.Body, input.Service, input.DepartmentId, input.ReportedOn!.Value);
        inspection.Judge(input.Judgement, input.IsStrategic);
        if (input.ExpectedInspectionId is { } expectedId)
        {
            // Recorded from the forward programme: it leaves the programme in the same save, or neither happens.
            var expected = await db.ExpectedInspections.SingleOrDefaultAsync(e => e.Id == expectedId, ct)
                ?? throw new DomainException("That inspection is no longer on the forward programme: record this one on its own", nameof(InspectionInput.Body));
            expected.Happened(inspection);
        }

        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return inspection.Id;
    }

    public async Task UpdateAsync(int id, InspectionInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var inspection = await db.Inspections.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("The inspection");
        await CheckInspectionAsync(input, ct);
        var reportedOn = input.ReportedOn!.Value;
        var earliestDue = await db.Recommendations.Where(r => r.InspectionId == id).OrderBy(r => r.DueOn).Select(r => (DateOnly?)r.DueOn).FirstOrDefaultAsync(ct);
        if (earliestDue is { } due && due < reportedOn)
        {
            throw new DomainException(
                $"A recommendation of this inspection is due on {due.ToString("d MMM yyyy", EnGb)}, " +
                "and recommendations cannot fall due before the inspection reported: choose a date on or before it, or reschedule that recommendation first",
                nameof(InspectionInput.ReportedOn));
        }

        db.ExpectVersion(inspection, input.Version);
        inspection.Change(input.Body, input.Service, input.DepartmentId, reportedOn);
        inspection.Judge(input.Judgement, input.IsStrategic);
        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.Inspections.AsNoTracking().SingleAsync(i => i.Id == id, ct);
            var department = theirs.DepartmentId is { } d ? await organisation.Departments.Where(x => x.Id == d).Select(x => x.Name).SingleAsync(ct) : "No one department";
            return new ConcurrencyConflictException(ConflictMessage(theirs.ModifiedBy ?? theirs.CreatedBy, "inspection"), theirs.Version,
                new Dictionary<string, string?>
                {
                    ["Inspecting body"] = theirs.Body,
                    ["Service"] = theirs.Service,
                    ["Department"] = department,
                    ["Reported on"] = theirs.ReportedOn.ToString("d MMM yyyy", EnGb),
                    ["Judgement or rating"] = theirs.Judgement ?? "None given",
                    ["Strategic"] = theirs.IsStrategic ? "Yes" : "No",
                });
        }, ct);
    }

    public async Task<int> AddRecommendationAsync(int inspectionId, RecommendationInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var inspection = await db.Inspections.AsNoTracking().SingleOrDefaultAsync(i => i.Id == inspectionId, ct)
            ?? throw new NotFoundException("The inspection");
        await RequireDepartmentAsync(input.DepartmentId, nameof(RecommendationInput.DepartmentId), ct);
        var recommendation = new Recommendation(inspection.Id, inspection.ReportedOn, input.Text, input.Owner, input.DepartmentId!.Value, input.DueOn!.Value);
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync(ct);
        return recommendation.Id;
    }

    public async Task RescheduleAsync(int id, RescheduleInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var recommendation = await TrackedAsync(id, ct);
        var reportedOn = await db.Inspections.Where(i => i.Id == recommendation.InspectionId).Select(i => i.ReportedOn).SingleAsync(ct);
        db.ExpectVersion(recommendation, input.Version);
        recommendation.Reschedule(input.DueOn!.Value, reportedOn);
        await SaveRecommendationAsync(id, ct);
    }

    /// <summary>Progress on a recommendation: its department's Chief Officer (theirs only) or the Performance Team.</summary>
    public async Task UpdateProgressAsync(int id, RecommendationProgressInput input, CancellationToken ct = default)
    {
        var recommendation = await TrackedAsync(id, ct);
        if (!CanUpdate(recommendation.DepartmentId))
        {
            throw new ForbiddenException("Only the Chief Officer of the recommendation's department or the Performance Team record its progress.");
        }

        db.ExpectVersion(recommendation, input.Version);
        recommendation.Update(input.Status!.Value, input.Evidence, Today);
        await SaveRecommendationAsync(id, ct);
    }

    /// <summary>Who may update a recommendation: checked before a refused form is shown again, so a stranger gets the 403 page, not the form.</summary>
    public async Task RequireCanUpdateAsync(int id, CancellationToken ct = default)
    {
        var departmentId = await db.Recommendations.Where(r => r.Id == id).Select(r => (int?)r.DepartmentId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The recommendation");
        if (!CanUpdate(departmentId))
        {
            throw new ForbiddenException("Only the Chief Officer of the recommendation's department or the Performance Team record its progress.");
        }
    }

    public static string StatusName(RecommendationStatus status) => status switch
    {
        RecommendationStatus.NotStarted => "Not started",
        RecommendationStatus.InProgress => "In progress",
        RecommendationStatus.Complete => "Complete",
        _ => status.ToString(),
    };

    private static RecommendationSummary Summarise(IReadOnlyList<RecommendationEntry> all, int? departmentId, DateOnly today)
    {
        var chosen = all.Where(r => departmentId is not { } d || r.Recommendation.DepartmentId == d).ToList();
        return new RecommendationSummary(departmentId, today, Figures(chosen.Select(r => r.Recommendation), today),
            [.. all.GroupBy(r => (r.Recommendation.DepartmentId, r.Department)).OrderBy(g => g.Key.Department, StringComparer.Ordinal)
                .Select(g => new DepartmentFigures(g.Key.DepartmentId, g.Key.Department, Figures(g.Select(r => r.Recommendation), today)))],
            [.. chosen.Where(r => r.Recommendation.IsOverdue(today))
                .OrderBy(r => r.Recommendation.DueOn).ThenBy(r => r.Department, StringComparer.Ordinal).ThenBy(r => r.Recommendation.Id)
                .Select(r => new OverdueRecommendation(r.Recommendation.Id, r.Recommendation.InspectionId, r.Body, r.Service,
                    r.Recommendation.Text, r.Recommendation.Owner, r.Recommendation.DepartmentId, r.Department, r.Recommendation.DueOn,
                    today.DayNumber - r.Recommendation.DueOn.DayNumber, r.Recommendation.Status) { IsDemo = r.Recommendation.IsDemo })]);
    }

    private static RecommendationFigures Figures(IEnumerable<Recommendation> recommendations, DateOnly today)
    {
        int total = 0, complete = 0, overdue = 0;
        foreach (var r in recommendations)
        {
            total++;
            complete += r.Status == RecommendationStatus.Complete ? 1 : 0;
            overdue += r.IsOverdue(today) ? 1 : 0;
        }

        return total == 0 ? RecommendationFigures.None : new RecommendationFigures(total, complete, overdue);
    }

    private RecommendationRow Row(Recommendation r, int number, string department, DateOnly today) =>
        new(r.Id, number, r.Text, r.Owner, r.DepartmentId, department, r.DueOn, r.Status, r.Evidence, r.CompletedOn,
            r.IsOverdue(today), r.IsOverdue(today) ? today.DayNumber - r.DueOn.DayNumber : 0, CanUpdate(r.DepartmentId), r.Version);

    private sealed record RecommendationEntry(Recommendation Recommendation, string Body, string Service, string Department);

    /// <summary>Every recommendation with its inspection and department, in one SQL command.</summary>
    private async Task<List<RecommendationEntry>> RecommendationsAsync(CancellationToken ct) =>
        await (
            from r in db.Recommendations.AsNoTracking()
            join i in db.Inspections.AsNoTracking() on r.InspectionId equals i.Id
            join d in organisation.Departments on r.DepartmentId equals d.Id
            select new RecommendationEntry(r, i.Body, i.Service, d.Name)).ToListAsync(ct);

    private async Task CheckInspectionAsync(InspectionInput input, CancellationToken ct)
    {
        if (input.ReportedOn > Today)
        {
            throw new DomainException("The inspection cannot have reported in the future: enter the date of its report", nameof(InspectionInput.ReportedOn));
        }

        if (input.DepartmentId is not null)
        {
            await RequireDepartmentAsync(input.DepartmentId, nameof(InspectionInput.DepartmentId), ct);
        }
    }

    internal async Task RequireDepartmentAsync(int? departmentId, string field, CancellationToken ct)
    {
        if (departmentId is not { } id || !await organisation.Departments.AnyAsync(d => d.Id == id, ct))
        {
            throw new DomainException("Choose a department from the list", field);
        }
    }

    private async Task SaveRecommendationAsync(int id, CancellationToken ct)
    {
        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == id, ct);
            return new ConcurrencyConflictException(ConflictMessage(theirs.ModifiedBy ?? theirs.CreatedBy, "recommendation"), theirs.Version,
                new Dictionary<string, string?>
                {
                    ["Status"] = StatusName(theirs.Status),
                    ["Evidence"] = theirs.Evidence,
                    ["Due"] = theirs.DueOn.ToString("d MMM yyyy", EnGb),
                });
        }, ct);
    }

    private async Task<Recommendation> TrackedAsync(int id, CancellationToken ct) =>
        await db.Recommendations.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("The recommendation");

    internal void RequireMaintainer()
    {
        if (!CanMaintain)
        {
            throw new ForbiddenException("The Corporate Performance Team records inspections and their recommendations.");
        }
    }
}
