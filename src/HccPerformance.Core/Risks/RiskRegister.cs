using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Risks;

/// <summary>
/// The corporate risk register (seed Appendix Three; issue 6). Everyone signed in reads it. The Corporate Performance Team
/// keeps it: adds, describes, re-assesses and closes risks. The emerging risk issues are <see cref="EmergingRiskRegister"/>.
/// </summary>
public sealed class RiskRegister(AppDbContext db, ICurrentUser user, TimeProvider clock, LinkedItems linkedItems, OrganisationReads organisation)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanMaintain => user.IsInRole(Roles.PerformanceTeam);

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
                r.Trend, r.ReviewedOn, r.ClosedOn) { IsDemo = r.IsDemo }).ToListAsync(ct);
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
            .Select(g => new { g.Key.Likelihood, g.Key.Impact, Count = g.Count(), Demo = g.Count(r => r.IsDemo) })
            .ToListAsync(ct);
        return new HeatMap(cells.ToDictionary(c => (c.Likelihood, c.Impact), c => c.Count))
        {
            DemoCounts = cells.Where(c => c.Demo > 0).ToDictionary(c => (c.Likelihood, c.Impact), c => c.Demo),
        };
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

    /// <summary>Refuses (403) anyone but the Performance Team: for the forms' pages as for their posts.</summary>
    public void RequireMaintainer()
    {
        if (!CanMaintain)
        {
            throw new ForbiddenException("The Corporate Performance Team keeps the risk register.");
        }
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
