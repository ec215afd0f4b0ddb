using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>An indicator's line on a scorecard for one period.</summary>
public sealed record ScorecardLine(int IndicatorId, ResultPeriod? Period, decimal? Value, DataQuality? Quality, decimal? Target,
    Rag Rag, Direction SincePrevious, Direction SinceLastYear, IReadOnlyList<decimal> Trend);
