using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Indicators;

public sealed record ScorecardSummary(int Id, string Name, string Description, decimal Weight, int Indicators);

public sealed record ScorecardRow(int IndicatorId, string Code, string Title, string? Department, string? Unit, Polarity? Polarity,
    decimal Weight, ScorecardLine Line);

public sealed record ScorecardView(int Id, string Name, string Description, decimal Weight, decimal DefaultTolerancePercent,
    PeriodSummary Period, IReadOnlyList<ScorecardRow> Rows, IReadOnlyDictionary<Rag, int> Counts, Guid Version);

public sealed record IndicatorListRow(int Id, string Code, string Title, string? Theme, string? Department, string? ServiceManager,
    Frequency Frequency, Polarity? Polarity, IndicatorSource? Source, bool IsNational, bool IsMine);

public sealed record ResultRow(int Id, ResultPeriod Period, decimal Value, decimal? Target, Rag Rag, DataQuality Quality, string? Note,
    ResultSource Source, string RecordedBy, DateTime RecordedUtc, IReadOnlyList<ResultRevision> History, Guid Version);

public sealed record IndicatorView(
    int Id, string Code, string Title, string? Theme, string? Unit, Polarity? Polarity, Frequency Frequency, IndicatorSource? Source,
    bool IsNational, int? DepartmentId, string? Department, string? ServiceManagerId, string? ServiceManager, string? DefinitionNotes,
    decimal? OwnTolerancePercent, decimal TolerancePercent, IReadOnlyList<(int Id, string Name)> Scorecards,
    IReadOnlyList<IndicatorTarget> Targets, IReadOnlyList<ResultRow> Results, ScorecardLine Latest, IReadOnlyList<LinkedItem> LinkedItems, Guid Version);

/// <summary>A Service Manager's indicator on their home page: where it stands and which open periods still lack a result.</summary>
public sealed record DueIndicator(int Id, string Code, string Title, string? Unit, ScorecardLine Latest, IReadOnlyList<ResultPeriod> Due);

public sealed record RedIndicator(int Id, string Code, string Title, string? Unit, ScorecardLine Line);

public sealed record IndicatorPermissions(bool CanEnterResults, bool CanMaintain);

/// <summary>
/// Indicators, their targets and results, and the scorecards built from them (framework process 6). Everyone signed in reads;
/// a Service Manager enters results for their own indicators; the Corporate Performance Team maintains the rest.
/// </summary>
public sealed class IndicatorService(AppDbContext db, ICurrentUser user, TimeProvider clock, LinkedItems linkedItems, OrganisationReads organisation, PeopleDirectory people)
{
    /// <summary>The tolerance when an indicator sits on no scorecard and sets none itself.</summary>
    public const decimal FallbackTolerancePercent = 5m;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanMaintain => user.IsInRole(Roles.PerformanceTeam);

    public bool CanEnterResultsFor(string? serviceManagerId) =>
        CanMaintain || (user.IsInRole(Roles.ServiceManager) && serviceManagerId is not null && serviceManagerId == user.UserId);

    public async Task<List<ScorecardSummary>> ScorecardsAsync(CancellationToken ct = default) =>
        await db.Scorecards.AsNoTracking().OrderByDescending(s => s.Weight).ThenBy(s => s.Name)
            .Select(s => new ScorecardSummary(s.Id, s.Name, s.Description, s.Weight, s.Members.Count)).ToListAsync(ct);

    /// <summary>The quarters a scorecard can be looked at for: those that have ended, latest first, then the one under way.</summary>
    public async Task<List<PeriodSummary>> ViewablePeriodsAsync(CancellationToken ct = default)
    {
        var today = Today;
        return await organisation.ReportingPeriods.Where(p => p.StartDate <= today)
            .OrderByDescending(p => p.FinancialYear).ThenByDescending(p => p.Quarter)
            .Select(p => new PeriodSummary(p.Id, p.FinancialYear, p.Quarter, p.StartDate, p.EndDate, p.Deadline, p.IsOpen, p.Version))
            .ToListAsync(ct);
    }

