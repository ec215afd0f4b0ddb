namespace HccPerformance.Core.Indicators.Import;

/// <summary>One row of a sources file that passed every check: who submits the indicator's figures.</summary>
public sealed record SourceRow(int Line, int IndicatorId, string Code, IndicatorSource Source);
