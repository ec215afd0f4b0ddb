using HccPerformance.Core.Common;
using HccPerformance.Core.Indicators;

namespace HccPerformance.UnitTests.Indicators;

public sealed class RagRuleTests
{
    [Theory]
    // Higher is better, target 50, tolerance 10% (5 points).
    [InlineData(55, Polarity.HigherIsBetter, Rag.Green)]
    [InlineData(50, Polarity.HigherIsBetter, Rag.Green)]
    [InlineData(49.99, Polarity.HigherIsBetter, Rag.Amber)]
    [InlineData(45, Polarity.HigherIsBetter, Rag.Amber)]
    [InlineData(44.99, Polarity.HigherIsBetter, Rag.Red)]
    // Lower is better, the same target and tolerance.
    [InlineData(45, Polarity.LowerIsBetter, Rag.Green)]
    [InlineData(50, Polarity.LowerIsBetter, Rag.Green)]
    [InlineData(55, Polarity.LowerIsBetter, Rag.Amber)]
    [InlineData(55.01, Polarity.LowerIsBetter, Rag.Red)]
    public void On_target_is_green_within_tolerance_amber_beyond_it_red_honouring_polarity(double value, Polarity polarity, Rag expected)
    {
        Assert.Equal(expected, RagRule.Assess((decimal)value, 50m, polarity, 10m, DataQuality.Confirmed));
    }

    [Theory]
    [InlineData(null, 50.0, Polarity.HigherIsBetter, DataQuality.Confirmed)]
    [InlineData(60.0, null, Polarity.HigherIsBetter, DataQuality.Confirmed)]
    [InlineData(60.0, 50.0, null, DataQuality.Confirmed)]
    [InlineData(60.0, 50.0, Polarity.HigherIsBetter, DataQuality.InDoubt)]
    public void No_result_no_target_no_polarity_or_doubtful_data_is_grey(double? value, double? target, Polarity? polarity, DataQuality quality)
    {
        Assert.Equal(Rag.NoData, RagRule.Assess((decimal?)value, (decimal?)target, polarity, 10m, quality));
    }

    [Fact]
    public void An_estimate_is_still_rated()
    {
        Assert.Equal(Rag.Green, RagRule.Assess(60m, 50m, Polarity.HigherIsBetter, 5m, DataQuality.Estimated));
    }

    [Fact]
    public void With_no_tolerance_anything_off_target_is_red_and_a_zero_target_has_none()
    {
        Assert.Equal(Rag.Red, RagRule.Assess(49.9m, 50m, Polarity.HigherIsBetter, 0m, DataQuality.Confirmed));
        Assert.Equal(Rag.Red, RagRule.Assess(0.1m, 0m, Polarity.LowerIsBetter, 10m, DataQuality.Confirmed));
        Assert.Equal(Rag.Green, RagRule.Assess(0m, 0m, Polarity.LowerIsBetter, 10m, DataQuality.Confirmed));
    }

    [Theory]
    [InlineData(60, 50, Polarity.HigherIsBetter, Direction.Improved)]
    [InlineData(40, 50, Polarity.HigherIsBetter, Direction.Worsened)]
    [InlineData(40, 50, Polarity.LowerIsBetter, Direction.Improved)]
    [InlineData(60, 50, Polarity.LowerIsBetter, Direction.Worsened)]
    [InlineData(50, 50, Polarity.LowerIsBetter, Direction.NoChange)]
    public void Direction_of_travel_honours_polarity(double now, double before, Polarity polarity, Direction expected)
    {
        Assert.Equal(expected, RagRule.Travel((decimal)now, (decimal)before, polarity));
    }

    [Fact]
    public void Direction_is_not_known_without_both_results_and_a_polarity()
    {
        Assert.Equal(Direction.NotKnown, RagRule.Travel(5m, null, Polarity.HigherIsBetter));
        Assert.Equal(Direction.NotKnown, RagRule.Travel(5m, 4m, null));
    }

    [Fact]
    public void A_tolerance_outside_0_to_100_percent_is_refused()
    {
        var indicator = new Indicator("NI 192", "Percentage of household waste sent for reuse, recycling and composting", Polarity.HigherIsBetter,
            Frequency.Quarterly, IndicatorSource.Council, isNational: true);

        Assert.Equal(nameof(Indicator.AmberTolerancePercent), Assert.Throws<DomainException>(() => indicator.SetTolerance(120m)).Field);
        indicator.SetTolerance(5m);
        Assert.Equal(5m, indicator.AmberTolerancePercent);
    }
}
