using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// Works out each indicator's RAG, direction of travel and recent trend as at the end of a reporting period, with the one
/// <see cref="RagRule"/>. Pure and in memory, so the pages, the exports and the dashboard all agree, and it can be benchmarked.
/// </summary>
public static class ScorecardCalculator
{
    /// <summary>How many results the sparkline shows, the current one last.</summary>
    public const int TrendLength = 8;

    /// <summary>
    /// The indicator as at a day (the end of the reporting period being looked at): its latest result that has ended by then
    /// and is still current (no older than its frequency, and never older than a quarter), against that year's target.
    /// </summary>
    public static ScorecardLine Line(IndicatorSeries series, decimal scorecardTolerancePercent, DateOnly asAt)
    {
        var results = series.Results;
        var index = LastEndingBy(results, series.Frequency, asAt);
        // Counted forward from the period's end, not back from the day: AddMonths clamps, and 30 June less three months is
        // 30 March, which kept the January to March result current at the end of June (and August's at the end of November).
        var window = Math.Max((int)series.Frequency, (int)Frequency.Quarterly);
        if (index < 0 || End(results[index].Start, series.Frequency).AddMonths(window) <= asAt)
        {
            return new ScorecardLine(series.IndicatorId, null, null, null, null, Rag.NoData, Direction.NotKnown, Direction.NotKnown, []);
        }

        var current = results[index];
        var period = new ResultPeriod(current.Start, series.Frequency);
        decimal? target = series.Targets.TryGetValue(period.FinancialYear, out var t) ? t : null;
        var rag = RagRule.Assess(current.Value, target, series.Polarity, series.TolerancePercent ?? scorecardTolerancePercent, current.Quality);
        decimal? previous = index > 0 ? results[index - 1].Value : null;
        var lastYearIndex = IndexOf(results, current.Start.AddYears(-1), index);
        decimal? lastYear = lastYearIndex >= 0 ? results[lastYearIndex].Value : null;

        var from = Math.Max(0, index - TrendLength + 1);
        var trend = new decimal[index - from + 1];
        for (var i = from; i <= index; i++)
        {
            trend[i - from] = results[i].Value;
        }

        return new ScorecardLine(series.IndicatorId, period, current.Value, current.Quality, target, rag,
            RagRule.Travel(current.Value, previous, series.Polarity), RagRule.Travel(current.Value, lastYear, series.Polarity), trend)
        {
            IsDemo = current.IsDemo || (target is not null && series.DemoTargetYears.Contains(period.FinancialYear)),
        };
    }

    /// <summary>A scorecard's lines, reds first, then amber, green and no data; within each by the order given.</summary>
    public static List<ScorecardLine> Lines(IEnumerable<IndicatorSeries> members, decimal scorecardTolerancePercent, DateOnly asAt)
    {
        var lines = members.Select(m => Line(m, scorecardTolerancePercent, asAt)).ToList();
        // A stable sort keeps the caller's order (usually by code) within each colour.
        return [.. lines.OrderBy(l => Severity(l.Rag))];
    }

    public static int Severity(Rag rag) => rag switch
    {
        Rag.Red => 0,
        Rag.Amber => 1,
        Rag.Green => 2,
        _ => 3,
    };

    private static DateOnly End(DateOnly start, Frequency frequency) => start.AddMonths((int)frequency).AddDays(-1);

    /// <summary>The last result whose period has ended by the day, by binary search: results are sorted by start.</summary>
    private static int LastEndingBy(IReadOnlyList<ResultPoint> results, Frequency frequency, DateOnly day)
    {
        int lo = 0, hi = results.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (End(results[mid].Start, frequency) <= day)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static int IndexOf(IReadOnlyList<ResultPoint> results, DateOnly start, int before)
    {
        int lo = 0, hi = before - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var c = results[mid].Start.CompareTo(start);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
