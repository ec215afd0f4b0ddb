namespace HccPerformance.Core.ImprovementPlan;

/// <summary>The framework's words for where an area came from, and where each source is read in the site.</summary>
public static class AreaOriginWords
{
    public static string Name(AreaOriginKind kind) => kind switch
    {
        AreaOriginKind.Indicator => "A red indicator on the Corporate Dashboard",
        AreaOriginKind.Benchmark => "A benchmarking outlier",
        AreaOriginKind.Recommendation => "An inspection recommendation",
        AreaOriginKind.Concern => "An area of concern",
        _ => "Local importance",
    };

    /// <summary>The word the propose link uses (<c>/plan/areas/new?from=indicator&amp;id=12</c>).</summary>
    public static string From(AreaOriginKind kind) => kind switch
    {
        AreaOriginKind.Indicator => "indicator",
        AreaOriginKind.Benchmark => "benchmark",
        AreaOriginKind.Recommendation => "recommendation",
        AreaOriginKind.Concern => "concern",
        _ => "local",
    };

    public static AreaOriginKind? Parse(string? from) =>
        Enum.GetValues<AreaOriginKind>().Cast<AreaOriginKind?>().FirstOrDefault(k => string.Equals(From(k!.Value), from, StringComparison.OrdinalIgnoreCase));

    /// <summary>Where the source is read now; null for local importance.</summary>
    public static string? LinkTo(AreaOriginKind kind, int? sourceId) => sourceId is not { } id ? null : kind switch
    {
        AreaOriginKind.Indicator => $"/indicators/{id}",
        AreaOriginKind.Benchmark => $"/benchmarking/{id}",
        AreaOriginKind.Recommendation => $"/inspections/recommendations/{id}",
        AreaOriginKind.Concern => $"/concerns/{id}",
        _ => null,
    };
}
