using HccPerformance.Core.Common;
using HccPerformance.Core.Indicators;

namespace HccPerformance.UnitTests.Indicators;

public sealed class ScorecardCalculatorTests
{
    private static readonly DateOnly April2025 = new(2025, 4, 1);

    [Fact]
    public void The_current_result_is_the_latest_whose_period_has_ended_by_the_day()
    {
        // April 2025 to March 2026, 1 to 12: the March 2026 result exists but has not ended in December.
        var series = Monthly(Polarity.HigherIsBetter, Enumerable.Range(1, 12).Select(v => (decimal)v).ToArray());

        var atMonthEnd = ScorecardCalculator.Line(series, 10m, new DateOnly(2025, 11, 30));
        var dayBefore = ScorecardCalculator.Line(series, 10m, new DateOnly(2025, 11, 29));
        var afterAll = ScorecardCalculator.Line(series, 10m, new DateOnly(2026, 6, 1));

        Assert.Equal(new ResultPeriod(new DateOnly(2025, 11, 1), Frequency.Monthly), atMonthEnd.Period);
        Assert.Equal(8m, atMonthEnd.Value);
        Assert.Equal(new DateOnly(2025, 10, 1), dayBefore.Period?.Start);
        Assert.Equal(7m, dayBefore.Value);
        Assert.Equal(new DateOnly(2026, 3, 1), afterAll.Period?.Start);
        Assert.Equal(12m, afterAll.Value);
    }

    [Fact]
    public void Before_the_first_result_has_ended_there_is_no_data()
    {
        var series = Monthly(Polarity.HigherIsBetter, 5m);

        var line = ScorecardCalculator.Line(series, 10m, new DateOnly(2025, 4, 29));

        Assert.Null(line.Period);
        Assert.Equal(Rag.NoData, line.Rag);
    }

    [Fact]
    public void A_result_older_than_its_window_is_no_data_with_no_period_value_or_trend()
    {
        // April to August 2025 only, looked at as at 31 December: the latest is four months old.
        var series = Monthly(Polarity.HigherIsBetter, [50m, 60m, 70m, 80m, 90m], targets: new() { [2025] = 10m });

        var line = ScorecardCalculator.Line(series, 10m, new DateOnly(2025, 12, 31));

        Assert.Equal(7, line.IndicatorId);
        Assert.Null(line.Period);
        Assert.Null(line.Value);
        Assert.Null(line.Quality);
        Assert.Null(line.Target);
        Assert.Equal(Rag.NoData, line.Rag);
        Assert.Equal(Direction.NotKnown, line.SincePrevious);
        Assert.Equal(Direction.NotKnown, line.SinceLastYear);
        Assert.Empty(line.Trend);
    }

    [Theory]
    // A monthly result stays current for three months after its month, whatever the length of the month the day ends.
    [InlineData(Frequency.Monthly, "2025-08-01", "2025-10-31", true)]
    [InlineData(Frequency.Monthly, "2025-08-01", "2025-11-29", true)]
    [InlineData(Frequency.Monthly, "2025-08-01", "2025-11-30", false)]
    [InlineData(Frequency.Monthly, "2025-09-01", "2025-12-29", true)]
    [InlineData(Frequency.Monthly, "2025-09-01", "2025-12-31", false)]
    [InlineData(Frequency.Monthly, "2025-11-01", "2026-02-28", false)]
    [InlineData(Frequency.Monthly, "2025-12-01", "2026-02-28", true)]
    // A quarterly result is current only until the next quarter has ended: the same at the end of every quarter.
    [InlineData(Frequency.Quarterly, "2025-01-01", "2025-06-29", true)]
    [InlineData(Frequency.Quarterly, "2025-01-01", "2025-06-30", false)]
    [InlineData(Frequency.Quarterly, "2025-04-01", "2025-09-30", false)]
    [InlineData(Frequency.Quarterly, "2025-07-01", "2025-12-31", false)]
    [InlineData(Frequency.Quarterly, "2025-10-01", "2026-03-31", false)]
    [InlineData(Frequency.Quarterly, "2025-10-01", "2026-03-30", true)]
    // An annual result is current until the next financial year has ended.
    [InlineData(Frequency.Annual, "2024-04-01", "2025-12-31", true)]
    [InlineData(Frequency.Annual, "2024-04-01", "2026-03-30", true)]
    [InlineData(Frequency.Annual, "2024-04-01", "2026-03-31", false)]
    public void A_result_is_current_for_its_frequency_and_never_less_than_a_quarter(Frequency frequency, string start, string asAt, bool current)
    {
        var series = new IndicatorSeries(1, Polarity.HigherIsBetter, frequency, null,
            [new ResultPoint(DateOnly.Parse(start), 5m, DataQuality.Confirmed)], new Dictionary<int, decimal>());

        var line = ScorecardCalculator.Line(series, 10m, DateOnly.Parse(asAt));

        Assert.Equal(current, line.Period is not null);
        Assert.Equal(current ? 5m : null, line.Value);
    }

