namespace HccPerformance.Core.Indicators;

/// <summary>Everything about one indicator that its RAG and direction depend on: results sorted by period, targets by year.</summary>
public sealed class IndicatorSeries(int indicatorId, Polarity? polarity, Frequency frequency, decimal? tolerancePercent,
    IReadOnlyList<ResultPoint> results, IReadOnlyDictionary<int, decimal> targets)
{
    public int IndicatorId { get; } = indicatorId;
    public Polarity? Polarity { get; } = polarity;
    public Frequency Frequency { get; } = frequency;

    /// <summary>The indicator's own amber tolerance; null takes the scorecard's.</summary>
    public decimal? TolerancePercent { get; } = tolerancePercent;

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ResultPoint> Results { get; } = results;

    /// <summary>Target by financial year.</summary>
    public IReadOnlyDictionary<int, decimal> Targets { get; } = targets;

    /// <summary>The financial years whose target the demo invented, so a line against one keeps the demo mark (issue 17).</summary>
    public IReadOnlySet<int> DemoTargetYears { get; init; } = new HashSet<int>();
}
