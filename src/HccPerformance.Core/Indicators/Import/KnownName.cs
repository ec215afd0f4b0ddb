namespace HccPerformance.Core.Indicators.Import;

/// <summary>Something a file names (an indicator by code, a scorecard by name), as the database holds it.</summary>
public sealed record KnownName(int Id, string Name);
