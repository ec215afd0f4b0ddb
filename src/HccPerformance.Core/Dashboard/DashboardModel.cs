using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Risks;

namespace HccPerformance.Core.Dashboard;

/// <summary>One line a tile lists (a red indicator, a top risk, an overdue recommendation), with where to read more.</summary>
public sealed record TileItem(string Label, string? Detail, Rag Rag, string? Link)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

/// <summary>Something that moved since the previous quarter, in words, for the "what changed" view.</summary>
public sealed record TileChange(string Label, string From, string To, bool Better, string? Link)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

/// <summary>
/// A tile of the Corporate Dashboard (seed Appendix Three). <see cref="Weight"/> orders and sizes it (seed footnote 10);
/// <see cref="Reds"/> counts what needs attention, and tiles with reds come first.
/// </summary>
public abstract record Tile(string Key, string Title, decimal Weight, int Reds, string Link, string Summary, IReadOnlyList<TileChange> Changes)
{
    /// <summary>Some of what the tile counts or lists is demo data (issue 17): the tile says so beside its title.</summary>
    public bool HasDemo { get; init; }

    /// <summary>Which way the box's headline figure has moved since the previous quarter (issue 18).</summary>
    public Movement Movement { get; init; } = Movement.NotKnown;

    /// <summary>The box's figures, headline first: said in words at a glance, charted and tabulated quarter by quarter on its page.</summary>
    public virtual IReadOnlyList<Figure> Figures => [];

    /// <summary>The items most in need of attention, worst first, as links for the glance view.</summary>
    public virtual IReadOnlyList<TileItem> Worst => [];

    /// <summary>How many of <see cref="Worst"/> the glance view lists.</summary>
    public virtual int AtAGlance => 2;

    /// <summary>
    /// The summary in the few words a glance box has room for, where <see cref="Summary"/> is a full sentence (said in full on
    /// the box's own page): every box must fit one laptop screen.
    /// </summary>
    public string? GlanceSummary { get; init; }
}

public sealed record ScorecardTile(int ScorecardId, string Title, decimal Weight, string Link, string Summary, IReadOnlyList<TileChange> Changes,
    IReadOnlyDictionary<Rag, int> Counts, IReadOnlyDictionary<Rag, int> PreviousCounts, IReadOnlyList<TileItem> RedItems)
    : Tile($"scorecard-{ScorecardId}", Title, Weight, Counts.GetValueOrDefault(Rag.Red), Link, Summary, Changes)
{
    public override IReadOnlyList<Figure> Figures => RagFigures.Of(Counts, withNoData: true);

    public override IReadOnlyList<TileItem> Worst => RedItems;
}

public sealed record RiskTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, IReadOnlyList<TileItem> TopRisks,
    IReadOnlyList<IReadOnlyList<int>> HeatMap, IReadOnlyDictionary<Rag, int> Counts)
    : Tile("risks", "Corporate risk register", Weight, Counts.GetValueOrDefault(Rag.Red), "/risks", Summary, Changes)
{
    /// <summary>Open strategic risks at an impact (5 first) and likelihood (1 first).</summary>
    public int At(int impact, int likelihood) => HeatMap[5 - impact][likelihood - 1];

    public override IReadOnlyList<Figure> Figures => RagFigures.Of(Counts, withNoData: false);

    public override IReadOnlyList<TileItem> Worst => TopRisks;
}

public sealed record EmergingRiskItem(string Department, string Title, DateOnly Raised, string Source, string Link)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record EmergingRiskTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, IReadOnlyList<EmergingRiskItem> Items, int Total)
    : Tile("emerging", "Top emerging risk issues", Weight, 0, "/emerging-risks", Summary, Changes)
{
    public override IReadOnlyList<Figure> Figures => [new("Open", Total)];

    public override IReadOnlyList<TileItem> Worst => [.. Items.Select(i => new TileItem($"{i.Department}: {i.Title}", i.Source, Rag.Amber, i.Link) { IsDemo = i.IsDemo })];
}

