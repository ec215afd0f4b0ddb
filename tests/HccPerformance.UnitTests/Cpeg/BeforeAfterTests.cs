using HccPerformance.Core.Concerns;
using HccPerformance.Core.Indicators;

namespace HccPerformance.UnitTests.Cpeg;

/// <summary>Is it working? (seed 3.8): an indicator's results before and after CPEG's first intervention.</summary>
public sealed class BeforeAfterTests
{
    private static readonly DateOnly Intervened = new(2009, 7, 15);

    /// <summary>Quarterly results, the periods ending 30 Jun 2008, 30 Sep 2008 ... one per figure.</summary>
    private static List<PeriodResult> Quarters(params decimal[] values) =>
        [.. values.Select((v, i) => new PeriodResult(new DateOnly(2008, 4, 1).AddMonths(3 * (i + 1)).AddDays(-1), v))];

    [Fact]
    public void Higher_is_better_a_rise_since_the_intervention_is_better()
    {
        // Periods ending Jun 08 to Jun 09 are before 15 Jul 09; Sep 09 and Dec 09 after.
        var result = BeforeAfter.Compare(Quarters(30, 31, 29, 28, 27, 30, 33), Polarity.HigherIsBetter, Intervened);

        Assert.Equal([31m, 29m, 28m, 27m], result.Before.Select(r => r.Value));
        Assert.Equal([30m, 33m], result.After.Select(r => r.Value));
        Assert.Equal(BeforeAfterVerdict.Better, result.Verdict);
        Assert.Equal("Better", result.Words);
    }

    [Fact]
    public void Lower_is_better_the_same_rise_is_worse()
    {
        var result = BeforeAfter.Compare(Quarters(30, 31, 29, 28, 27, 30, 33), Polarity.LowerIsBetter, Intervened);

        Assert.Equal(BeforeAfterVerdict.Worse, result.Verdict);
        Assert.Equal("Worse", result.Words);
    }

    [Fact]
    public void Lower_is_better_a_fall_is_better_and_the_same_figure_is_no_change()
    {
        Assert.Equal(BeforeAfterVerdict.Better, BeforeAfter.Compare(Quarters(9, 8.5m, 8), Polarity.LowerIsBetter, new(2008, 10, 1)).Verdict);
        Assert.Equal(BeforeAfterVerdict.NoChange, BeforeAfter.Compare(Quarters(9, 8.5m, 8.5m), Polarity.LowerIsBetter, new(2008, 10, 1)).Verdict);
    }

    [Fact]
    public void Only_the_latest_result_since_counts_against_the_last_one_before()
    {
        // A dip then a recovery above the baseline: better, whatever happened in between.
        var result = BeforeAfter.Compare(Quarters(40, 20, 50), Polarity.HigherIsBetter, new(2008, 7, 1));

        Assert.Equal([40m], result.Before.Select(r => r.Value));
        Assert.Equal(BeforeAfterVerdict.Better, result.Verdict);
    }

    [Fact]
    public void With_no_results_since_the_intervention_it_says_so()
    {
        var result = BeforeAfter.Compare(Quarters(30, 31), Polarity.HigherIsBetter, Intervened);

        Assert.Empty(result.After);
        Assert.Equal(BeforeAfterVerdict.NoResultsAfter, result.Verdict);
        Assert.Equal("No results since the first intervention yet", result.Words);
    }

    [Fact]
    public void With_only_one_result_there_is_nothing_to_compare()
    {
        var before = BeforeAfter.Compare(Quarters(30), Polarity.HigherIsBetter, new(2008, 7, 1));
        var after = BeforeAfter.Compare(Quarters(30), Polarity.HigherIsBetter, new(2008, 6, 1));

        Assert.Equal((1, 0, BeforeAfterVerdict.NoResultsAfter), (before.Before.Count, before.After.Count, before.Verdict));
        Assert.Equal((0, 1, BeforeAfterVerdict.NoResultsBefore), (after.Before.Count, after.After.Count, after.Verdict));
        Assert.Equal(BeforeAfterVerdict.NoResultsAfter, BeforeAfter.Compare([], Polarity.HigherIsBetter, Intervened).Verdict);
    }

    [Fact]
    public void A_period_ending_on_the_day_of_the_intervention_counts_as_after_and_order_does_not_matter()
    {
        var results = Quarters(10, 12);
        results.Reverse();

        var result = BeforeAfter.Compare(results, Polarity.HigherIsBetter, new(2008, 9, 30));

        Assert.Equal([10m], result.Before.Select(r => r.Value));
        Assert.Equal([12m], result.After.Select(r => r.Value));
        Assert.Equal(BeforeAfterVerdict.Better, result.Verdict);
    }

    [Fact]
    public void Without_a_polarity_better_and_worse_cannot_be_told()
    {
        var result = BeforeAfter.Compare(Quarters(10, 12), null, new(2008, 7, 1));

        Assert.Equal(BeforeAfterVerdict.PolarityNotKnown, result.Verdict);
    }
}
