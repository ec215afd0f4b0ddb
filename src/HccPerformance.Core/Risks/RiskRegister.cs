using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Risks;

public sealed record RiskFilter(int? DepartmentId = null, bool StrategicOnly = false, bool IncludeClosed = false);

public sealed record RiskRow(int Id, string Reference, string Title, string Owner, string? Department, bool IsStrategic,
    int Likelihood, int Impact, RiskTrend Trend, DateOnly ReviewedOn, DateOnly? ClosedOn)
{
    public int Score => Likelihood * Impact;
    public Rag Band => Risk.Band(Score);
    public bool IsOpen => ClosedOn is null;
}

/// <summary>The 5x5 matrix of open risks: how many sit at each likelihood and impact.</summary>
public sealed record HeatMap(IReadOnlyDictionary<(int Likelihood, int Impact), int> Counts)
{
    public int CountAt(int likelihood, int impact) => Counts.GetValueOrDefault((likelihood, impact));

    public int Total => Counts.Values.Sum();

    public int CountIn(Rag band) => Counts.Where(c => Risk.Band(c.Key.Likelihood * c.Key.Impact) == band).Sum(c => c.Value);
}

public sealed record RegisterView(IReadOnlyList<RiskRow> Risks, HeatMap HeatMap, RiskFilter Filter, string? Department);

public sealed record ReviewRow(int Likelihood, int Impact, DateOnly ReviewedOn, string? Note, string ReviewedBy)
{
    public int Score => Likelihood * Impact;
    public Rag Band => Risk.Band(Score);
}

public sealed record RiskView(
    int Id, string Reference, string Title, string? Description, string Owner, int? DepartmentId, string? Department, bool IsStrategic,
    int Likelihood, int Impact, RiskTrend Trend, DateOnly ReviewedOn, string Controls, DateOnly? ClosedOn, string? ClosedReason,
    IReadOnlyList<ReviewRow> Reviews, IReadOnlyList<LinkedItem> LinkedItems, Guid Version)
{
    public int Score => Likelihood * Impact;
    public Rag Band => Risk.Band(Score);
    public bool IsOpen => ClosedOn is null;
}

public sealed record EmergingFilter(int? DepartmentId = null, EmergingRiskStatus? Status = null);

public sealed record EmergingRiskRow(int Id, int DepartmentId, string DepartmentCode, string Department, string Title, string? Description,
    DateOnly RaisedOn, string RaisedBy, EmergingRiskStatus Status, string? Outcome, bool CanUpdate);

public sealed record EmergingRiskView(int Id, int DepartmentId, string Department, string Title, string? Description, DateOnly RaisedOn,
    string RaisedBy, EmergingRiskStatus Status, string? Outcome, Guid Version);

/// <summary>An "outstanding risks" item of a department's self-assessment, with whether this person may open the assessment.</summary>
public sealed record OutstandingRiskItem(int DepartmentId, string Department, int PeriodId, AssessmentStatus Status, string Text, bool CanOpen);

/// <summary>
/// The outstanding risks the self-assessments of one reporting period name. <see cref="Hidden"/> when the person reads
/// self-assessments only in an issued report (Cabinet, Select Committee).
/// </summary>
public sealed record OutstandingRisks(string? Period, IReadOnlyList<OutstandingRiskItem> Items, bool Hidden);

public sealed record EmergingRisksView(IReadOnlyList<EmergingRiskRow> Rows, EmergingFilter Filter, OutstandingRisks FromSelfAssessments);