    [Fact]
    public void The_target_is_the_one_for_the_financial_year_of_the_result_not_of_the_day()
    {
        // The March 2026 result (2025/26) looked at in mid-April 2026, before April's has ended.
        var series = new IndicatorSeries(1, Polarity.HigherIsBetter, Frequency.Monthly, null,
            [new ResultPoint(new DateOnly(2026, 3, 1), 80m, DataQuality.Confirmed)],
            new Dictionary<int, decimal> { [2025] = 100m, [2026] = 50m });

        var line = ScorecardCalculator.Line(series, 10m, new DateOnly(2026, 4, 15));

        Assert.Equal(100m, line.Target);
        Assert.Equal(Rag.Red, line.Rag);
    }

    [Fact]
    public void Without_a_target_for_that_year_the_value_shows_but_there_is_no_rag()
    {
        var series = Monthly(Polarity.HigherIsBetter, [80m], targets: new() { [2024] = 50m });

        var line = ScorecardCalculator.Line(series, 10m, new DateOnly(2025, 4, 30));

        Assert.Equal(80m, line.Value);
        Assert.Null(line.Target);
        Assert.Equal(Rag.NoData, line.Rag);
    }

    [Theory]
    // Target 100, result 92 (8 short): amber within 10%, red within 5%.
    [InlineData(null, 10.0, Rag.Amber)]
    [InlineData(null, 5.0, Rag.Red)]
    [InlineData(10.0, 5.0, Rag.Amber)]
    [InlineData(5.0, 10.0, Rag.Red)]
    [InlineData(0.0, 10.0, Rag.Red)]
    public void The_indicators_own_tolerance_overrides_the_scorecards(double? own, double scorecard, Rag expected)
    {
        var series = new IndicatorSeries(1, Polarity.HigherIsBetter, Frequency.Monthly, (decimal?)own,
            [new ResultPoint(April2025, 92m, DataQuality.Confirmed)], new Dictionary<int, decimal> { [2025] = 100m });

        Assert.Equal(expected, ScorecardCalculator.Line(series, (decimal)scorecard, new DateOnly(2025, 4, 30)).Rag);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, Direction.Improved, Direction.Worsened)]
    [InlineData(Polarity.LowerIsBetter, Direction.Worsened, Direction.Improved)]
    public void Direction_is_since_the_previous_result_and_since_the_same_period_last_year_by_polarity(
        Polarity polarity, Direction sincePrevious, Direction sinceLastYear)
    {
        // April 2025 is 60; then 45 each month to February 2026, which is 40; March 2026 is 50.
        var values = Enumerable.Repeat(45m, 12).ToArray();
        values[0] = 60m;
        values[10] = 40m;
        values[11] = 50m;
        var series = Monthly(polarity, values);
        // The same month last year: make April 2025 the year before April 2026.
        var withApril2026 = Monthly(polarity, [.. values, 55m]);

        var march = ScorecardCalculator.Line(series, 10m, new DateOnly(2026, 3, 31));
        var april = ScorecardCalculator.Line(withApril2026, 10m, new DateOnly(2026, 4, 30));

        // March 2026 (50) after February (40), with no March 2025 to compare with.
        Assert.Equal(sincePrevious, march.SincePrevious);
        Assert.Equal(Direction.NotKnown, march.SinceLastYear);
        // April 2026 (55) after March (50) and against April 2025 (60).
        Assert.Equal(sincePrevious, april.SincePrevious);
        Assert.Equal(sinceLastYear, april.SinceLastYear);
    }

    [Fact]
    public void Last_year_is_found_by_its_period_even_when_months_are_missing_in_between()
    {
        // April 2024 = 10, then a gap (no May 2024), then June 2024 to April 2025: 11 results, not 12, before April 2025.
        List<ResultPoint> results = [new(new DateOnly(2024, 4, 1), 10m, DataQuality.Confirmed)];
        for (var m = 2; m <= 11; m++)
        {
            results.Add(new(new DateOnly(2024, 4, 1).AddMonths(m), 30m, DataQuality.Confirmed));
        }

        results.Add(new(new DateOnly(2025, 4, 1), 20m, DataQuality.Confirmed));
        var series = new IndicatorSeries(1, Polarity.HigherIsBetter, Frequency.Monthly, null, results, new Dictionary<int, decimal>());

        var line = ScorecardCalculator.Line(series, 10m, new DateOnly(2025, 4, 30));

        Assert.Equal(Direction.Improved, line.SinceLastYear); // 20 against April 2024's 10
        Assert.Equal(Direction.Worsened, line.SincePrevious); // 20 after March 2025's 30
    }

    [Fact]
    public void Equal_results_are_no_change_and_without_a_polarity_the_direction_is_not_known()
    {
        var same = ScorecardCalculator.Line(Monthly(Polarity.LowerIsBetter, [7m, 7m]), 10m, new DateOnly(2025, 5, 31));
        var noPolarity = ScorecardCalculator.Line(Monthly(null, [7m, 9m]), 10m, new DateOnly(2025, 5, 31));
        var first = ScorecardCalculator.Line(Monthly(Polarity.LowerIsBetter, [7m]), 10m, new DateOnly(2025, 4, 30));

        Assert.Equal(Direction.NoChange, same.SincePrevious);
        Assert.Equal(Direction.NotKnown, noPolarity.SincePrevious);
        Assert.Equal(9m, noPolarity.Value);
        Assert.Equal(Direction.NotKnown, first.SincePrevious);
        Assert.Equal(Direction.NotKnown, first.SinceLastYear);
    }

    [Fact]
    public void The_trend_is_the_last_eight_results_oldest_first_ending_with_the_current_one()
    {
        // April 2025 to March 2026: 1 to 12. As at 31 December the current is December (9), March's 12 is not yet ended.
        var series = Monthly(Polarity.HigherIsBetter, Enumerable.Range(1, 12).Select(v => (decimal)v).ToArray());

        var line = ScorecardCalculator.Line(series, 10m, new DateOnly(2025, 12, 31));

        Assert.Equal(ScorecardCalculator.TrendLength, line.Trend.Count);
        Assert.Equal([2m, 3m, 4m, 5m, 6m, 7m, 8m, 9m], line.Trend);
        Assert.Equal(line.Value, line.Trend[^1]);
    }

    [Fact]
    public void With_fewer_than_eight_results_the_trend_has_them_all()
    {
        var line = ScorecardCalculator.Line(Monthly(Polarity.HigherIsBetter, [3m, 1m, 2m]), 10m, new DateOnly(2025, 6, 30));

        Assert.Equal([3m, 1m, 2m], line.Trend);
    }

    [Fact]
    public void Data_in_doubt_has_no_rag_but_its_value_target_and_quality_still_show()
    {
        List<ResultPoint> results =
        [
            new(April2025, 40m, DataQuality.Confirmed),
            new(April2025.AddMonths(1), 120m, DataQuality.InDoubt),
        ];
        var series = new IndicatorSeries(1, Polarity.HigherIsBetter, Frequency.Monthly, null, results, new Dictionary<int, decimal> { [2025] = 100m });

        var line = ScorecardCalculator.Line(series, 10m, new DateOnly(2025, 5, 31));

        Assert.Equal(Rag.NoData, line.Rag);
        Assert.Equal(120m, line.Value);
        Assert.Equal(DataQuality.InDoubt, line.Quality);
        Assert.Equal(100m, line.Target);
        Assert.Equal(new DateOnly(2025, 5, 1), line.Period?.Start);
        // The same figure confirmed would be green: it is the doubt that greys it.
        var confirmed = new IndicatorSeries(1, Polarity.HigherIsBetter, Frequency.Monthly, null,
            [results[0], results[1] with { Quality = DataQuality.Confirmed }], series.Targets);
        Assert.Equal(Rag.Green, ScorecardCalculator.Line(confirmed, 10m, new DateOnly(2025, 5, 31)).Rag);
    }

    [Fact]
    public void Lines_put_red_first_then_amber_green_and_no_data_keeping_the_given_order_within_each()
    {
        // Target 100, tolerance 10%: 105 green, 95 amber, 80 red; no polarity is no data.
        (int Id, Polarity? Polarity, decimal Value)[] given =
        [
            (1, Polarity.HigherIsBetter, 105m), // green
            (2, Polarity.HigherIsBetter, 80m),  // red
            (3, null, 80m),                     // no data
            (4, Polarity.HigherIsBetter, 95m),  // amber
            (5, Polarity.LowerIsBetter, 130m),  // red
            (6, Polarity.LowerIsBetter, 90m),   // green
            (7, Polarity.LowerIsBetter, 108m),  // amber
            (8, Polarity.HigherIsBetter, 60m),  // red
            (9, null, 105m),                    // no data
        ];
        var members = given.Select(g => new IndicatorSeries(g.Id, g.Polarity, Frequency.Monthly, null,
            [new ResultPoint(April2025, g.Value, DataQuality.Confirmed)], new Dictionary<int, decimal> { [2025] = 100m }));

        var lines = ScorecardCalculator.Lines(members, 10m, new DateOnly(2025, 4, 30));

        Assert.Equal([2, 5, 8, 4, 7, 1, 6, 3, 9], lines.Select(l => l.IndicatorId));
        Assert.Equal([Rag.Red, Rag.Red, Rag.Red, Rag.Amber, Rag.Amber, Rag.Green, Rag.Green, Rag.NoData, Rag.NoData], lines.Select(l => l.Rag));
    }

    [Fact]
    public void Lines_use_the_scorecards_tolerance_for_each_member()
    {
        IndicatorSeries[] members =
        [
            new(1, Polarity.HigherIsBetter, Frequency.Monthly, null, [new(April2025, 92m, DataQuality.Confirmed)], new Dictionary<int, decimal> { [2025] = 100m }),
        ];

        Assert.Equal(Rag.Amber, Assert.Single(ScorecardCalculator.Lines(members, 10m, new DateOnly(2025, 4, 30))).Rag);
        Assert.Equal(Rag.Red, Assert.Single(ScorecardCalculator.Lines(members, 5m, new DateOnly(2025, 4, 30))).Rag);
    }

    [Fact]
    public void Severity_orders_red_amber_green_then_no_data()
    {
        Assert.True(ScorecardCalculator.Severity(Rag.Red) < ScorecardCalculator.Severity(Rag.Amber));
        Assert.True(ScorecardCalculator.Severity(Rag.Amber) < ScorecardCalculator.Severity(Rag.Green));
        Assert.True(ScorecardCalculator.Severity(Rag.Green) < ScorecardCalculator.Severity(Rag.NoData));
    }

    /// <summary>Indicator 7: monthly results from April 2025, one a month, in order.</summary>
    private static IndicatorSeries Monthly(Polarity? polarity, decimal[] values, Dictionary<int, decimal>? targets = null) =>
        new(7, polarity, Frequency.Monthly, null,
            [.. values.Select((v, i) => new ResultPoint(April2025.AddMonths(i), v, DataQuality.Confirmed))],
            targets ?? new Dictionary<int, decimal> { [2025] = 50m });

    private static IndicatorSeries Monthly(Polarity? polarity, decimal value) => Monthly(polarity, [value]);
}
