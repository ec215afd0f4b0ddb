using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// The scorecards: weighted sets of indicators seen "as at" the end of a quarter, their settings and members, and the
/// series <see cref="ScorecardCalculator"/> reads (framework process 6). Everyone signed in reads, retired scorecards too;
/// the Corporate Performance Team makes, renames and retires them (issue 18) and keeps their members.
/// </summary>
public sealed class ScorecardService(AppDbContext db, TimeProvider clock, OrganisationReads organisation, IndicatorService indicators, ReportReads reports)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanMaintain => indicators.CanMaintain;

    public async Task<List<ScorecardSummary>> ScorecardsAsync(CancellationToken ct = default) =>
        await db.Scorecards.AsNoTracking().OrderBy(s => s.RetiredOn != null).ThenByDescending(s => s.Weight).ThenBy(s => s.Name)
            .Select(s => new ScorecardSummary(s.Id, s.Name, s.Description, s.Weight, s.Members.Count)
            {
                Kind = s.Kind,
                OnDashboard = s.OnDashboard,
                RetiredOn = s.RetiredOn,
            }).ToListAsync(ct);

    /// <summary>The titles a scorecard's tile has had on the dashboard (and so in an issued report's frozen summary).</summary>
    public static IReadOnlyList<string> TileTitles(string name) => [$"{name} scorecard", name];

    /// <summary>A new scorecard, with no indicators yet; its name must not be one a scorecard in use has.</summary>
    public async Task<int> CreateAsync(ScorecardInput input, CancellationToken ct = default)
    {
        indicators.RequireMaintainer();
        await RequireFreeNameAsync(input.Name, null, ct);
        var scorecard = new Scorecard(input.Name, input.Description ?? "", input.Kind!.Value, input.Weight!.Value, input.OnDashboard,
            Data.Seeding.NationalIndicatorSeed.DefaultTolerancePercent);
        db.Scorecards.Add(scorecard);
        await db.SaveChangesAsync(ct);
        return scorecard.Id;
    }

    /// <summary>Renames a scorecard, or changes what it holds, its kind, weight or place on the dashboard.</summary>
    public async Task UpdateAsync(int id, ScorecardInput input, CancellationToken ct = default)
    {
        indicators.RequireMaintainer();
        var scorecard = await TrackedScorecardAsync(id, ct);
        db.ExpectVersion(scorecard, input.Version);
        await RequireFreeNameAsync(input.Name, id, ct);
        scorecard.Describe(input.Name, input.Description ?? "", input.Kind!.Value, input.Weight!.Value, input.OnDashboard);
        await SaveScorecardAsync(scorecard, ct);
    }

    /// <summary>
    /// Retires a scorecard, unless an issued report shows it: the report's frozen content names it, and a reader following
    /// the report to the scorecard must find it as it was. Nothing is written when refused.
    /// </summary>
    public async Task RetireAsync(int id, RetireScorecardInput input, CancellationToken ct = default)
    {
        indicators.RequireMaintainer();
        var scorecard = await TrackedScorecardAsync(id, ct);
        db.ExpectVersion(scorecard, input.Version);
        var issued = await reports.IssuedShowingTileAsync(TileTitles(scorecard.Name), ct);
        if (issued.Count > 0)
        {
            throw new DomainException(
                $"The {scorecard.Name} scorecard cannot be retired: {string.Join(", ", issued)} shows it, and an issued report keeps what it showed. " +
                "Take it off the dashboard instead, so no new report shows it.", nameof(RetireScorecardInput.Version));
        }

        scorecard.Retire(Today);
        await SaveScorecardAsync(scorecard, ct);
    }

    /// <summary>Who may make and change scorecards: refused before a form is looked at.</summary>
    public void RequireMaintainer() => indicators.RequireMaintainer();

    private async Task RequireFreeNameAsync(string name, int? self, CancellationToken ct)
    {
        var wanted = name.Trim();
        // Compared here, not in SQL: the scorecards are few, and SQLite's own comparison knows case only for ASCII.
        var inUse = await db.Scorecards.AsNoTracking().Where(s => s.RetiredOn == null && s.Id != self).Select(s => s.Name).ToListAsync(ct);
        if (inUse.Any(n => string.Equals(n, wanted, StringComparison.CurrentCultureIgnoreCase)))
        {
            throw new DomainException($"There is already a scorecard called {wanted}: choose another name, or retire that one first", nameof(ScorecardInput.Name));
        }
    }

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
        var members = await (
            from i in db.Indicators.AsNoTracking()
            where weights.Keys.Contains(i.Id)
            join d in organisation.Departments on i.DepartmentId equals d.Id into dd
            from d in dd.DefaultIfEmpty()
            orderby i.Code
            select new { i.Id, i.Code, i.Title, Department = d == null ? null : d.Name, i.Unit, i.Polarity, i.ResponsibilityIsDemo }).ToListAsync(ct);
        var series = await SeriesAsync(weights.Keys, period.EndDate, ct);
        var byId = members.ToDictionary(i => i.Id);
        var lines = ScorecardCalculator.Lines(
            Indicator.NaturalOrder(members.Select(i => (i.Code, i.Id))).Select(i => series[i]), scorecard.DefaultTolerancePercent, period.EndDate);
        var rows = lines.Select(l =>
        {
            var i = byId[l.IndicatorId];
            return new ScorecardRow(i.Id, i.Code, i.Title, i.Department, i.Unit, i.Polarity, weights[i.Id], l) { DepartmentIsDemo = i.ResponsibilityIsDemo };
        }).ToList();
        return new ScorecardView(scorecard.Id, scorecard.Name, scorecard.Description, scorecard.Weight, scorecard.DefaultTolerancePercent,
            period, rows, rows.GroupBy(r => r.Line.Rag).ToDictionary(g => g.Key, g => g.Count()), scorecard.Version)
        {
            Kind = scorecard.Kind,
            OnDashboard = scorecard.OnDashboard,
            RetiredOn = scorecard.RetiredOn,
        };
    }

    /// <summary>Off any one scorecard, an indicator takes the tolerance of the most important scorecard it sits on.</summary>
    internal async Task<Dictionary<int, decimal>> ToleranceByIndicatorAsync(CancellationToken ct)
    {
        var rows = await (
            from s in db.Scorecards.AsNoTracking()
            where s.RetiredOn == null
            from m in s.Members
            select new { m.IndicatorId, s.Weight, s.DefaultTolerancePercent }).ToListAsync(ct);
        return rows.GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Weight).First().DefaultTolerancePercent);
    }

    public async Task ConfigureScorecardAsync(int scorecardId, ScorecardSettingsInput input, CancellationToken ct = default)
    {
        indicators.RequireMaintainer();
        var scorecard = await TrackedScorecardAsync(scorecardId, ct);
        db.ExpectVersion(scorecard, input.Version);
        scorecard.Configure(input.Weight!.Value, input.DefaultTolerancePercent!.Value);
        await SaveScorecardAsync(scorecard, ct);
    }

    public async Task AddMemberAsync(int scorecardId, MemberInput input, CancellationToken ct = default)
    {
        indicators.RequireMaintainer();
        var scorecard = await TrackedScorecardAsync(scorecardId, ct);
        var code = input.IndicatorCode!.Trim();
        var indicatorId = await db.Indicators.Where(i => i.Code == code).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct)
            ?? throw new DomainException($"There is no indicator {code}: check the code on the indicators page", nameof(MemberInput.IndicatorCode));
        scorecard.Add(indicatorId, input.Weight!.Value);
        await SaveScorecardAsync(scorecard, ct);
    }

    public async Task RemoveMemberAsync(int scorecardId, int indicatorId, CancellationToken ct = default)
    {
        indicators.RequireMaintainer();
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
            ["Demo"] = r.Line.IsDemo || r.DepartmentIsDemo ? "Demo" : "",
        })]);
    }

    /// <summary>Every indicator's results and targets up to a day, as the calculator needs them; the last three years are plenty for a trend.</summary>
    internal async Task<Dictionary<int, IndicatorSeries>> SeriesAsync(IReadOnlyCollection<int> indicatorIds, DateOnly asAt, CancellationToken ct)
    {
        var from = asAt.AddYears(-3);
        var rows = await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Polarity, i.Frequency, i.AmberTolerancePercent }).ToListAsync(ct);
        var results = await db.IndicatorResults.AsNoTracking()
            .Where(r => indicatorIds.Contains(r.IndicatorId) && r.PeriodEnd <= asAt && r.PeriodEnd > from)
            .OrderBy(r => r.IndicatorId).ThenBy(r => r.PeriodStart)
            .Select(r => new { r.IndicatorId, r.PeriodStart, r.Value, r.Quality, r.IsDemo }).ToListAsync(ct);
        var targets = await db.Set<IndicatorTarget>().AsNoTracking().Where(t => indicatorIds.Contains(t.IndicatorId))
            .Select(t => new { t.IndicatorId, t.FinancialYear, t.Value, t.IsDemo }).ToListAsync(ct);
        var resultsBy = results.ToLookup(r => r.IndicatorId, r => new ResultPoint(r.PeriodStart, r.Value, r.Quality, r.IsDemo));
        var targetsBy = targets.ToLookup(t => t.IndicatorId);
        return rows.ToDictionary(i => i.Id, i => new IndicatorSeries(i.Id, i.Polarity, i.Frequency, i.AmberTolerancePercent,
            [.. resultsBy[i.Id]], targetsBy[i.Id].ToDictionary(t => t.FinancialYear, t => t.Value))
        {
            DemoTargetYears = targetsBy[i.Id].Where(t => t.IsDemo).Select(t => t.FinancialYear).ToHashSet(),
        });
    }

    internal async Task<PeriodSummary> PeriodAsync(int? periodId, CancellationToken ct)
    {
        var periods = await ViewablePeriodsAsync(ct);
        if (periodId is { } id)
        {
            return periods.SingleOrDefault(p => p.Id == id) ?? throw new NotFoundException("The reporting period");
        }

        return periods.FirstOrDefault(p => p.EndDate < Today) ?? periods.FirstOrDefault()
            ?? throw new DomainException("There are no reporting periods yet. Ask the Administrator to add a financial year.");
    }

    private async Task<Scorecard> TrackedScorecardAsync(int id, CancellationToken ct) =>
        await db.Scorecards.Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("The scorecard");

    private async Task SaveScorecardAsync(Scorecard scorecard, CancellationToken ct)
    {
        db.Entry(scorecard).State = EntityState.Modified;
        await db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(
            "Someone else changed this scorecard while you were editing it. The page shows their change, and the form keeps yours: save again to replace theirs.",
            await db.Scorecards.Where(s => s.Id == scorecard.Id).Select(s => s.Version).SingleAsync(ct)), ct);
    }
}
