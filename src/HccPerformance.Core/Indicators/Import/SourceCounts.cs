namespace HccPerformance.Core.Indicators.Import;

/// <summary>How the national indicators held are marked now: the framework counts 16 the council submits itself (seed 4.24).</summary>
public sealed record SourceCounts(int National, int Council, int DataHub, int NotMarked);
