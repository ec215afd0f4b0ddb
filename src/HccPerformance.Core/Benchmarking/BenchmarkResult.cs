using HccPerformance.Core.Common;

namespace HccPerformance.Core.Benchmarking;

/// <summary>
/// A comparator council's result for an indicator in a financial year (a county benchmarking club's figures), entered or
/// imported by the Performance Team, against which the council's own result is placed in a quartile.
/// </summary>
public class BenchmarkResult : AuditableEntity
{
    private BenchmarkResult() { }

    public BenchmarkResult(int indicatorId, int financialYear, string comparator, decimal value)
    {
        IndicatorId = indicatorId;
        FinancialYear = financialYear;
        Comparator = string.IsNullOrWhiteSpace(comparator) ? throw new DomainException("Name the comparator council", nameof(Comparator)) : comparator.Trim();
        Value = value;
    }

    public int IndicatorId { get; private set; }
    public int FinancialYear { get; private set; }
    public string Comparator { get; private set; } = "";
    public decimal Value { get; private set; }

    public void Change(decimal value) => Value = value;
}

public enum Quartile
{
    Top = 1,
    Second = 2,
    Third = 3,
    Bottom = 4,
}

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
