using System.Globalization;
using System.Runtime.CompilerServices;
using HccPerformance.Core.Auditing;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Inspections;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Outcomes;
using HccPerformance.Core.Risks;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace HccPerformance.Core.Dashboard;

/// <summary>
/// Builds the Corporate Dashboard (framework process 4, seed 4.14 and Appendix Three) straight from the registers, so a
/// change to any of them shows on the next request. Each box is one SQL command (the scorecards share three), nothing
/// is queried per row, and each box is kept until a change touches it (issue 18, <see cref="DashboardBoxes"/>).
/// </summary>
public sealed class DashboardService(
    AppDbContext db, TimeProvider clock, IMemoryCache cache, Data.Interceptors.ChangeSignal changes, AuditTrail audit, OrganisationReads organisation,
    IndicatorReads indicators, RiskReads riskReads, BenchmarkReads benchmarks, InspectionReads inspections, PlanReads plan, OutcomeReads outcomes,
    ConcernReads concerns, SelfAssessmentReads assessments, ICurrentUser user)
{
    /// <summary>How many quarters a box's trend shows on its detail page.</summary>
    public const int TrendQuarters = 8;

    // The registers' importance beside the scorecards' weights (LAA 5, NIS 4, ...): strategic risks and the plan rank
    // with the LAA, inspections and benchmarking with value for money, case studies last. The Performance Team changes
    // the scorecards' weights on their pages; these follow the seed's order of sources (4.14).
    private const decimal RiskWeight = 4.5m, PlanWeight = 4m, InspectionWeight = 3m, BenchmarkWeight = 3m, EmergingWeight = 2.5m, CaseStudyWeight = 1m, ConcernWeight = 2m;

    // Strategic inspections and intelligence follow the recommendations' follow-up, as 4.14 names them after it.
    private const decimal IntelligenceWeight = 2.5m;

    /// <summary>How many pieces of intelligence the box lists on its detail page (the glance view shows the latest).</summary>
    private const int LatestIntelligence = 5;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    // Guards only the moment a box's build is registered, never the build itself.
    private static readonly Lock Registering = new();

    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The dashboard. Each box is kept until a change touches it: a change this instance commits moves that box's count in
    /// <see cref="Data.Interceptors.ChangeSignal"/>, so it shows on the next request; every change through the site also
    /// leaves an audit entry, read at most every two seconds, so another instance's changes show within that. Changes made
    /// behind the site's back (straight into the database) show when the kept box expires.
    /// </summary>
    public async Task<DashboardView> BuildAsync(int? periodId, int? departmentId, CancellationToken ct = default)
    {
        var (frame, scope, notice) = await ScopeAsync(periodId, departmentId, ct);
        var tiles = new List<Tile>();
        foreach (var group in Groups)
        {
            tiles.AddRange(await GroupAsync(group, scope));
        }

        // Reds first (footnote 10's weights decide among them), then the rest by weight.
        var ordered = tiles.OrderByDescending(t => t.Reds > 0).ThenByDescending(t => t.Weight).ThenBy(t => t.Title, StringComparer.Ordinal).ToList();
        var view = new DashboardView(scope.Period, scope.Previous, frame.Periods, [.. frame.Departments.Select(d => (d.Id, d.Name))],
            scope.DepartmentId, frame.Departments.FirstOrDefault(d => d.Id == scope.DepartmentId)?.Name, ordered, notice)
        {
            Stamp = Stamp(scope),
        };

        // The latest report depends on who is reading (how far it has gone on its journey), so it is never in the shared copy.
        return view with { LatestReport = await Reports.ReportReader.LatestAsync(db, user.IsInRole, ct) };
    }

    /// <summary>One box with its figures for the last <see cref="TrendQuarters"/> quarters up to the one shown; null when there is no such box.</summary>
    public async Task<BoxDetail?> BoxAsync(string key, int? periodId, int? departmentId, CancellationToken ct = default)
    {
        var group = GroupOf(key);
        if (group is null)
        {
            return null;
        }

        var (frame, scope, notice) = await ScopeAsync(periodId, departmentId, ct);
        var tile = (await GroupAsync(group, scope)).FirstOrDefault(t => t.Key == key);
        if (tile is null)
        {
            return null;
        }

        // Oldest first, ending with the quarter shown; a quarter before the box existed (a new scorecard) is left out.
        var quarters = frame.Periods.SkipWhile(p => p.Id != scope.Period.Id).Take(TrendQuarters).Reverse().ToList();
        var trend = new List<TrendRow>();
        foreach (var quarter in quarters)
        {
            var then = quarter.Id == scope.Period.Id ? tile
                : (await GroupAsync(group, ScopeFor(frame, quarter, scope.DepartmentId))).FirstOrDefault(t => t.Key == key);
            if (then is not null)
            {
                trend.Add(new TrendRow(quarter, then.Figures) { IsDemo = then.HasDemo });
            }
        }

        var departmentName = frame.Departments.FirstOrDefault(d => d.Id == scope.DepartmentId)?.Name;
        return new BoxDetail(scope.Period, scope.Previous, frame.Periods, [.. frame.Departments.Select(d => (d.Id, d.Name))], scope.DepartmentId, departmentName,
            tile, trend, notice);
    }

    /// <summary>The boxes built and kept together, in the order they are built.</summary>
    private static readonly IReadOnlyList<string> Groups =
    [
        DashboardBoxes.Scorecards, DashboardBoxes.Risks, DashboardBoxes.Emerging, DashboardBoxes.Benchmarking, DashboardBoxes.Inspections,
        DashboardBoxes.Intelligence, DashboardBoxes.Plan, DashboardBoxes.Aalborg, DashboardBoxes.CaseStudies, DashboardBoxes.Concerns,
    ];

    /// <summary>The group a box is built in: every scorecard's box ("scorecard-3") is built with the others.</summary>
    public static string? GroupOf(string key) =>
        key.StartsWith("scorecard-", StringComparison.Ordinal) ? DashboardBoxes.Scorecards
        : Groups.Contains(key, StringComparer.Ordinal) && key != DashboardBoxes.Scorecards ? key : null;

    private string Stamp(Scope scope) => string.Join('|', new[] { $"{scope.Period.Id}", $"{scope.DepartmentId}", $"{Today:yyyyMMdd}" }
        .Concat(DashboardBoxes.All.Select(b => changes.BoxVersion(b).ToString(CultureInfo.InvariantCulture))));

    private async Task<(Frame Frame, Scope Scope, string? Notice)> ScopeAsync(int? periodId, int? departmentId, CancellationToken ct)
    {
        await NoteOtherInstancesAsync(ct);
        var frame = await KeptAsync((nameof(DashboardService), DashboardBoxes.Frame, changes.BoxVersion(DashboardBoxes.Frame), Today), FrameAsync);
        string? notice = null;
        var period = periodId is { } pid ? frame.Periods.FirstOrDefault(p => p.Id == pid) : null;
        if (periodId is not null && period is null)
        {
            notice = "There is no reporting period with that number, so the dashboard shows the latest quarter instead.";
        }

        // By default the latest quarter that has ended: the one whose results are in.
        period ??= frame.Periods.FirstOrDefault(p => p.EndDate < Today) ?? frame.Periods[0];
        var department = departmentId is { } did ? frame.Departments.FirstOrDefault(d => d.Id == did) : null;
        if (departmentId is not null && department is null)
        {
            notice = (notice is null ? "" : notice + " ") + "There is no department with that number, so the dashboard shows the whole council.";
        }

        return (frame, ScopeFor(frame, period, department?.Id), notice);
    }

    private Scope ScopeFor(Frame frame, PeriodSummary period, int? departmentId)
    {
        var today = Today;
        var previous = frame.Periods.FirstOrDefault(p => p.EndDate < period.StartDate);
        // Indicators are seen as at the end of the quarter (their results come after it); the registers are live, so for the
        // latest quarter that has ended they show today's state, and for earlier quarters the state at the quarter's end.
        var latestEnded = frame.Periods.FirstOrDefault(p => p.EndDate < today);
        var registerDay = latestEnded is not null && period.EndDate >= latestEnded.EndDate ? today : period.EndDate;
        return new Scope(period, previous, departmentId, frame.Departments.ToDictionary(d => d.Id, d => d.Code), frame.Scorecards, registerDay);
    }

    private async Task<Frame> FrameAsync()
    {
        var today = Today;
        var periods = await organisation.ReportingPeriods.Where(p => p.StartDate <= today)
            .OrderByDescending(p => p.FinancialYear).ThenByDescending(p => p.Quarter)
            .Select(p => new PeriodSummary(p.Id, p.FinancialYear, p.Quarter, p.StartDate, p.EndDate, p.Deadline, p.IsOpen, p.Version))
            .ToListAsync();
        var departments = await organisation.Departments.Where(d => d.IsActive).OrderBy(d => d.Name)
            .Select(d => new FrameDepartment(d.Id, d.Code, d.Name)).ToListAsync();
        if (periods.Count == 0)
        {
            throw new DomainException("There are no reporting periods yet. Ask the Administrator to add a financial year.");
        }

        var scorecards = await indicators.Scorecards.Where(s => s.RetiredOn == null)
            .Select(s => new ScorecardInfo(s.Id, s.Name, s.Weight, s.DefaultTolerancePercent, s.Kind, s.OnDashboard)).ToListAsync();
        return new Frame(periods, departments, scorecards);
    }

    /// <summary>A group of boxes for a scope, kept until a change touches the group.</summary>
    private Task<IReadOnlyList<Tile>> GroupAsync(string group, Scope scope) =>
        KeptAsync((nameof(DashboardService), group, scope.Period.Id, scope.DepartmentId, changes.BoxVersion(group), Today), () => BuildGroupAsync(group, scope));

    private async Task<IReadOnlyList<Tile>> BuildGroupAsync(string group, Scope scope)
    {
        // Shared by every reader waiting for it: no one reader's cancellation may stop it.
        var ct = CancellationToken.None;
        return group switch
        {
            DashboardBoxes.Scorecards => await ScorecardTilesAsync(scope, ct),
            DashboardBoxes.Risks => [await RiskTileAsync(scope, ct)],
            DashboardBoxes.Emerging => [await EmergingRiskTileAsync(scope, ct)],
            DashboardBoxes.Benchmarking => [await BenchmarkTileAsync(scope, ct)],
            DashboardBoxes.Inspections => [await InspectionTileAsync(scope, ct)],
            DashboardBoxes.Intelligence => [await IntelligenceTileAsync(scope, ct)],
            DashboardBoxes.Plan => [await PlanTileAsync(scope, ct)],
            DashboardBoxes.Aalborg => [await AalborgTileAsync(scope, ct)],
            DashboardBoxes.CaseStudies => [await CaseStudyTileAsync(scope, ct)],
            DashboardBoxes.Concerns => [await ConcernTileAsync(scope, ct)],
            _ => throw new ArgumentOutOfRangeException(nameof(group), group, "No such dashboard box."),
        };
    }

    /// <summary>
    /// What is kept under a key, or built once for everyone asking at the same moment: the first reader starts the build
    /// and the others wait for that one (issue 18), rather than each running its own. A build that fails is forgotten.
    /// </summary>
    private async Task<T> KeptAsync<T>(object key, Func<Task<T>> build)
    {
        Lazy<Task<T>>? lazy;
        lock (Registering)
        {
            if (!cache.TryGetValue(key, out lazy) || lazy is null)
            {
                lazy = new Lazy<Task<T>>(build);
                cache.Set(key, lazy, Kept);
            }
        }

        try
        {
            return await lazy.Value;
        }
        catch
        {
            cache.Remove(key);
            throw;
        }
    }

    /// <summary>
    /// At most every two seconds, one read of what other instances (or anything else writing through the site's code)
    /// changed since the last look: the types named by new audit entries move their boxes.
    /// </summary>
    private async Task NoteOtherInstancesAsync(CancellationToken ct)
    {
        var seen = cache.GetOrCreate((nameof(DashboardService), "audit seen"), e =>
        {
            e.Priority = CacheItemPriority.NeverRemove;
            return new StrongBox<long>(-1);
        })!;
        if (cache.TryGetValue((nameof(DashboardService), "audit looked"), out _))
        {
            return;
        }

        cache.Set((nameof(DashboardService), "audit looked"), true, TimeSpan.FromSeconds(2));
        long after;
        lock (seen)
        {
            after = seen.Value;
        }

        if (after < 0)
        {
            // The first look only marks where the trail stands: the boxes are all to be built anyway.
            var latest = await audit.LatestIdAsync(ct);
            lock (seen)
            {
                seen.Value = Math.Max(seen.Value, latest);
            }

            return;
        }

        var (newest, types) = await audit.TypesChangedSinceAsync(after, ct);
        if (types.Count == 0)
        {
            return;
        }

        lock (seen)
        {
            seen.Value = Math.Max(seen.Value, newest);
        }

        var byName = db.Model.GetEntityTypes().Select(t => t.ClrType).DistinctBy(Data.Interceptors.AuditInterceptor.EntityName)
            .ToDictionary(Data.Interceptors.AuditInterceptor.EntityName, StringComparer.Ordinal);
        changes.BumpBoxes(types.SelectMany(name => byName.TryGetValue(name, out var type) ? DashboardBoxes.Touched(type) : DashboardBoxes.All));
    }

    private sealed record ScorecardInfo(int Id, string Name, decimal Weight, decimal DefaultTolerancePercent, ScorecardKind Kind, bool OnDashboard);

    private sealed record FrameDepartment(int Id, string Code, string Name);

    private sealed record Frame(IReadOnlyList<PeriodSummary> Periods, IReadOnlyList<FrameDepartment> Departments, IReadOnlyList<ScorecardInfo> Scorecards);

    private sealed record Scope(PeriodSummary Period, PeriodSummary? Previous, int? DepartmentId, IReadOnlyDictionary<int, string> DepartmentCodes,
        IReadOnlyList<ScorecardInfo> Scorecards, DateOnly RegisterDay)
    {
        public DateOnly End => Period.EndDate;

        public DateOnly? PreviousEnd => Previous?.EndDate;

        public string Code(int? departmentId) => departmentId is { } d ? DepartmentCodes.GetValueOrDefault(d) ?? "" : "Council";
    }

    private async Task<List<Tile>> ScorecardTilesAsync(Scope scope, CancellationToken ct)
    {
        // Every scorecard the Performance Team puts on the dashboard gets a box (issue 18: their new ones too), but the
        // Aalborg kind, whose box shows its commitments' scores.
        var members = await (
            from s in indicators.Scorecards
            where s.OnDashboard && s.RetiredOn == null && s.Kind != ScorecardKind.Aalborg
            from m in s.Members
            join i in indicators.Indicators on m.IndicatorId equals i.Id
            where scope.DepartmentId == null || i.DepartmentId == scope.DepartmentId
            select new { ScorecardId = s.Id, s.Name, s.Weight, s.DefaultTolerancePercent, i.Id, i.Code, i.Title, i.Polarity, i.Frequency, i.AmberTolerancePercent })
            .ToListAsync(ct);
        var scorecards = scope.Scorecards.Where(s => s.OnDashboard && s.Kind != ScorecardKind.Aalborg).ToList();
        var ids = members.Select(m => m.Id).Distinct().ToList();

        // Enough history for the current and the previous quarter's result, their previous periods and the same time last year.
        var from = (scope.PreviousEnd ?? scope.End).AddMonths(-27);
        var results = ids.Count == 0 ? [] : await indicators.Results
            .Where(r => ids.Contains(r.IndicatorId) && r.PeriodEnd <= scope.End && r.PeriodEnd > from)
            .OrderBy(r => r.IndicatorId).ThenBy(r => r.PeriodStart)
            .Select(r => new { r.IndicatorId, r.PeriodStart, r.Value, r.Quality, r.IsDemo }).ToListAsync(ct);
        var targets = ids.Count == 0 ? [] : await indicators.Targets.Where(t => ids.Contains(t.IndicatorId))
            .Select(t => new { t.IndicatorId, t.FinancialYear, t.Value, t.IsDemo }).ToListAsync(ct);
        var resultsBy = results.ToLookup(r => r.IndicatorId, r => new ResultPoint(r.PeriodStart, r.Value, r.Quality, r.IsDemo));
        var targetsBy = targets.ToLookup(t => t.IndicatorId);
        var series = members.DistinctBy(m => m.Id).ToDictionary(m => m.Id, m => new IndicatorSeries(m.Id, m.Polarity, m.Frequency, m.AmberTolerancePercent,
            [.. resultsBy[m.Id]], targetsBy[m.Id].ToDictionary(t => t.FinancialYear, t => t.Value))
        {
            DemoTargetYears = targetsBy[m.Id].Where(t => t.IsDemo).Select(t => t.FinancialYear).ToHashSet(),
        });

        var tiles = new List<Tile>();
        foreach (var card in scorecards.OrderByDescending(c => c.Weight).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            var onCard = members.Where(m => m.ScorecardId == card.Id).ToList();
            var indicator = onCard.ToDictionary(m => m.Id);
            var ordered = Indicator.NaturalOrder(onCard.Select(m => (m.Code, m.Id))).Select(id => series[id]).ToList();
            var now = ScorecardCalculator.Lines(ordered, card.DefaultTolerancePercent, scope.End);
            var before = scope.PreviousEnd is { } pe ? ScorecardCalculator.Lines(ordered, card.DefaultTolerancePercent, pe).ToDictionary(l => l.IndicatorId) : [];
            var counts = Counts(now.Select(l => l.Rag));
            var previousCounts = Counts(before.Values.Select(l => l.Rag));
            var link = $"/scorecards/{card.Id}?period={scope.Period.Id}";
            var changes = now.Where(l => before.TryGetValue(l.IndicatorId, out var b) && b.Rag != l.Rag)
                .Select(l => new TileChange($"{indicator[l.IndicatorId].Code} {indicator[l.IndicatorId].Title}", RagWords.Name(before[l.IndicatorId].Rag),
                    RagWords.Name(l.Rag), Better(before[l.IndicatorId].Rag, l.Rag), $"/indicators/{l.IndicatorId}") { IsDemo = l.IsDemo || before[l.IndicatorId].IsDemo })
                .ToList();
            var reds = now.Where(l => l.Rag == Rag.Red)
                .Select(l => new TileItem($"{indicator[l.IndicatorId].Code} {indicator[l.IndicatorId].Title}", l.Period?.Label, Rag.Red, $"/indicators/{l.IndicatorId}") { IsDemo = l.IsDemo })
                .ToList();
            var summary = onCard.Count == 0
                ? "No indicators on this scorecard" + (scope.DepartmentId is null ? "." : " for this department.")
                : $"{counts.GetValueOrDefault(Rag.Red)} of {onCard.Count} indicators red, {counts.GetValueOrDefault(Rag.Amber)} amber, {counts.GetValueOrDefault(Rag.Green)} green, {counts.GetValueOrDefault(Rag.NoData)} no data"
                    + (scope.Previous is null ? "." : $" (red was {previousCounts.GetValueOrDefault(Rag.Red)} at the end of {scope.Previous.Name}).");
            tiles.Add(new ScorecardTile(card.Id, $"{card.Name} scorecard", card.Weight, link, summary, changes, counts, previousCounts, reds)
            {
                HasDemo = now.Any(l => l.IsDemo) || before.Values.Any(l => l.IsDemo),
                Movement = Movement.Of(counts.GetValueOrDefault(Rag.Red), scope.Previous is null ? null : previousCounts.GetValueOrDefault(Rag.Red), "red", scope.Previous?.Name),
            });
        }

        return tiles;
    }

    private async Task<RiskTile> RiskTileAsync(Scope scope, CancellationToken ct)
    {
        var end = scope.RegisterDay;
        // Open at the end of the previous quarter or now: the reds then are the direction's baseline.
        var since = scope.PreviousEnd ?? end;
        var all = await riskReads.Risks.Include(r => r.Reviews).AsSingleQuery()
            .Where(r => r.IsStrategic && (r.ClosedOn == null || r.ClosedOn > since))
            .Where(r => scope.DepartmentId == null || r.DepartmentId == scope.DepartmentId)
            .ToListAsync(ct);
        var risks = all.Where(r => r.ClosedOn is not { } closed || closed > end).ToList();

        // The register as it stood at the end of the quarter: each risk's latest scoring by then.
        (int Likelihood, int Impact)? At(Risk risk, DateOnly day) =>
            risk.Reviews.Where(v => v.ReviewedOn <= day).OrderByDescending(v => v.ReviewedOn).ThenByDescending(v => v.Id)
                .Select(v => ((int, int)?)(v.Likelihood, v.Impact)).FirstOrDefault();
        var scored = risks.Select(r => (Risk: r, Now: At(r, end))).Where(x => x.Now is not null)
            .Select(x => (x.Risk, x.Now!.Value.Likelihood, x.Now.Value.Impact, Score: x.Now.Value.Likelihood * x.Now.Value.Impact)).ToList();
        var heat = Enumerable.Range(0, 5).Select(row => (IReadOnlyList<int>)[.. Enumerable.Range(1, 5)
            .Select(likelihood => scored.Count(s => s.Impact == 5 - row && s.Likelihood == likelihood))]).ToList();
        var counts = Counts(scored.Select(s => Risk.Band(s.Score)));
        var top = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Risk.Reference, StringComparer.Ordinal).Take(5)
            .Select(s => new TileItem($"{s.Risk.Reference} {s.Risk.Title}", $"{scope.Code(s.Risk.DepartmentId)}, score {s.Score} ({s.Likelihood}×{s.Impact})",
                Risk.Band(s.Score), $"/risks/{s.Risk.Id}") { IsDemo = s.Risk.IsDemo })
            .ToList();
        var changes = new List<TileChange>();
        if (scope.PreviousEnd is { } pe)
        {
            foreach (var s in scored)
            {
                var before = At(s.Risk, pe);
                var was = before is { } b ? b.Likelihood * b.Impact : (int?)null;
                if (was != s.Score)
                {
                    changes.Add(new TileChange($"{s.Risk.Reference} {s.Risk.Title}", was is null ? "not on the register" : $"score {was}",
                        $"score {s.Score}", was is not null && s.Score < was, $"/risks/{s.Risk.Id}") { IsDemo = s.Risk.IsDemo });
                }
            }
        }

        var summary = scored.Count == 0 ? "No open strategic risks." :
            $"{scored.Count} open strategic risks: {counts.GetValueOrDefault(Rag.Red)} red (score 15 or more), {counts.GetValueOrDefault(Rag.Amber)} amber, {counts.GetValueOrDefault(Rag.Green)} green.";
        int? redsBefore = scope.PreviousEnd is { } pe2
            ? all.Where(r => r.ClosedOn is not { } c || c > pe2).Select(r => At(r, pe2)).Count(x => x is { } v && Risk.Band(v.Likelihood * v.Impact) == Rag.Red)
            : null;
        return new RiskTile(RiskWeight, summary, changes, top, heat, counts)
        {
            HasDemo = scored.Any(s => s.Risk.IsDemo),
            Movement = Movement.Of(counts.GetValueOrDefault(Rag.Red), redsBefore, "red", scope.Previous?.Name),
        };
    }

    private async Task<EmergingRiskTile> EmergingRiskTileAsync(Scope scope, CancellationToken ct)
    {
        var end = scope.RegisterDay;
        var periodId = scope.Period.Id;
        // One command: the register's open issues and the "outstanding risks" the quarter's self-assessments name, as everyone
        // reads them (not drafts; a returned one as last submitted, expanded after the command).
        var raised =
            from e in riskReads.EmergingRisks
            where e.Status == EmergingRiskStatus.Open && e.RaisedOn <= end && (scope.DepartmentId == null || e.DepartmentId == scope.DepartmentId)
            select new EmergingRow { DepartmentId = e.DepartmentId, Title = e.Title, Raised = e.RaisedOn, FromAssessment = false, PeriodId = 0, Position = 0, SubmittedJson = null, IsDemo = e.IsDemo };
        var fromAssessments =
            from i in assessments.Section(ItemSection.Risk, AssessmentSurface.Everyone, AssessmentReader.Outsider)
            where i.PeriodId == periodId && (scope.DepartmentId == null || i.DepartmentId == scope.DepartmentId)
            select new EmergingRow
            {
                DepartmentId = i.DepartmentId, Title = i.Text, Raised = end, FromAssessment = true, PeriodId = i.PeriodId, Position = i.Position,
                SubmittedJson = i.SubmittedJson, IsDemo = i.IsDemo,
            };
        var fetched = await raised.Concat(fromAssessments).ToListAsync(ct);
        var rows = fetched.Where(r => !r.FromAssessment).Concat(AssessmentVisibility.Expand(
                fetched.Where(r => r.FromAssessment).Select(r => new SectionRow
                {
                    DepartmentId = r.DepartmentId, PeriodId = r.PeriodId, Position = r.Position, Text = r.Title, SubmittedJson = r.SubmittedJson, IsDemo = r.IsDemo,
                }), ItemSection.Risk)
            .Select(t => new EmergingRow { DepartmentId = t.DepartmentId, Title = t.Text, Raised = end, FromAssessment = true, PeriodId = t.PeriodId, Position = t.Position, IsDemo = t.IsDemo }))
            .ToList();
        var items = rows.OrderBy(r => r.FromAssessment).ThenByDescending(r => r.Raised).ThenBy(r => scope.Code(r.DepartmentId), StringComparer.Ordinal)
            .Select(r => new EmergingRiskItem(scope.Code(r.DepartmentId), r.Title, r.Raised,
                r.FromAssessment ? "Self-assessment" : "Chief Officer/DMT",
                r.FromAssessment ? $"/departments/{r.DepartmentId}/self-assessments/{r.PeriodId}" : "/emerging-risks") { IsDemo = r.IsDemo })
            .ToList();
        var changes = scope.PreviousEnd is { } pe
            ? items.Where(i => i.Source != "Self-assessment" && i.Raised > pe).Select(i => new TileChange($"{i.Department}: {i.Title}", "", "raised", false, i.Link) { IsDemo = i.IsDemo }).ToList()
            : [];
        var fromRegister = rows.Count(r => !r.FromAssessment);
        var summary = rows.Count == 0 ? "No open emerging risk issues." :
            $"{fromRegister} open issues raised by Chief Officers and DMTs, and {rows.Count - fromRegister} outstanding risks named in this quarter's self-assessments.";
        // Issues closed since leave no date behind, so the baseline is those open now that were raised by then.
        int? before = scope.PreviousEnd is { } pe3 ? rows.Count(r => !r.FromAssessment && r.Raised <= pe3) : null;
        return new EmergingRiskTile(EmergingWeight, summary, changes, [.. items.Take(8)], rows.Count)
        {
            HasDemo = rows.Any(r => r.IsDemo),
            Movement = Movement.Of(fromRegister, before, "open issues raised by Chief Officers and DMTs", scope.Previous?.Name),
        };
    }

    // Member initialisation, not a record constructor, so EF Core can translate the UNION of the two projections.
    private sealed class EmergingRow
    {
        public int DepartmentId { get; init; }
        public string Title { get; init; } = "";
        public DateOnly Raised { get; init; }
        public bool FromAssessment { get; init; }
        public int PeriodId { get; init; }
        public int Position { get; init; }
        public string? SubmittedJson { get; init; }
        public bool IsDemo { get; init; }
    }

    private async Task<BenchmarkTile> BenchmarkTileAsync(Scope scope, CancellationToken ct)
    {
        // Comparators report a year after it ends: take the latest of this and last financial year that has figures.
        var thisYear = scope.Period.FinancialYear;
        var years = new[] { thisYear, thisYear - 1 };
        // Year bounds as values (EF translates a CASE between two dates, not a date built in SQL).
        DateOnly lastYearStart = new(thisYear - 1, 4, 1), thisYearStart = new(thisYear, 4, 1), nextYearStart = new(thisYear + 1, 4, 1);
        var rows = await (
            from b in benchmarks.Results
            where years.Contains(b.FinancialYear)
            join i in indicators.Indicators on b.IndicatorId equals i.Id
            where scope.DepartmentId == null || i.DepartmentId == scope.DepartmentId
            select new
            {
                b.IndicatorId, b.FinancialYear, b.Value, i.Code, i.Title, i.Polarity, i.DepartmentId, b.IsDemo,
                Council = indicators.Results
                    .Where(r => r.IndicatorId == b.IndicatorId
                        && r.PeriodStart >= (b.FinancialYear == thisYear ? thisYearStart : lastYearStart)
                        && r.PeriodStart < (b.FinancialYear == thisYear ? nextYearStart : thisYearStart))
                    .OrderByDescending(r => r.PeriodStart).Select(r => (decimal?)r.Value).FirstOrDefault(),
                CouncilIsDemo = indicators.Results
                    .Where(r => r.IndicatorId == b.IndicatorId
                        && r.PeriodStart >= (b.FinancialYear == thisYear ? thisYearStart : lastYearStart)
                        && r.PeriodStart < (b.FinancialYear == thisYear ? nextYearStart : thisYearStart))
                    .OrderByDescending(r => r.PeriodStart).Select(r => r.IsDemo).FirstOrDefault(),
            }).ToListAsync(ct);
        var year = rows.Count == 0 ? (int?)null : rows.Max(r => r.FinancialYear);
        var placed = rows.Where(r => r.FinancialYear == year).GroupBy(r => r.IndicatorId)
            .Select(g => (First: g.First(), Quartile: Benchmarking.Quartiles.Of(g.First().Council, [.. g.Select(x => x.Value)], g.First().Polarity),
                IsDemo: g.Any(x => x.IsDemo || x.CouncilIsDemo)))
            .Where(x => x.Quartile is not null).ToList();
        var quartiles = placed.GroupBy(p => p.Quartile!.Value).ToDictionary(g => g.Key, g => g.Count());
        var outliers = placed.Where(p => p.Quartile == Quartile.Bottom).OrderBy(p => Indicator.NaturalKey(p.First.Code), StringComparer.Ordinal)
            .Select(p => new TileItem($"{p.First.Code} {p.First.Title}", scope.Code(p.First.DepartmentId), Rag.Red, $"/benchmarking/{p.First.IndicatorId}?year={year}") { IsDemo = p.IsDemo })
            .ToList();
        var label = year is { } y ? ReportingPeriod.FinancialYearName(y) : null;
        // Comparators come once a year: the direction is against the year before, when it has figures.
        var bottomBefore = year == thisYear && rows.Any(r => r.FinancialYear == thisYear - 1)
            ? rows.Where(r => r.FinancialYear == thisYear - 1).GroupBy(r => r.IndicatorId)
                .Count(g => Benchmarking.Quartiles.Of(g.First().Council, [.. g.Select(x => x.Value)], g.First().Polarity) == Quartile.Bottom)
            : (int?)null;
        var summary = placed.Count == 0 ? "No comparator figures yet." :
            $"{placed.Count} indicators compared with the benchmarking club for {label}: {quartiles.GetValueOrDefault(Quartile.Top)} in the top quartile, {outliers.Count} in the bottom.";
        return new BenchmarkTile(BenchmarkWeight, summary, [], label, quartiles, [.. outliers.Take(5)])
        {
            HasDemo = placed.Any(p => p.IsDemo),
            Compared = placed.Count,
            Movement = Movement.Of(outliers.Count, bottomBefore, "in the bottom quartile", ReportingPeriod.FinancialYearName(thisYear - 1)),
        };
    }

    /// <summary>
    /// Concerns open on the register day and their report-backs overdue then (due before it and not submitted by it), in
    /// one command; a concern closed after that day was open on it.
    /// </summary>
    private async Task<ConcernTile> ConcernTileAsync(Scope scope, CancellationToken ct)
    {
        var day = scope.RegisterDay;
        var since = scope.PreviousEnd;
        var overdueOn = Concerns.ReportBack.OverdueOn(day);
        // Open now or at the end of the previous quarter, with the report-backs overdue on each day.
        var from = since ?? day;
        var overdueThen = Concerns.ReportBack.OverdueOn(from);
        var rows = await concerns.Concerns
            .Where(c => c.RaisedOn <= day && (c.ClosedOn == null || c.ClosedOn > from) && (scope.DepartmentId == null || c.DepartmentId == scope.DepartmentId))
            .Select(c => new
            {
                c.RaisedOn,
                c.ClosedOn,
                c.IsDemo,
                Overdue = c.Interventions.SelectMany(i => i.ReportBacks).AsQueryable().Count(overdueOn),
                OverdueThen = c.Interventions.SelectMany(i => i.ReportBacks).AsQueryable().Count(overdueThen),
            }).ToListAsync(ct);
        var open = rows.Where(c => c.ClosedOn is not { } closed || closed > day).ToList();
        int? overdueBefore = since is { } s0 ? rows.Where(c => c.RaisedOn <= s0 && (c.ClosedOn is not { } closed || closed > s0)).Sum(c => c.OverdueThen) : null;
        var overdue = open.Sum(c => c.Overdue);
        var raised = since is { } pe ? open.Count(c => c.RaisedOn > pe) : 0;
        var summary = open.Count == 0 ? "No open areas of concern."
            : $"{open.Count} open {(open.Count == 1 ? "area" : "areas")} of concern; {overdue} {(overdue == 1 ? "report-back" : "report-backs")} to CPEG overdue.";
        var changes = raised > 0 ? new List<TileChange> { new($"{raised} raised and still open", "", "new", false, "/concerns") } : [];
        return new ConcernTile(ConcernWeight, summary, changes, open.Count, overdue, raised)
        {
            HasDemo = open.Any(c => c.IsDemo),
            Movement = Movement.Of(overdue, overdueBefore, "report-backs overdue", scope.Previous?.Name),
        };
    }

    private async Task<InspectionTile> InspectionTileAsync(Scope scope, CancellationToken ct)
    {
        var end = scope.RegisterDay;
        var recommendations = await (
            from r in inspections.Recommendations
            join i in inspections.Inspections on r.InspectionId equals i.Id
            where i.ReportedOn <= end && (scope.DepartmentId == null || r.DepartmentId == scope.DepartmentId)
            select new { r.Id, r.InspectionId, r.Text, r.DepartmentId, r.DueOn, r.Status, r.CompletedOn, i.Body, i.Service, i.ReportedOn, r.IsDemo }).ToListAsync(ct);

        // As things stood at the end of the quarter: complete if completed by then.
        bool CompleteBy(DateOnly? completedOn, DateOnly day) => completedOn is { } c && c <= day;
        var complete = recommendations.Count(r => CompleteBy(r.CompletedOn, end));
        var notStarted = recommendations.Count(r => !CompleteBy(r.CompletedOn, end) && r.Status == RecommendationStatus.NotStarted);
        var overdue = recommendations.Where(r => Recommendation.IsOverdueOn(r.DueOn, r.CompletedOn, end)).OrderBy(r => r.DueOn).ToList();
        var items = overdue.Take(5).Select(r => new TileItem(r.Text, $"{scope.Code(r.DepartmentId)}, {r.Body} {r.Service}, due {r.DueOn.ToString("d MMM yyyy", EnGb)}",
            Rag.Red, $"/inspections/{r.InspectionId}") { IsDemo = r.IsDemo }).ToList();
        var changes = scope.PreviousEnd is { } pe
            ? recommendations.Where(r => CompleteBy(r.CompletedOn, end) && !CompleteBy(r.CompletedOn, pe))
                .Select(r => new TileChange(r.Text, "open", "complete", true, $"/inspections/{r.InspectionId}") { IsDemo = r.IsDemo }).ToList()
            : [];
        var total = recommendations.Count;
        int? overdueBefore = scope.PreviousEnd is { } pe4
            ? recommendations.Count(r => r.ReportedOn <= pe4 && Recommendation.IsOverdueOn(r.DueOn, r.CompletedOn, pe4))
            : null;
        // The latest inspections with recommendations to follow up, newest first.
        var latest = recommendations.GroupBy(r => r.InspectionId).Select(g => g.First()).OrderByDescending(r => r.ReportedOn).ThenByDescending(r => r.InspectionId).Take(3)
            .Select(r => new TileItem($"{r.Body} {r.Service}", $"reported {r.ReportedOn.ToString("d MMM yyyy", EnGb)}", Rag.NoData, $"/inspections/{r.InspectionId}")
            {
                IsDemo = recommendations.Any(x => x.InspectionId == r.InspectionId && x.IsDemo),
            }).ToList();
        var tile = new InspectionTile(InspectionWeight, "", changes, complete, total - complete - notStarted, notStarted, items, overdue.Count);
        return tile with
        {
            HasDemo = recommendations.Any(r => r.IsDemo),
            Latest = latest,
            Movement = Movement.Of(overdue.Count, overdueBefore, "overdue", scope.Previous?.Name),
            Summary = total == 0 ? "No inspection recommendations to follow up." :
                $"{complete} of {total} recommendations complete ({tile.PercentComplete}%); {overdue.Count} overdue.",
        };
    }

    /// <summary>
    /// Strategic inspections with their judgements, the forward programme and the latest intelligence as they stood on the
    /// register day, in one command (<see cref="InspectionReads.StrategicPicture"/>). Intelligence counts by the quarter it
    /// was received in: the quarter shown (to today, for the latest, as the registers are live) against the one before.
    /// </summary>
    private async Task<IntelligenceTile> IntelligenceTileAsync(Scope scope, CancellationToken ct)
    {
        var day = scope.RegisterDay;
        var rows = await inspections.StrategicPicture(day, scope.Previous?.StartDate ?? scope.Period.StartDate, scope.DepartmentId, LatestIntelligence)
            .ToListAsync(ct);
        string Date(DateOnly d) => d.ToString("d MMM yyyy", EnGb);
        var strategic = rows.Where(r => r.Kind == StrategicItemKind.Inspection).OrderByDescending(r => r.On).ThenByDescending(r => r.Id).ToList();
        var expected = rows.Where(r => r.Kind == StrategicItemKind.Expected).OrderBy(r => r.On).ThenBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
        var intelligence = rows.Where(r => r.Kind == StrategicItemKind.Intelligence).DistinctBy(r => r.Id).OrderByDescending(r => r.On).ThenByDescending(r => r.Id).ToList();

        // Received after the previous quarter ended; with no previous quarter, since this one began.
        bool InQuarter(DateOnly on) => scope.PreviousEnd is { } pe ? on > pe : on >= scope.Period.StartDate;
        var received = intelligence.Where(r => InQuarter(r.On)).ToList();
        int? receivedBefore = scope.Previous is { } previous ? intelligence.Count(r => r.On >= previous.StartDate && r.On <= previous.EndDate) : null;

        var strategicItems = strategic.Select(r => new TileItem($"{r.From}: {r.Judgement ?? "no judgement recorded"}",
            $"{r.Service}, {scope.Code(r.DepartmentId)}, reported {Date(r.On)}", Rag.NoData, $"/inspections/{r.Id}") { IsDemo = r.IsDemo }).ToList();
        var expectedItems = expected.Select(r => new TileItem($"{r.On.ToString("MMM yyyy", EnGb)}: {r.From}, {r.Service}",
            $"{scope.Code(r.DepartmentId)}{(string.IsNullOrEmpty(r.Scope) ? "" : $". {r.Scope}")}", Rag.NoData, $"/inspections/programme#expected-{r.Id}") { IsDemo = r.IsDemo }).ToList();
        var intelligenceItems = intelligence.Take(LatestIntelligence).Select(r => new TileItem($"{Date(r.On)}: {r.From}",
            $"{scope.Code(r.DepartmentId)}. {r.Summary}", Rag.NoData, $"/inspections/intelligence#intelligence-{r.Id}") { IsDemo = r.IsDemo }).ToList();

        var changes = received.Select(r => new TileChange(r.From, "", "received", false, $"/inspections/intelligence#intelligence-{r.Id}") { IsDemo = r.IsDemo })
            .Concat(strategic.Where(r => InQuarter(r.On)).Select(r => new TileChange($"{r.From}, {r.Service}", "", r.Judgement ?? "reported", false, $"/inspections/{r.Id}")
            {
                IsDemo = r.IsDemo,
            })).ToList();
        string Counted(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
        var summary = $"{Counted(strategic.Count, "strategic inspection", "strategic inspections")} on record"
            + (strategic.Count > 0 ? $", the latest {strategic[0].From}: {strategic[0].Judgement ?? "no judgement recorded"}" : "")
            + $"; {Counted(expected.Count, "inspection", "inspections")} expected on the forward programme"
            + (expected.Count > 0 ? $", the next in {expected[0].On.ToString("MMMM yyyy", EnGb)}" : "")
            + $"; {Counted(received.Count, "piece", "pieces")} of intelligence from inspectorates received in the quarter.";
        return new IntelligenceTile(IntelligenceWeight, summary, changes, strategicItems, expectedItems, intelligenceItems, received.Count)
        {
            HasDemo = strategic.Any(r => r.IsDemo) || expected.Any(r => r.IsDemo) || intelligence.Take(LatestIntelligence).Any(r => r.IsDemo) || received.Any(r => r.IsDemo),
            Movement = Movement.Neutral(received.Count, receivedBefore, "new intelligence", scope.Previous?.Name),
        };
    }

    private async Task<PlanTile> PlanTileAsync(Scope scope, CancellationToken ct)
    {
        // The plan live for the quarter shown, never "the current" one: a quarter of 2009/10 shows the 2008-2011 plan as it stood then.
        // Read on the register day, as the registers are: for the latest quarter that has ended that is today, so a plan set live since
        // (the newcomer's step in the demo, issue 16) shows on the dashboard at once rather than a quarter later.
        var current = await plan.LiveWithAreasOnAsync(scope.RegisterDay, ct);
        if (current is null)
        {
            // Said plainly, with the way to the plan being prepared for the quarter's years (issue 16), never a box of zeros.
            var preparing = await plan.BeingPreparedFor(scope.RegisterDay).Select(t => new { t.Id, t.StartYear, t.EndYear, t.Status, t.IsDemo }).FirstOrDefaultAsync(ct);
            var none = PlanLifeWords.NoneLiveFor($"Quarter {scope.Period.Quarter} {ReportingPeriod.FinancialYearName(scope.Period.FinancialYear)}") + ".";
            var title = preparing is null ? null : string.Create(CultureInfo.InvariantCulture, $"Corporate Improvement Plan {preparing.StartYear}-{preparing.EndYear}");
            return new PlanTile(PlanWeight, preparing is null ? none : $"{none} {PlanLifeWords.BeingPrepared(title!, preparing.Status)}.", [], "Corporate Improvement Plan", [])
            {
                NoneLive = true,
                HasDemo = preparing?.IsDemo == true,
                GlanceSummary = preparing is null ? none
                    : string.Create(CultureInfo.InvariantCulture, $"{none} Being prepared: the {preparing.StartYear}-{preparing.EndYear} plan ({PlanLifeWords.Lower(PlanLifeWords.Status(preparing.Status))})."),
                BeingPrepared = preparing is null ? null
                    : new TileItem(title!, PlanLifeWords.Status(preparing.Status), Rag.NoData, $"/plan/terms/{preparing.Id}")
                    {
                        IsDemo = preparing.IsDemo,
                    },
            };
        }

        var areas = current.Areas.Where(a => scope.DepartmentId is null || a.AccountableDepartmentId == scope.DepartmentId
            || a.InvolvedDepartments.Any(d => d.DepartmentId == scope.DepartmentId)).ToList();
        var themes = current.Themes.OrderBy(t => t.Number).Select(t => new ThemeProgress(t.Number, t.Name,
            Counts(areas.Where(a => a.ThemeNumber == t.Number).Select(a => a.CurrentRag(scope.RegisterDay))))).ToList();
        var changes = scope.PreviousEnd is { } pe
            ? areas.Where(a => a.CurrentRag(pe) != a.CurrentRag(scope.RegisterDay))
                .Select(a => new TileChange(a.ShortName, RagWords.Name(a.CurrentRag(pe)), RagWords.Name(a.CurrentRag(scope.RegisterDay)), Better(a.CurrentRag(pe), a.CurrentRag(scope.RegisterDay)), $"/plan/areas/{a.Id}")
                {
                    IsDemo = a.Progress.Any(p => p.IsDemo),
                })
                .ToList()
            : [];
        var reds = themes.Sum(t => t.Counts.GetValueOrDefault(Rag.Red));
        var redAreas = areas.Where(a => a.CurrentRag(scope.RegisterDay) == Rag.Red).OrderBy(a => a.ThemeNumber).ThenBy(a => a.ShortName, StringComparer.Ordinal)
            .Select(a => new TileItem(a.ShortName, $"Theme {a.ThemeNumber}", Rag.Red, $"/plan/areas/{a.Id}") { IsDemo = a.Progress.Any(p => p.IsDemo) }).ToList();
        int? redsBefore = scope.PreviousEnd is { } pe5 ? areas.Count(a => a.CurrentRag(pe5) == Rag.Red) : null;
        return new PlanTile(PlanWeight, $"{reds} of {areas.Count} live priority areas red.", changes, current.Title, themes)
        {
            HasDemo = current.Term?.IsDemo == true || areas.Any(a => a.AccountabilityIsDemo || a.Progress.Any(p => p.IsDemo)),
            PlanIsDemo = current.Term?.IsDemo == true,
            RedAreas = redAreas,
            Movement = Movement.Of(reds, redsBefore, "red", scope.Previous?.Name),
        };
    }

    private async Task<AalborgTile> AalborgTileAsync(Scope scope, CancellationToken ct)
    {
        var year = scope.Period.FinancialYear;
        var weight = scope.Scorecards.FirstOrDefault(s => s.Kind == ScorecardKind.Aalborg)?.Weight ?? 1m;
        var scores = await outcomes.AalborgScores.Where(a => a.FinancialYear <= year && a.FinancialYear >= year - 2)
            .Select(a => new { a.Commitment, a.FinancialYear, a.Score, a.IsDemo }).ToListAsync(ct);
        // The latest year assessed up to the quarter, against the year before it.
        var latest = scores.Count == 0 ? year : scores.Max(s => s.FinancialYear);
        decimal? Score(int commitment, int y) => scores.FirstOrDefault(s => s.Commitment == commitment && s.FinancialYear == y)?.Score;
        bool IsDemo(int commitment) => scores.Any(s => s.Commitment == commitment && s.IsDemo && (s.FinancialYear == latest || s.FinancialYear == latest - 1));
        var lines = Enumerable.Range(1, 10).Select(c => new AalborgLine(c, AalborgScore.Commitments[c - 1], Score(c, latest), Score(c, latest - 1))
        {
            IsDemo = IsDemo(c),
        }).ToList();
        // The same overall as the Aalborg page: the mean of all ten, or none until all ten are scored.
        var overall = AalborgScore.Overall([.. lines.Select(l => l.Score).OfType<decimal>()]);
        var previous = AalborgScore.Overall([.. lines.Select(l => l.Previous).OfType<decimal>()]);
        var summary = overall is null ? "No Aalborg self-assessment yet." :
            $"Overall {overall.Value.ToString("0.00", EnGb)} out of 4 for {ReportingPeriod.FinancialYearName(latest)}" +
            (previous is { } p ? $", {(overall > p ? "up" : overall < p ? "down" : "level")} from {p.ToString("0.00", EnGb)}." : ".");
        return new AalborgTile(weight, summary, [], ReportingPeriod.FinancialYearName(latest), lines, overall, previous)
        {
            HasDemo = lines.Any(l => l.IsDemo),
            // Self-assessed once a year: the direction is against the year before.
            Movement = overall is { } o ? Movement.Of(o, previous, "out of 4", ReportingPeriod.FinancialYearName(latest - 1), lowerIsBetter: false, format: "0.00") : Movement.NotKnown,
        };
    }

    private async Task<CaseStudyTile> CaseStudyTileAsync(Scope scope, CancellationToken ct)
    {
        var end = scope.End;
        var day = scope.RegisterDay;
        var studies = await (
            from c in outcomes.CaseStudies
            join p in organisation.ReportingPeriods on c.ReportingPeriodId equals p.Id
            where p.StartDate <= day && (scope.DepartmentId == null || c.DepartmentId == scope.DepartmentId)
            orderby p.EndDate descending, c.Id descending
            select new { c.Id, c.Title, c.DepartmentId, c.Outcome, p.EndDate, c.IsDemo }).ToListAsync(ct);
        var items = studies.Take(3).Select(s => new CaseStudyItem(s.Id, s.Title, scope.Code(s.DepartmentId), s.Outcome) { IsDemo = s.IsDemo }).ToList();
        var thisQuarter = studies.Count(s => s.EndDate >= end);
        int? lastQuarter = scope.PreviousEnd is { } pe6 ? studies.Count(s => s.EndDate == pe6) : null;
        var changes = studies.Where(s => s.EndDate >= end).Select(s => new TileChange(s.Title, "", "added", true, $"/case-studies/{s.Id}") { IsDemo = s.IsDemo }).ToList();
        return new CaseStudyTile(CaseStudyWeight, studies.Count == 0 ? "No case studies yet." : $"{studies.Count} case studies, {thisQuarter} from this quarter.",
            changes, items, studies.Count)
        {
            HasDemo = studies.Any(s => s.IsDemo),
            ThisQuarter = thisQuarter,
            // More stories of outcomes improved is the better way.
            Movement = Movement.Of(thisQuarter, lastQuarter, "added in the quarter", scope.Previous?.Name, lowerIsBetter: false),
        };
    }

    private static Dictionary<Rag, int> Counts(IEnumerable<Rag> rags) => rags.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());

    private static bool Better(Rag from, Rag to) => ScorecardCalculator.Severity(to) > ScorecardCalculator.Severity(from) && to != Rag.NoData;
}