public sealed record BenchmarkTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, string? Year,
    IReadOnlyDictionary<Quartile, int> Quartiles, IReadOnlyList<TileItem> Outliers)
    : Tile("benchmarking", "Benchmarking", Weight, Quartiles.GetValueOrDefault(Quartile.Bottom), "/benchmarking", Summary, Changes)
{
    /// <summary>How many indicators were placed in a quartile.</summary>
    public int Compared { get; init; }

    public override IReadOnlyList<Figure> Figures =>
        [new("Bottom quartile", Quartiles.GetValueOrDefault(Quartile.Bottom)), new("Top quartile", Quartiles.GetValueOrDefault(Quartile.Top)), new("Compared", Compared)];

    public override IReadOnlyList<TileItem> Worst => Outliers;
}

public sealed record InspectionTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes,
    int Complete, int InProgress, int NotStarted, IReadOnlyList<TileItem> Overdue, int OverdueCount)
    : Tile("inspections", "Inspection recommendations", Weight, OverdueCount, "/inspections", Summary, Changes)
{
    public int Total => Complete + InProgress + NotStarted;

    public int PercentComplete => Total == 0 ? 0 : (int)Math.Round(100m * Complete / Total, MidpointRounding.AwayFromZero);

    /// <summary>The latest inspections with recommendations to follow up, newest first.</summary>
    public IReadOnlyList<TileItem> Latest { get; init; } = [];

    public override IReadOnlyList<Figure> Figures => [new("Overdue", OverdueCount), new("Complete", Complete), new("Recommendations", Total)];

    public override IReadOnlyList<TileItem> Worst => Overdue;
}

/// <summary>
/// Strategic inspections with their judgements, the forward programme and intelligence from inspectorates (seed 4.14; issue
/// 18), beside Appendix Three's recommendations box. None of it is good or bad news in itself, so the box has no reds and its
/// direction says only more or fewer.
/// </summary>
/// <param name="Strategic">Strategic inspections reported, latest first, each with its judgement in the inspectorate's words.</param>
/// <param name="Expected">The forward programme, soonest first.</param>
/// <param name="Intelligence">The latest intelligence, newest first.</param>
/// <param name="NewIntelligence">Intelligence received in the quarter (to today for the latest quarter, as the registers are live).</param>
public sealed record IntelligenceTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes,
    IReadOnlyList<TileItem> Strategic, IReadOnlyList<TileItem> Expected, IReadOnlyList<TileItem> Intelligence, int NewIntelligence)
    : Tile("intelligence", "Strategic inspections and intelligence", Weight, 0, "/inspections", Summary, Changes)
{
    public override IReadOnlyList<Figure> Figures =>
        [new("New intelligence", NewIntelligence), new("Inspections expected", Expected.Count), new("Strategic inspections", Strategic.Count)];

    /// <summary>What a Chief Executive reads first: the latest strategic judgement, the next inspection expected, the latest intelligence.</summary>
    public override IReadOnlyList<TileItem> Worst => [.. new[] { Strategic, Expected, Intelligence }.Where(l => l.Count > 0).Select(l => l[0])];

    public override int AtAGlance => 3;
}

public sealed record ThemeProgress(int Number, string Name, IReadOnlyDictionary<Rag, int> Counts);

