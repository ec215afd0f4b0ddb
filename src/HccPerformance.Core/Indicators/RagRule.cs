using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// The one RAG rule used everywhere (issue 5): green when on target, amber within the tolerance, red beyond it, and
/// grey (no data) when there is no result, no target, no polarity, or the data quality is in doubt. Always honours polarity.
/// </summary>
public static class RagRule
{
    public static Rag Assess(decimal? value, decimal? target, Polarity? polarity, decimal tolerancePercent, DataQuality? quality)
    {
        if (value is not { } v || target is not { } t || polarity is not { } p || quality == DataQuality.InDoubt)
        {
            return Rag.NoData;
        }

        // How far the result falls short of the target in the direction that matters; zero or less is on target.
        var shortfall = p == Polarity.HigherIsBetter ? t - v : v - t;
        if (shortfall <= 0)
        {
            return Rag.Green;
        }

        var tolerance = Math.Abs(t) * tolerancePercent / 100m;
        return shortfall <= tolerance ? Rag.Amber : Rag.Red;
    }

    /// <summary>Whether a result is better or worse than an earlier one (the previous period, or the same period last year).</summary>
    public static Direction Travel(decimal? now, decimal? before, Polarity? polarity)
    {
        if (now is not { } n || before is not { } b || polarity is not { } p)
        {
            return Direction.NotKnown;
        }

        if (n == b)
        {
            return Direction.NoChange;
        }

        return (n > b) == (p == Polarity.HigherIsBetter) ? Direction.Improved : Direction.Worsened;
    }
}
