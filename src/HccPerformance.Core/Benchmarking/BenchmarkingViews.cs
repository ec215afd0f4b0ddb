using FluentValidation;
using HccPerformance.Core.Indicators;

namespace HccPerformance.Core.Benchmarking;

/// <summary>One indicator on the benchmarking page: the council's figure for the year among its comparators'.</summary>
public sealed record BenchmarkRow(
    int IndicatorId, string Code, string Title, string? Department, string? Unit, Polarity? Polarity,
    decimal? Council, int Comparators, decimal? Median, decimal? Best, Quartile? Quartile)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record BenchmarkOverview(int? Year, IReadOnlyList<int> Years, IReadOnlyList<BenchmarkRow> Rows)
{
    /// <summary>Top outlier areas (the dashboard's words): indicators where the council is in the bottom quartile.</summary>
    public IReadOnlyList<BenchmarkRow> Outliers => [.. Rows.Where(r => r.Quartile == Benchmarking.Quartile.Bottom)];
}

/// <summary>One row of an indicator's comparator table: a comparator's figure, or the council's own.</summary>
public sealed record ComparatorFigure(int? Id, string Name, decimal Value, bool IsCouncil);

public sealed record IndicatorBenchmark(
    int IndicatorId, string Code, string Title, string? Department, string? Unit, Polarity? Polarity,
    int Year, IReadOnlyList<int> Years, IReadOnlyList<int> YearsWithFigures,
    decimal? Council, ResultPeriod? CouncilPeriod, IReadOnlyList<ComparatorFigure> Figures,
    int Comparators, decimal? Median, decimal? Best, Quartile? Quartile);
