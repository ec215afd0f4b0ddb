using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// Indicators: their definitions and yearly targets, and who answers for them (framework process 6). Everyone signed in
/// reads; the Corporate Performance Team maintains indicators, targets and scorecards; an indicator's Service Manager enters
/// its results (<see cref="ResultService"/>). The scorecards built from them are <see cref="ScorecardService"/>.
/// </summary>
public sealed class IndicatorService(AppDbContext db, ICurrentUser user, TimeProvider clock, LinkedItems linkedItems, OrganisationReads organisation, PeopleDirectory people)
{
    /// <summary>The tolerance when an indicator sits on no scorecard and sets none itself.</summary>
    public const decimal FallbackTolerancePercent = 5m;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanMaintain => user.IsInRole(Roles.PerformanceTeam);

    public bool CanEnterResultsFor(string? serviceManagerId) =>
        CanMaintain || (user.IsInRole(Roles.ServiceManager) && serviceManagerId is not null && serviceManagerId == user.UserId);

    public async Task<List<IndicatorListRow>> IndicatorsAsync(string? search, int? departmentId, bool mineOnly, CancellationToken ct = default)
    {
        var query =
            from i in db.Indicators.AsNoTracking()
            join d in organisation.Departments on i.DepartmentId equals d.Id into dd
            from d in dd.DefaultIfEmpty()
            join u in people.People on i.ServiceManagerId equals u.Id into uu
            from u in uu.DefaultIfEmpty()
            select new { i, Department = d == null ? null : d.Name, ServiceManager = u == null ? null : u.DisplayName };
        if (!string.IsNullOrWhiteSpace(search))
        {
            // LIKE is case-insensitive in both providers' default collations; the user's % and _ are taken literally.
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(x => EF.Functions.Like(x.i.Code, pattern, "\\") || EF.Functions.Like(x.i.Title, pattern, "\\"));
        }

        if (departmentId is not null)
        {
            query = query.Where(x => x.i.DepartmentId == departmentId);
        }

        if (mineOnly)
        {
            query = query.Where(x => x.i.ServiceManagerId == user.UserId);
        }

        var rows = await query.ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.i.Id);
        return [.. Indicator.NaturalOrder(rows.Select(r => (r.i.Code, r.i.Id))).Select(id => byId[id]).Select(r => new IndicatorListRow(
            r.i.Id, r.i.Code, r.i.Title, r.i.Theme, r.Department, r.ServiceManager, r.i.Frequency, r.i.Polarity, r.i.Source, r.i.IsNational,
            r.i.ServiceManagerId == user.UserId) { ResponsibilityIsDemo = r.i.ResponsibilityIsDemo })];
    }

    public async Task<IndicatorView> IndicatorAsync(int id, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("The indicator");
        var department = indicator.DepartmentId is { } d ? await organisation.Departments.Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        var manager = indicator.ServiceManagerId is { } m ? await people.People.Where(u => u.Id == m).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) : null;
        var scorecards = await db.Scorecards.AsNoTracking().Where(s => s.RetiredOn == null && s.Members.Any(x => x.IndicatorId == id))
            .OrderByDescending(s => s.Weight).Select(s => new { s.Id, s.Name, s.DefaultTolerancePercent }).ToListAsync(ct);
        var results = await db.IndicatorResults.AsNoTracking().Include(r => r.History).Where(r => r.IndicatorId == id)
            .OrderBy(r => r.PeriodStart).ToListAsync(ct);
        // Off any scorecard, the most important scorecard's tolerance stands in for the indicator's own.
        var tolerance = indicator.AmberTolerancePercent ?? scorecards.FirstOrDefault()?.DefaultTolerancePercent ?? FallbackTolerancePercent;
        var targets = indicator.Targets.ToDictionary(t => t.FinancialYear, t => t.Value);
        var rows = results.Select(r =>
        {
            var period = new ResultPeriod(r.PeriodStart, indicator.Frequency);
            decimal? target = targets.TryGetValue(period.FinancialYear, out var t) ? t : null;
            return new ResultRow(r.Id, period, r.Value, target, RagRule.Assess(r.Value, target, indicator.Polarity, tolerance, r.Quality), r.Quality, r.Note,
                r.Source, r.RecordedBy, r.RecordedUtc, [.. r.History.OrderByDescending(h => h.ReplacedUtc)], r.Version) { IsDemo = r.IsDemo };
        }).ToList();
        var series = new IndicatorSeries(indicator.Id, indicator.Polarity, indicator.Frequency, tolerance,
            [.. results.Select(r => new ResultPoint(r.PeriodStart, r.Value, r.Quality, r.IsDemo))], targets)
        {
            DemoTargetYears = indicator.Targets.Where(t => t.IsDemo).Select(t => t.FinancialYear).ToHashSet(),
        };
        var latest = ScorecardCalculator.Line(series, tolerance, results.Count > 0 ? results[^1].PeriodEnd : Today);
        return new IndicatorView(indicator.Id, indicator.Code, indicator.Title, indicator.Theme, indicator.Unit, indicator.Polarity, indicator.Frequency,
            indicator.Source, indicator.IsNational, indicator.DepartmentId, department, indicator.ServiceManagerId, manager, indicator.DefinitionNotes,
            indicator.AmberTolerancePercent, tolerance, [.. scorecards.Select(s => (s.Id, s.Name))],
            [.. indicator.Targets.OrderBy(t => t.FinancialYear)], rows, latest, await linkedItems.ForAsync(LinkTargets.Indicator, [id], ct), indicator.Version,
            indicator.ReferenceSource, indicator.PolaritySource)
        {
            ResponsibilityIsDemo = indicator.ResponsibilityIsDemo,
        };
    }

    public IndicatorPermissions PermissionsFor(IndicatorView indicator) => new(CanEnterResultsFor(indicator.ServiceManagerId), CanMaintain);

    public async Task SetTargetAsync(int indicatorId, TargetInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var indicator = await TrackedAsync(indicatorId, ct);
        db.ExpectVersion(indicator, input.Version);
        indicator.SetTarget(input.FinancialYear!.Value, input.Value, input.IsStretch);
        await SaveIndicatorAsync(indicator, ct);
    }

    public async Task<int> CreateAsync(DefinitionInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var code = input.Code.Trim();
        if (await db.Indicators.AnyAsync(i => i.Code == code, ct))
        {
            throw new DomainException($"There is already an indicator {code}: choose another code", nameof(DefinitionInput.Code));
        }

        await CheckResponsibilityAsync(input.DepartmentId, input.ServiceManagerId, ct);
        var indicator = new Indicator(code, input.Title, input.Polarity, input.Frequency!.Value, input.Source, isNational: code.StartsWith("NI ", StringComparison.OrdinalIgnoreCase));
        Apply(indicator, input);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return indicator.Id;
    }

    public async Task UpdateAsync(int indicatorId, DefinitionInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var indicator = await TrackedAsync(indicatorId, ct);
        db.ExpectVersion(indicator, input.Version);
        if (input.Frequency != indicator.Frequency && await db.IndicatorResults.AnyAsync(r => r.IndicatorId == indicatorId, ct))
        {
            throw new DomainException("The indicator has results, so how often they come cannot change now", nameof(DefinitionInput.Frequency));
        }

        await CheckResponsibilityAsync(input.DepartmentId, input.ServiceManagerId, ct);
        indicator.Redefine(input.Title, input.Polarity, input.Frequency!.Value, input.Source);
        Apply(indicator, input);
        await SaveIndicatorAsync(indicator, ct);
    }

    public async Task<List<(string Id, string Name, int? DepartmentId)>> ServiceManagersAsync(CancellationToken ct = default)
    {
        var rows = await (
            from u in people.InRoles(Roles.ServiceManager)
            orderby u.DisplayName
            select new { u.Id, u.DisplayName, u.DepartmentId }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, r.DisplayName, r.DepartmentId))];
    }

    private static void Apply(Indicator indicator, DefinitionInput input)
    {
        indicator.Describe(input.Theme, input.Unit, input.DefinitionNotes);
        indicator.AssignResponsibility(input.DepartmentId, string.IsNullOrWhiteSpace(input.ServiceManagerId) ? null : input.ServiceManagerId);
        indicator.SetTolerance(input.AmberTolerancePercent);
    }

    private async Task CheckResponsibilityAsync(int? departmentId, string? serviceManagerId, CancellationToken ct)
    {
        if (departmentId is { } d && !await organisation.Departments.AnyAsync(x => x.Id == d, ct))
        {
            throw new DomainException("Choose a department from the list", nameof(DefinitionInput.DepartmentId));
        }

        if (!string.IsNullOrWhiteSpace(serviceManagerId) && !(await ServiceManagersAsync(ct)).Any(m => m.Id == serviceManagerId))
        {
            throw new DomainException("Choose a Service Manager from the list: only people with that role can answer for an indicator", nameof(DefinitionInput.ServiceManagerId));
        }
    }

    internal void RequireMaintainer()
    {
        if (!CanMaintain)
        {
            throw new ForbiddenException("The Corporate Performance Team maintains indicators, targets and scorecards.");
        }
    }

    private async Task<Indicator> TrackedAsync(int id, CancellationToken ct) =>
        await db.Indicators.Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("The indicator");

    private async Task SaveIndicatorAsync(Indicator indicator, CancellationToken ct)
    {
        db.Entry(indicator).State = EntityState.Modified;
        await db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(
            "Someone else changed this indicator while you were editing it. The page shows their change, and the form keeps yours: save again to replace theirs.",
            await db.Indicators.Where(i => i.Id == indicator.Id).Select(i => i.Version).SingleAsync(ct)), ct);
    }
}