    /// <summary>A scorecard as at the end of a quarter (by default the latest that has ended), reds first.</summary>
    public async Task<ScorecardView> ScorecardAsync(int id, int? periodId, CancellationToken ct = default)
    {
        var scorecard = await db.Scorecards.AsNoTracking().Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException("The scorecard");
        var period = await PeriodAsync(periodId, ct);
        var weights = scorecard.Members.ToDictionary(m => m.IndicatorId, m => m.Weight);
        var indicators = await (
            from i in db.Indicators.AsNoTracking()
            where weights.Keys.Contains(i.Id)
            join d in organisation.Departments on i.DepartmentId equals d.Id into dd
            from d in dd.DefaultIfEmpty()
            orderby i.Code
            select new { i.Id, i.Code, i.Title, Department = d == null ? null : d.Name, i.Unit, i.Polarity }).ToListAsync(ct);
        var series = await SeriesAsync(weights.Keys, period.EndDate, ct);
        var byId = indicators.ToDictionary(i => i.Id);
        var lines = ScorecardCalculator.Lines(
            Indicator.NaturalOrder(indicators.Select(i => (i.Code, i.Id))).Select(i => series[i]), scorecard.DefaultTolerancePercent, period.EndDate);
        var rows = lines.Select(l =>
        {
            var i = byId[l.IndicatorId];
            return new ScorecardRow(i.Id, i.Code, i.Title, i.Department, i.Unit, i.Polarity, weights[i.Id], l);
        }).ToList();
        return new ScorecardView(scorecard.Id, scorecard.Name, scorecard.Description, scorecard.Weight, scorecard.DefaultTolerancePercent,
            period, rows, rows.GroupBy(r => r.Line.Rag).ToDictionary(g => g.Key, g => g.Count()), scorecard.Version);
    }

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
            r.i.ServiceManagerId == user.UserId))];
    }

    /// <summary>The signed-in Service Manager's indicators, those with results due first.</summary>
    public async Task<List<DueIndicator>> MineAsync(CancellationToken ct = default)
    {
        var mine = await db.Indicators.AsNoTracking().Where(i => i.ServiceManagerId == user.UserId)
            .Select(i => new { i.Id, i.Code, i.Title, i.Unit, i.Frequency }).ToListAsync(ct);
        var ids = mine.Select(i => i.Id).ToList();
        var series = await SeriesAsync(ids, Today, ct);
        var held = (await db.IndicatorResults.AsNoTracking().Where(r => ids.Contains(r.IndicatorId))
            .Select(r => new { r.IndicatorId, r.PeriodStart }).ToListAsync(ct)).Select(r => (r.IndicatorId, r.PeriodStart)).ToHashSet();
        var open = new Dictionary<Frequency, List<ResultPeriod>>();
        foreach (var frequency in mine.Select(i => i.Frequency).Distinct())
        {
            open[frequency] = await OpenPeriodsAsync(frequency, ct);
        }

        var byId = mine.ToDictionary(i => i.Id);
        var tolerances = await ToleranceByIndicatorAsync(ct);
        return [.. Indicator.NaturalOrder(mine.Select(i => (i.Code, i.Id))).Select(id => byId[id]).Select(i => new DueIndicator(i.Id, i.Code, i.Title, i.Unit,
                ScorecardCalculator.Line(series[i.Id], tolerances.GetValueOrDefault(i.Id, FallbackTolerancePercent), Today),
                [.. open[i.Frequency].Where(p => !held.Contains((i.Id, p.Start)))]))
            .OrderByDescending(d => d.Due.Count > 0)];
    }

    /// <summary>A department's indicators that are red as at the end of the latest quarter that has ended (for its home page).</summary>
    public async Task<List<RedIndicator>> RedsForDepartmentAsync(int departmentId, CancellationToken ct = default)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.DepartmentId == departmentId)
            .Select(i => new { i.Id, i.Code, i.Title, i.Unit }).ToListAsync(ct);
        if (indicators.Count == 0)
        {
            return [];
        }

        var period = await PeriodAsync(null, ct);
        var series = await SeriesAsync([.. indicators.Select(i => i.Id)], period.EndDate, ct);
        var tolerances = await ToleranceByIndicatorAsync(ct);
        return [.. indicators.Select(i => new RedIndicator(i.Id, i.Code, i.Title, i.Unit,
                ScorecardCalculator.Line(series[i.Id], tolerances.GetValueOrDefault(i.Id, FallbackTolerancePercent), period.EndDate)))
            .Where(r => r.Line.Rag == Rag.Red).OrderBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>Off any one scorecard, an indicator takes the tolerance of the most important scorecard it sits on.</summary>
    private async Task<Dictionary<int, decimal>> ToleranceByIndicatorAsync(CancellationToken ct)
    {
        var rows = await (
            from s in db.Scorecards.AsNoTracking()
            from m in s.Members
            select new { m.IndicatorId, s.Weight, s.DefaultTolerancePercent }).ToListAsync(ct);
        return rows.GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Weight).First().DefaultTolerancePercent);
    }

    public async Task<IndicatorView> IndicatorAsync(int id, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("The indicator");
        var department = indicator.DepartmentId is { } d ? await organisation.Departments.Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        var manager = indicator.ServiceManagerId is { } m ? await people.People.Where(u => u.Id == m).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) : null;
        var scorecards = await db.Scorecards.AsNoTracking().Where(s => s.Members.Any(x => x.IndicatorId == id))
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
                r.Source, r.RecordedBy, r.RecordedUtc, [.. r.History.OrderByDescending(h => h.ReplacedUtc)], r.Version);
        }).ToList();
        var series = new IndicatorSeries(indicator.Id, indicator.Polarity, indicator.Frequency, tolerance,
            [.. results.Select(r => new ResultPoint(r.PeriodStart, r.Value, r.Quality))], targets);
        var latest = ScorecardCalculator.Line(series, tolerance, results.Count > 0 ? results[^1].PeriodEnd : Today);
        return new IndicatorView(indicator.Id, indicator.Code, indicator.Title, indicator.Theme, indicator.Unit, indicator.Polarity, indicator.Frequency,
            indicator.Source, indicator.IsNational, indicator.DepartmentId, department, indicator.ServiceManagerId, manager, indicator.DefinitionNotes,
            indicator.AmberTolerancePercent, tolerance, [.. scorecards.Select(s => (s.Id, s.Name))],
            [.. indicator.Targets.OrderBy(t => t.FinancialYear)], rows, latest, await linkedItems.ForAsync(LinkTargets.Indicator, [id], ct), indicator.Version);
    }

    public IndicatorPermissions PermissionsFor(IndicatorView indicator) => new(CanEnterResultsFor(indicator.ServiceManagerId), CanMaintain);

    /// <summary>
    /// The periods a result can be entered for now: those of the indicator's frequency that have begun and whose reporting
    /// quarter (the quarter in which the period ends) the Administrator has opened. Latest first.
    /// </summary>
    public async Task<List<ResultPeriod>> OpenPeriodsAsync(Frequency frequency, CancellationToken ct = default)
    {
        var open = await organisation.ReportingPeriods.Where(p => p.IsOpen).Select(p => new { p.StartDate, p.EndDate }).ToListAsync(ct);
        var periods = new List<ResultPeriod>();
        foreach (var quarter in open)
        {
            for (var day = quarter.StartDate; day <= quarter.EndDate; day = day.AddMonths(1))
            {
                var period = ResultPeriod.Containing(day, frequency);
                if (period.End >= quarter.StartDate && period.End <= quarter.EndDate && period.Start <= Today && !periods.Contains(period))
                {
                    periods.Add(period);
                }
            }
        }

        return [.. periods.OrderByDescending(p => p.Start)];
    }

    /// <summary>Enters a result, or with the version of the one shown, corrects it (the old figure stays in its history).</summary>
    public async Task RecordResultAsync(int indicatorId, ResultInput input, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId, ct)
            ?? throw new NotFoundException("The indicator");
        if (!CanEnterResultsFor(indicator.ServiceManagerId))
        {
            throw new ForbiddenException("Only the indicator's Service Manager and the Corporate Performance Team enter its results.");
        }

        if (!ResultPeriod.TryParse(input.Period, indicator.Frequency, out var period))
        {
            throw new DomainException($"Choose a {Words.Name(indicator.Frequency).ToLowerInvariant()} period, like {ResultPeriod.ExampleFor(indicator.Frequency)}", nameof(ResultInput.Period));
        }

        if (!(await OpenPeriodsAsync(indicator.Frequency, ct)).Contains(period))
        {
            throw new DomainException($"{period.Label} is not open for results. Results can be entered for periods in a reporting quarter the Administrator has opened.", nameof(ResultInput.Period));
        }

        var existing = await db.IndicatorResults.Include(r => r.History)
            .SingleOrDefaultAsync(r => r.IndicatorId == indicatorId && r.PeriodStart == period.Start, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            if (input.Version is not null)
            {
                throw new NotFoundException("The result being corrected");
            }

            db.IndicatorResults.Add(new IndicatorResult(indicatorId, period, input.Value!.Value, input.Note, input.Quality!.Value, ResultSource.Entered, user.DisplayName, now));
        }
        else
        {
            if (input.Version != existing.Version)
            {
                throw new ConcurrencyConflictException(
                    $"A result for {period.Label} was saved by {existing.RecordedBy} while you were typing. Check theirs below; to change it, correct it.",
                    existing.Version,
                    new Dictionary<string, string?>
                    {
                        ["Value"] = existing.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
                        ["Quality"] = Words.Name(existing.Quality),
                        ["Note"] = existing.Note,
                    });
            }

            db.ExpectVersion(existing, input.Version.Value);
            if (!existing.Correct(input.Value!.Value, input.Note, input.Quality!.Value, ResultSource.Entered, user.DisplayName, now))
            {
                return;
            }

            db.Entry(existing).State = EntityState.Modified;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (existing is null)
        {
            throw new DomainException($"Someone else entered a result for {period.Label} just now. Reload the page to see it, and correct it if it is wrong.", nameof(ResultInput.Period));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException("Someone else corrected this result while you were typing. Check theirs below; to change it, correct it.",
                await db.IndicatorResults.Where(r => r.Id == existing!.Id).Select(r => r.Version).SingleAsync(ct));
        }
    }

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

    public async Task ConfigureScorecardAsync(int scorecardId, ScorecardSettingsInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var scorecard = await TrackedScorecardAsync(scorecardId, ct);
        db.ExpectVersion(scorecard, input.Version);
        scorecard.Configure(input.Weight!.Value, input.DefaultTolerancePercent!.Value);
        await SaveScorecardAsync(scorecard, ct);
    }

    public async Task AddMemberAsync(int scorecardId, MemberInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var scorecard = await TrackedScorecardAsync(scorecardId, ct);
        var code = input.IndicatorCode!.Trim();
        var indicatorId = await db.Indicators.Where(i => i.Code == code).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct)
            ?? throw new DomainException($"There is no indicator {code}: check the code on the indicators page", nameof(MemberInput.IndicatorCode));
        scorecard.Add(indicatorId, input.Weight!.Value);
        await SaveScorecardAsync(scorecard, ct);
    }

    public async Task RemoveMemberAsync(int scorecardId, int indicatorId, CancellationToken ct = default)
    {
        RequireMaintainer();
        var scorecard = await TrackedScorecardAsync(scorecardId, ct);
        scorecard.Remove(indicatorId);
        await SaveScorecardAsync(scorecard, ct);
    }

    /// <summary>A scorecard as a table for CSV and Excel, in the order the page shows it.</summary>
    public async Task<(string Name, List<Dictionary<string, object?>> Rows)> ExportRowsAsync(int scorecardId, int? periodId, CancellationToken ct = default)
    {
        var view = await ScorecardAsync(scorecardId, periodId, ct);
        return (view.Name, [.. view.Rows.Select(r => new Dictionary<string, object?>
        {
            ["Scorecard"] = view.Name,
            ["As at"] = view.Period.Name,
            ["Code"] = r.Code,
            ["Indicator"] = r.Title,
            ["Department"] = r.Department ?? "",
            ["Weight"] = r.Weight,
            ["Period"] = r.Line.Period?.Label ?? "",
            ["Result"] = r.Line.Value,
            ["Unit"] = r.Unit ?? "",
            ["Target"] = r.Line.Target,
            ["RAG"] = RagWords.Name(r.Line.Rag),
            ["Data quality"] = r.Line.Quality is { } q ? Words.Name(q) : "",
            ["Since previous period"] = Words.Name(r.Line.SincePrevious),
            ["Since same period last year"] = Words.Name(r.Line.SinceLastYear),
        })]);
    }

    /// <summary>Every indicator's results and targets up to a day, as the calculator needs them; the last three years are plenty for a trend.</summary>
    internal async Task<Dictionary<int, IndicatorSeries>> SeriesAsync(IReadOnlyCollection<int> indicatorIds, DateOnly asAt, CancellationToken ct)
    {
        var from = asAt.AddYears(-3);
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Polarity, i.Frequency, i.AmberTolerancePercent }).ToListAsync(ct);
        var results = await db.IndicatorResults.AsNoTracking()
            .Where(r => indicatorIds.Contains(r.IndicatorId) && r.PeriodEnd <= asAt && r.PeriodEnd > from)
            .OrderBy(r => r.IndicatorId).ThenBy(r => r.PeriodStart)
            .Select(r => new { r.IndicatorId, r.PeriodStart, r.Value, r.Quality }).ToListAsync(ct);
        var targets = await db.Set<IndicatorTarget>().AsNoTracking().Where(t => indicatorIds.Contains(t.IndicatorId))
            .Select(t => new { t.IndicatorId, t.FinancialYear, t.Value }).ToListAsync(ct);
        var resultsBy = results.ToLookup(r => r.IndicatorId, r => new ResultPoint(r.PeriodStart, r.Value, r.Quality));
        var targetsBy = targets.ToLookup(t => t.IndicatorId);
        return indicators.ToDictionary(i => i.Id, i => new IndicatorSeries(i.Id, i.Polarity, i.Frequency, i.AmberTolerancePercent,
            [.. resultsBy[i.Id]], targetsBy[i.Id].ToDictionary(t => t.FinancialYear, t => t.Value)));
    }

    private async Task<PeriodSummary> PeriodAsync(int? periodId, CancellationToken ct)
    {
        var periods = await ViewablePeriodsAsync(ct);
        if (periodId is { } id)
        {
            return periods.SingleOrDefault(p => p.Id == id) ?? throw new NotFoundException("The reporting period");
        }

        return periods.FirstOrDefault(p => p.EndDate < Today) ?? periods.FirstOrDefault()
            ?? throw new DomainException("There are no reporting periods yet. Ask the Administrator to add a financial year.");
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

    private void RequireMaintainer()
    {
        if (!CanMaintain)
        {
            throw new ForbiddenException("The Corporate Performance Team maintains indicators, targets and scorecards.");
        }
    }

    private async Task<Indicator> TrackedAsync(int id, CancellationToken ct) =>
        await db.Indicators.Include(i => i.Targets).SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("The indicator");

    private async Task<Scorecard> TrackedScorecardAsync(int id, CancellationToken ct) =>
        await db.Scorecards.Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("The scorecard");

    private async Task SaveIndicatorAsync(Indicator indicator, CancellationToken ct)
    {
        db.Entry(indicator).State = EntityState.Modified;
        await db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(
            "Someone else changed this indicator while you were editing it. The page shows their change, and the form keeps yours: save again to replace theirs.",
            await db.Indicators.Where(i => i.Id == indicator.Id).Select(i => i.Version).SingleAsync(ct)), ct);
    }

    private async Task SaveScorecardAsync(Scorecard scorecard, CancellationToken ct)
    {
        db.Entry(scorecard).State = EntityState.Modified;
        await db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(
            "Someone else changed this scorecard while you were editing it. The page shows their change, and the form keeps yours: save again to replace theirs.",
            await db.Scorecards.Where(s => s.Id == scorecard.Id).Select(s => s.Version).SingleAsync(ct)), ct);
    }
}