/// <summary>
/// The corporate risk register and the emerging risk issues (seed Appendix Three; issue 6). Everyone signed in reads both.
/// The Corporate Performance Team keeps the register: adds, describes, re-assesses and closes risks. A Chief Officer raises
/// and updates their own department's emerging risks; the Performance Team any department's.
/// </summary>
public sealed class RiskRegister(AppDbContext db, ICurrentUser user, TimeProvider clock, LinkedItems linkedItems, SelfAssessmentService selfAssessments,
    SelfAssessmentReads assessments, OrganisationReads organisation)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanMaintain => user.IsInRole(Roles.PerformanceTeam);

    /// <summary>The Performance Team raises emerging risks for any department; a Chief Officer for their own.</summary>
    public bool CanRaiseEmerging => CanMaintain || (user.IsInRole(Roles.ChiefOfficer) && user.DepartmentId is not null);

    public bool CanUpdateEmerging(int departmentId) =>
        CanMaintain || (user.IsInRole(Roles.ChiefOfficer) && user.DepartmentId == departmentId);

    /// <summary>The department an emerging risk raised now is for, when the person does not choose it (a Chief Officer's own).</summary>
    public int? FixedDepartmentId => CanMaintain ? null : user.DepartmentId;

    // The register

    /// <summary>The register: open risks, strategic first then by score, highest first; closed ones after them when asked for.</summary>
    public async Task<RegisterView> RegisterAsync(RiskFilter filter, CancellationToken ct = default)
    {
        string? department = null;
        if (filter.DepartmentId is { } departmentId)
        {
            department = await organisation.Departments.Where(d => d.Id == departmentId).Select(d => d.Name).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("There is no such department: choose one from the list", nameof(RiskFilter.DepartmentId));
        }

        var query = Filtered(filter);
        if (!filter.IncludeClosed)
        {
            query = query.Where(r => r.ClosedOn == null);
        }

        var rows = await (
            from r in query
            join d in organisation.Departments on r.DepartmentId equals d.Id into dd
            from d in dd.DefaultIfEmpty()
            select new RiskRow(r.Id, r.Reference, r.Title, r.Owner, d == null ? null : d.Name, r.IsStrategic, r.Likelihood, r.Impact,
                r.Trend, r.ReviewedOn, r.ClosedOn)).ToListAsync(ct);
        var ordered = rows
            .OrderBy(r => r.IsOpen ? 0 : 1)
            .ThenByDescending(r => r.IsOpen && r.IsStrategic)
            .ThenByDescending(r => r.IsOpen ? r.Score : 0)
            .ThenByDescending(r => r.ClosedOn)
            .ThenBy(r => r.Reference, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new RegisterView(ordered, await HeatMapAsync(filter, ct), filter, department);
    }

    /// <summary>How many open risks sit in each cell of the 5x5 matrix, for the department and strategic filters given.</summary>
    public async Task<HeatMap> HeatMapAsync(RiskFilter filter, CancellationToken ct = default)
    {
        var cells = await Filtered(filter).Where(r => r.ClosedOn == null)
            .GroupBy(r => new { r.Likelihood, r.Impact })
            .Select(g => new { g.Key.Likelihood, g.Key.Impact, Count = g.Count() })
            .ToListAsync(ct);
        return new HeatMap(cells.ToDictionary(c => (c.Likelihood, c.Impact), c => c.Count));
    }

    /// <summary>The open risks, as choices for linking self-assessment items to them.</summary>
    public async Task<List<(int Id, string Name)>> OpenRisksAsync(CancellationToken ct = default)
    {
        var risks = await db.Risks.AsNoTracking().Where(r => r.ClosedOn == null).OrderBy(r => r.Reference)
            .Select(r => new { r.Id, r.Reference, r.Title }).ToListAsync(ct);
        return [.. risks.Select(r => (r.Id, $"{r.Reference}: {r.Title}"))];
    }

    public async Task<RiskView> RiskAsync(int id, CancellationToken ct = default)
    {
        var risk = await db.Risks.AsNoTracking().Include(r => r.Reviews).SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("The risk");
        var department = risk.DepartmentId is { } d
            ? await organisation.Departments.Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(ct)
            : null;
        return new RiskView(risk.Id, risk.Reference, risk.Title, risk.Description, risk.Owner, risk.DepartmentId, department, risk.IsStrategic,
            risk.Likelihood, risk.Impact, risk.Trend, risk.ReviewedOn, risk.Controls, risk.ClosedOn, risk.ClosedReason,
            [.. risk.Reviews.OrderByDescending(v => v.ReviewedOn).ThenByDescending(v => v.Id)
                .Select(v => new ReviewRow(v.Likelihood, v.Impact, v.ReviewedOn, v.Note, v.ReviewedBy))],
            await linkedItems.ForAsync(LinkTargets.Risk, [id], ct), risk.Version);
    }

    /// <summary>Adds a risk to the register and scores it as reviewed today. Returns its id.</summary>
    public async Task<int> CreateAsync(NewRiskInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var reference = input.Reference.Trim();
        if (await db.Risks.AnyAsync(r => r.Reference == reference, ct))
        {
            throw new DomainException($"There is already a risk {reference} on the register: choose another reference", nameof(NewRiskInput.Reference));
        }

        await CheckDepartmentAsync(input.DepartmentId, nameof(NewRiskInput.DepartmentId), ct);
        var risk = new Risk(reference, input.Title, input.IsStrategic);
        risk.Describe(input.Title, input.Description, input.Owner, input.DepartmentId, input.IsStrategic, input.Controls ?? "");
        risk.Assess(input.Likelihood ?? 0, input.Impact ?? 0, Today, "First assessment, when the risk was added to the register.", user.DisplayName);
        db.Risks.Add(risk);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException($"Someone else added a risk {reference} just now: choose another reference", nameof(NewRiskInput.Reference));
        }

        return risk.Id;
    }

    /// <summary>Changes what describes a risk, refusing a save over someone else's change since the form was read.</summary>
    public async Task DescribeAsync(int id, RiskDetailsInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var risk = await TrackedAsync(id, ct);
        RequireOpen(risk);
        await CheckDepartmentAsync(input.DepartmentId, nameof(RiskDetailsInput.DepartmentId), ct);
        db.ExpectVersion(risk, input.Version);
        risk.Describe(input.Title, input.Description, input.Owner, input.DepartmentId, input.IsStrategic, input.Controls ?? "");
        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.Risks.AsNoTracking().SingleAsync(r => r.Id == id, ct);
            var department = theirs.DepartmentId is { } d
                ? await organisation.Departments.Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(ct)
                : null;
            return new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy}) changed this risk while you were editing it. Their version is shown; your changes are still in the form. Save again to replace theirs.", theirs.Version,
                new Dictionary<string, string?>
                {
                    ["Title"] = theirs.Title,
                    ["Description"] = theirs.Description,
                    ["Owner"] = theirs.Owner,
                    ["Department"] = department ?? "Council-wide",
                    ["Strategic"] = theirs.IsStrategic ? "Yes" : "No",
                    ["Controls"] = theirs.Controls,
                });
        }, ct);
    }

    /// <summary>Re-scores a risk at a review; the score it had is kept in its history and sets the trend.</summary>
    public async Task AssessAsync(int id, AssessInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var risk = await TrackedAsync(id, ct);
        RequireOpen(risk);
        var on = input.ReviewedOn ?? Today;
        if (on > Today)
        {
            throw new DomainException("The review date cannot be in the future", nameof(AssessInput.ReviewedOn));
        }

        if (on < risk.ReviewedOn)
        {
            throw new DomainException(
                $"The review date cannot be before the latest review, on {risk.ReviewedOn.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}",
                nameof(AssessInput.ReviewedOn));
        }

        risk.Assess(input.Likelihood ?? 0, input.Impact ?? 0, on, input.Note, user.DisplayName);
        await db.SaveChangesAsync(ct);
    }

    public async Task CloseAsync(int id, CloseRiskInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var risk = await TrackedAsync(id, ct);
        RequireOpen(risk);
        risk.Close(Today, input.Reason);
        await db.SaveChangesAsync(ct);
    }

    // Emerging risk issues

    /// <summary>The emerging risk issues by department (open ones first in each), and what the latest self-assessments name as outstanding risks.</summary>
    public async Task<EmergingRisksView> EmergingAsync(EmergingFilter filter, CancellationToken ct = default)
    {
        if (filter.DepartmentId is { } departmentId && !await organisation.Departments.AnyAsync(d => d.Id == departmentId, ct))
        {
            throw new DomainException("There is no such department: choose one from the list", nameof(EmergingFilter.DepartmentId));
        }

        var query = db.EmergingRisks.AsNoTracking();
        if (filter.DepartmentId is not null)
        {
            query = query.Where(r => r.DepartmentId == filter.DepartmentId);
        }

        if (filter.Status is not null)
        {
            query = query.Where(r => r.Status == filter.Status);
        }

        var rows = await (
            from r in query
            join d in organisation.Departments on r.DepartmentId equals d.Id
            select new { r.Id, r.DepartmentId, d.Code, d.Name, r.Title, r.Description, r.RaisedOn, r.RaisedBy, r.Status, r.Outcome }).ToListAsync(ct);
        return new EmergingRisksView(
            [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Status).ThenByDescending(r => r.RaisedOn).ThenBy(r => r.Id)
                .Select(r => new EmergingRiskRow(r.Id, r.DepartmentId, r.Code, r.Name, r.Title, r.Description, r.RaisedOn, r.RaisedBy, r.Status,
                    r.Outcome, CanUpdateEmerging(r.DepartmentId)))],
            filter,
            await OutstandingRisksAsync(filter.DepartmentId, ct));
    }

    public async Task<EmergingRiskView> EmergingRiskAsync(int id, CancellationToken ct = default)
    {
        var row = await (
            from r in db.EmergingRisks.AsNoTracking()
            where r.Id == id
            join d in organisation.Departments on r.DepartmentId equals d.Id
            select new EmergingRiskView(r.Id, r.DepartmentId, d.Name, r.Title, r.Description, r.RaisedOn, r.RaisedBy, r.Status, r.Outcome, r.Version))
            .SingleOrDefaultAsync(ct);
        return row ?? throw new NotFoundException("The emerging risk");
    }

    /// <summary>
    /// Raises an emerging risk. A Chief Officer's is for their own department (choosing another is refused); the
    /// Performance Team chooses the department. Returns its id.
    /// </summary>
    public async Task<int> RaiseEmergingAsync(NewEmergingRiskInput input, CancellationToken ct = default)
    {
        RequireCanRaise();
        int departmentId;
        if (CanMaintain)
        {
            departmentId = input.DepartmentId ?? throw new DomainException("Choose the department the risk is for", nameof(NewEmergingRiskInput.DepartmentId));
            await CheckDepartmentAsync(departmentId, nameof(NewEmergingRiskInput.DepartmentId), ct);
        }
        else
        {
            departmentId = user.DepartmentId!.Value;
            if (input.DepartmentId is { } chosen && chosen != departmentId)
            {
                throw new ForbiddenException("A Chief Officer raises emerging risks for their own department only.");
            }
        }

        var on = input.RaisedOn ?? Today;
        if (on > Today)
        {
            throw new DomainException("The date it was raised cannot be in the future", nameof(NewEmergingRiskInput.RaisedOn));
        }

        var risk = new EmergingRisk(departmentId, input.Title, input.Description, on, input.RaisedBy.Trim());
        db.EmergingRisks.Add(risk);
        await db.SaveChangesAsync(ct);
        return risk.Id;
    }

    public async Task UpdateEmergingAsync(int id, EmergingRiskUpdateInput input, CancellationToken ct = default)
    {
        var risk = await db.EmergingRisks.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("The emerging risk");
        RequireCanUpdate(risk.DepartmentId);
        db.ExpectVersion(risk, input.Version);
        risk.Update(input.Title, input.Description, input.Status ?? EmergingRiskStatus.Open, input.Outcome);
        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.EmergingRisks.AsNoTracking().SingleAsync(r => r.Id == id, ct);
            return new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy}) changed this emerging risk while you were editing it. Their version is shown; your changes are still in the form. Save again to replace theirs.", theirs.Version,
                new Dictionary<string, string?>
                {
                    ["New risk"] = theirs.Title,
                    ["Description"] = theirs.Description,
                    ["Status"] = RiskScale.Status(theirs.Status),
                    ["Outcome"] = theirs.Outcome,
                });
        }, ct);
    }

    /// <summary>Refuses (403) someone who may not raise emerging risks: for the form's page as for its post.</summary>
    public void RequireCanRaise()
    {
        if (!CanRaiseEmerging)
        {
            throw new ForbiddenException("Chief Officers raise their department's emerging risks, and the Corporate Performance Team any department's.");
        }
    }

    public void RequireCanUpdate(int departmentId)
    {
        if (!CanUpdateEmerging(departmentId))
        {
            throw new ForbiddenException("Only the department's Chief Officer or the Corporate Performance Team update its emerging risks.");
        }
    }

    /// <summary>Refuses (403) anyone but the Performance Team: for the forms' pages as for their posts.</summary>
    public void RequireMaintainer()
    {
        if (!CanMaintain)
        {
            throw new ForbiddenException("The Corporate Performance Team keeps the risk register.");
        }
    }

    /// <summary>
    /// The "outstanding risks" of the self-assessments of the latest reporting period this person can see any of: those
    /// submitted (or further on), and their own department's drafts for its Chief Officer and Executive Member. Outside
    /// the department, one returned for rework shows what was last submitted, as the assessment's own page does.
    /// </summary>
    private async Task<OutstandingRisks> OutstandingRisksAsync(int? departmentId, CancellationToken ct)
    {
        // Cabinet and Select Committee members read self-assessments only in an issued report.
        if (!assessments.Reader.ReadsOfficerPages)
        {
            return new OutstandingRisks(null, [], Hidden: true);
        }

        var query = assessments.Readable(AssessmentSurface.OfficerPages);
        if (departmentId is not null)
        {
            query = query.Where(a => a.DepartmentId == departmentId);
        }

        var visible = await query
            .Select(a => new { a.Id, a.DepartmentId, Department = a.Department!.Name, a.ReportingPeriodId, a.ReportingPeriod!.FinancialYear, a.ReportingPeriod.Quarter, a.Status })
            .ToListAsync(ct);
        if (visible.Count == 0)
        {
            return new OutstandingRisks(null, [], Hidden: false);
        }

        var latest = visible.MaxBy(a => (a.FinancialYear, a.Quarter))!;
        var inPeriod = visible.Where(a => a.ReportingPeriodId == latest.ReportingPeriodId).ToList();
        var ids = inPeriod.Select(a => a.Id).ToList();
        // A returned assessment is being reworked by its Chief Officer: everyone else reads the risks as last submitted.
        var texts = AssessmentVisibility.Expand(
            await assessments.Section(ItemSection.Risk, AssessmentSurface.OfficerPages).Where(r => ids.Contains(r.AssessmentId)).ToListAsync(ct),
            ItemSection.Risk).ToLookup(t => t.AssessmentId);

        var result = new List<OutstandingRiskItem>();
        foreach (var a in inPeriod.OrderBy(a => a.Department, StringComparer.Ordinal))
        {
            var canOpen = selfAssessments.MaySeeAssessmentsOf(a.DepartmentId);
            result.AddRange(texts[a.Id].OrderBy(t => t.Position).Select(t => new OutstandingRiskItem(a.DepartmentId, a.Department, a.ReportingPeriodId, a.Status, t.Text, canOpen)));
        }

        return new OutstandingRisks($"Quarter {latest.Quarter} {ReportingPeriod.FinancialYearName(latest.FinancialYear)}", result, Hidden: false);
    }

    private IQueryable<Risk> Filtered(RiskFilter filter)
    {
        var query = db.Risks.AsNoTracking();
        if (filter.DepartmentId is not null)
        {
            query = query.Where(r => r.DepartmentId == filter.DepartmentId);
        }

        if (filter.StrategicOnly)
        {
            query = query.Where(r => r.IsStrategic);
        }

        return query;
    }

    private async Task CheckDepartmentAsync(int? departmentId, string field, CancellationToken ct)
    {
        if (departmentId is { } id && !await organisation.Departments.AnyAsync(d => d.Id == id && d.IsActive, ct))
        {
            throw new DomainException("Choose a department from the list", field);
        }
    }

    private static void RequireOpen(Risk risk)
    {
        if (!risk.IsOpen)
        {
            throw new DomainException("The risk is closed, so it is kept as it was. If it returns, add it to the register again.");
        }
    }

    private async Task<Risk> TrackedAsync(int id, CancellationToken ct) =>
        await db.Risks.Include(r => r.Reviews).SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("The risk");
}
