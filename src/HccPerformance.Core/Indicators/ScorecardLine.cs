using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>An indicator's line on a scorecard for one period.</summary>
public sealed record ScorecardLine(int IndicatorId, ResultPeriod? Period, decimal? Value, DataQuality? Quality, decimal? Target,
    Rag Rag, Direction SincePrevious, Direction SinceLastYear, IReadOnlyList<decimal> Trend)
{
    /// <summary>The result or the target on this line is demo data (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}