public sealed record PlanTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, string PlanTitle, IReadOnlyList<ThemeProgress> Themes)
    : Tile("plan", "Corporate Improvement Plan", Weight, Themes.Sum(t => t.Counts.GetValueOrDefault(Rag.Red)), "/plan", Summary, Changes)
{
    /// <summary>The live priority areas that are red.</summary>
    public IReadOnlyList<TileItem> RedAreas { get; init; } = [];

    /// <summary>No plan is live for the quarter shown (issue 16): the box says so in words, never as counts of nothing.</summary>
    public bool NoneLive { get; init; }

    /// <summary>When none is live: the plan being prepared for the quarter's years, if any, as a link to where it stands.</summary>
    public TileItem? BeingPrepared { get; init; }

    public override IReadOnlyList<Figure> Figures => NoneLive ? [] : RagFigures.Of(
        new[] { Rag.Red, Rag.Amber, Rag.Green, Rag.NoData }.ToDictionary(r => r, r => Themes.Sum(t => t.Counts.GetValueOrDefault(r))), withNoData: true);

    public override IReadOnlyList<TileItem> Worst => BeingPrepared is { } preparing ? [preparing] : RedAreas;
    /// <summary>The plan itself is one the demo made: its title is marked demo (issue 17).</summary>
    public bool PlanIsDemo { get; init; }
}

public sealed record AalborgLine(int Commitment, string Name, decimal? Score, decimal? Previous)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record AalborgTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, string Year, IReadOnlyList<AalborgLine> Lines,
    decimal? Overall, decimal? PreviousOverall)
    : Tile("aalborg", "Aalborg scorecard", Weight, 0, "/aalborg", Summary, Changes)
{
    public override IReadOnlyList<Figure> Figures => Overall is { } overall ? [new("Out of 4 overall", overall)] : [];

    /// <summary>The lowest-scored commitments.</summary>
    public override IReadOnlyList<TileItem> Worst => [.. Lines.Where(l => l.Score is not null).OrderBy(l => l.Score).ThenBy(l => l.Commitment).Take(3)
        .Select(l => new TileItem($"{l.Commitment}. {l.Name}", $"{l.Score!.Value:0.00}", Rag.NoData, "/aalborg") { IsDemo = l.IsDemo })];
}

public sealed record CaseStudyItem(int Id, string Title, string Department, string Outcome)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record CaseStudyTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, IReadOnlyList<CaseStudyItem> Items, int Total)
    : Tile("case-studies", "Community outcome improvement case studies", Weight, 0, "/case-studies", Summary, Changes)
{
    /// <summary>How many case studies are from the quarter shown.</summary>
    public int ThisQuarter { get; init; }

    public override IReadOnlyList<Figure> Figures => [new("This quarter", ThisQuarter), new("In all", Total)];

    /// <summary>The newest case studies (nothing here is bad news: these are the latest, not the worst).</summary>
    public override IReadOnlyList<TileItem> Worst => [.. Items.Select(i => new TileItem(i.Title, i.Department, Rag.Green, $"/case-studies/{i.Id}") { IsDemo = i.IsDemo })];
}

/// <summary>
/// CPEG's areas of concern (seed 4.15-4.16): how many are open and how many report-backs are overdue. Counts only: the
/// tiles are the same for everyone, and Cabinet members read only the concerns escalated to them.
/// </summary>
public sealed record ConcernTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, int Open, int OverdueReportBacks, int Raised)
    : Tile("concerns", "Areas of concern", Weight, OverdueReportBacks, "/concerns", Summary, Changes)
{
    public override IReadOnlyList<Figure> Figures => [new("Overdue report-backs", OverdueReportBacks), new("Open", Open)];
}

/// <summary>The Corporate Dashboard for a quarter (and optionally one department), tiles in the order they show.</summary>
public sealed record DashboardView(PeriodSummary Period, PeriodSummary? PreviousPeriod, IReadOnlyList<PeriodSummary> Periods,
    IReadOnlyList<(int Id, string Name)> Departments, int? DepartmentId, string? DepartmentName, IReadOnlyList<Tile> Tiles, string? Notice)
{
    /// <summary>Names this build of the dashboard, so the page can keep its rendered tiles until the data changes.</summary>
    public string Stamp { get; init; } = "";

    /// <summary>The latest issued corporate performance report: Cabinet's home page is the dashboard and this report (ux.md).</summary>
    public Reports.IssuedSummary? LatestReport { get; init; }
}
