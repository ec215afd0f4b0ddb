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
}

public sealed record ScorecardTile(string Title, decimal Weight, string Link, string Summary, IReadOnlyList<TileChange> Changes,
    IReadOnlyDictionary<Rag, int> Counts, IReadOnlyDictionary<Rag, int> PreviousCounts, IReadOnlyList<TileItem> RedItems)
    : Tile("scorecard", Title, Weight, Counts.GetValueOrDefault(Rag.Red), Link, Summary, Changes);

public sealed record RiskTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, IReadOnlyList<TileItem> TopRisks,
    IReadOnlyList<IReadOnlyList<int>> HeatMap, IReadOnlyDictionary<Rag, int> Counts)
    : Tile("risks", "Corporate risk register", Weight, Counts.GetValueOrDefault(Rag.Red), "/risks", Summary, Changes)
{
    /// <summary>Open strategic risks at an impact (5 first) and likelihood (1 first).</summary>
    public int At(int impact, int likelihood) => HeatMap[5 - impact][likelihood - 1];
}

public sealed record EmergingRiskItem(string Department, string Title, DateOnly Raised, string Source, string Link)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record EmergingRiskTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, IReadOnlyList<EmergingRiskItem> Items, int Total)
    : Tile("emerging", "Top emerging risk issues", Weight, 0, "/emerging-risks", Summary, Changes);

public sealed record BenchmarkTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, string? Year,
    IReadOnlyDictionary<Quartile, int> Quartiles, IReadOnlyList<TileItem> Outliers)
    : Tile("benchmarking", "Benchmarking", Weight, Quartiles.GetValueOrDefault(Quartile.Bottom), "/benchmarking", Summary, Changes);

public sealed record InspectionTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes,
    int Complete, int InProgress, int NotStarted, IReadOnlyList<TileItem> Overdue, int OverdueCount)
    : Tile("inspections", "Inspection recommendations", Weight, OverdueCount, "/inspections", Summary, Changes)
{
    public int Total => Complete + InProgress + NotStarted;

    public int PercentComplete => Total == 0 ? 0 : (int)Math.Round(100m * Complete / Total, MidpointRounding.AwayFromZero);
}

public sealed record ThemeProgress(int Number, string Name, IReadOnlyDictionary<Rag, int> Counts);

public sealed record PlanTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, string PlanTitle, IReadOnlyList<ThemeProgress> Themes)
    : Tile("plan", "Corporate Improvement Plan", Weight, Themes.Sum(t => t.Counts.GetValueOrDefault(Rag.Red)), "/plan", Summary, Changes)
{
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
    : Tile("aalborg", "Aalborg scorecard", Weight, 0, "/aalborg", Summary, Changes);

public sealed record CaseStudyItem(int Id, string Title, string Department, string Outcome)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record CaseStudyTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, IReadOnlyList<CaseStudyItem> Items, int Total)
    : Tile("case-studies", "Community outcome improvement case studies", Weight, 0, "/case-studies", Summary, Changes);

/// <summary>
/// CPEG's areas of concern (seed 4.15-4.16): how many are open and how many report-backs are overdue. Counts only: the
/// tiles are the same for everyone, and Cabinet members read only the concerns escalated to them.
/// </summary>
public sealed record ConcernTile(decimal Weight, string Summary, IReadOnlyList<TileChange> Changes, int Open, int OverdueReportBacks, int Raised)
    : Tile("concerns", "Areas of concern", Weight, OverdueReportBacks, "/concerns", Summary, Changes);

/// <summary>The Corporate Dashboard for a quarter (and optionally one department), tiles in the order they show.</summary>
public sealed record DashboardView(PeriodSummary Period, PeriodSummary? PreviousPeriod, IReadOnlyList<PeriodSummary> Periods,
    IReadOnlyList<(int Id, string Name)> Departments, int? DepartmentId, string? DepartmentName, IReadOnlyList<Tile> Tiles, string? Notice)
{
    /// <summary>Names this build of the dashboard, so the page can keep its rendered tiles until the data changes.</summary>
    public string Stamp { get; init; } = "";

    /// <summary>The latest issued corporate performance report: Cabinet's home page is the dashboard and this report (ux.md).</summary>
    public Reports.IssuedSummary? LatestReport { get; init; }
}
