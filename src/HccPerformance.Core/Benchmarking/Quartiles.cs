namespace HccPerformance.Core.Benchmarking;

public static class Quartiles
{
    /// <summary>
    /// Where the council's value stands among the comparators' (the council included), best first by polarity:
    /// the quartile of its rank. Null without a value, a polarity or at least three comparators.
    /// </summary>
    public static Quartile? Of(decimal? council, IReadOnlyCollection<decimal> comparators, Indicators.Polarity? polarity)
    {
        if (council is not { } own || polarity is not { } p || comparators.Count < 3)
        {
            return null;
        }

        // Rank 1 is the best; ties share the better rank.
        var better = comparators.Count(v => p == Indicators.Polarity.HigherIsBetter ? v > own : v < own);
        var count = comparators.Count + 1;
        var position = (decimal)better / count;
        return position switch
        {
            < 0.25m => Quartile.Top,
            < 0.5m => Quartile.Second,
            < 0.75m => Quartile.Third,
            _ => Quartile.Bottom,
        };
    }
}
