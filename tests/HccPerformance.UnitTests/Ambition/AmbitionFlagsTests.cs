using HccPerformance.Core.Ambition;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Core.Indicators;

namespace HccPerformance.UnitTests.Ambition;

/// <summary>CPEG's test of whether a target is ambitious enough: each flag, by polarity both ways, and missing data.</summary>
public sealed class AmbitionFlagsTests
{
    private const int Year = 2010;

    // Eight comparators, 10 to 80: the median is 45.
    private static readonly decimal[] Club = [10m, 20m, 30m, 40m, 50m, 60m, 70m, 80m];

    [Fact]
    public void A_target_below_last_years_result_is_flagged_when_higher_is_better()
    {
        var check = AmbitionFlags.Assess(Polarity.HigherIsBetter, 60m, Year, 65m, Club, null);

        Assert.Equal([AmbitionFlags.BelowCurrent], check.Flags);
    }

    [Fact]
    public void A_target_above_last_years_result_is_flagged_when_lower_is_better()
    {
        var check = AmbitionFlags.Assess(Polarity.LowerIsBetter, 30m, Year, 25m, Club, null);

        Assert.Equal([AmbitionFlags.BelowCurrent], check.Flags);
    }

    [Fact]
    public void A_target_equal_to_last_years_result_is_not_flagged()
    {
        Assert.Empty(AmbitionFlags.Assess(Polarity.HigherIsBetter, 60m, Year, 60m, Club, null).Flags);
        Assert.Empty(AmbitionFlags.Assess(Polarity.LowerIsBetter, 30m, Year, 30m, Club, null).Flags);
    }

    [Fact]
    public void A_target_worse_than_the_comparators_median_is_flagged_by_polarity()
    {
        Assert.Equal(45m, AmbitionFlags.Assess(Polarity.HigherIsBetter, 44m, Year, 40m, Club, null).Median);
        Assert.Equal([AmbitionFlags.BelowMedian], AmbitionFlags.Assess(Polarity.HigherIsBetter, 44m, Year, 40m, Club, null).Flags);
        Assert.Empty(AmbitionFlags.Assess(Polarity.LowerIsBetter, 44m, Year, 50m, Club, null).Flags);
        Assert.Equal([AmbitionFlags.BelowMedian], AmbitionFlags.Assess(Polarity.LowerIsBetter, 46m, Year, 50m, Club, null).Flags);
    }

    [Fact]
    public void A_target_short_of_a_figure_ambition_is_flagged_by_polarity()
    {
        var higher = AmbitionFlags.Assess(Polarity.HigherIsBetter, 70m, Year, 65m, Club, new AmbitionLevel(Year, null, 75m));
        var lower = AmbitionFlags.Assess(Polarity.LowerIsBetter, 20m, Year, 25m, Club, new AmbitionLevel(Year, null, 15m));
        var reaches = AmbitionFlags.Assess(Polarity.LowerIsBetter, 15m, Year, 25m, Club, new AmbitionLevel(Year, null, 15m));

        Assert.Equal([AmbitionFlags.ShortOfAmbition], higher.Flags);
        Assert.Equal([AmbitionFlags.ShortOfAmbition], lower.Flags);
        Assert.Empty(reaches.Flags);
        Assert.Equal(AmbitionStanding.Reaches, reaches.Standing);
    }

    [Fact]
    public void A_target_outside_the_ambitions_quartile_is_short_of_it_and_one_inside_is_not()
    {
        var top = new AmbitionLevel(Year, Quartile.Top, null);

        // Higher is better: 60 has two comparators better (70, 80) of nine places, 2/9, the top quartile; 55 has three, the second.
        Assert.Empty(AmbitionFlags.Assess(Polarity.HigherIsBetter, 60m, Year, 50m, Club, top).Flags);
        Assert.Equal([AmbitionFlags.ShortOfAmbition], AmbitionFlags.Assess(Polarity.HigherIsBetter, 55m, Year, 50m, Club, top).Flags);

        // Lower is better: the mirror image.
        Assert.Empty(AmbitionFlags.Assess(Polarity.LowerIsBetter, 30m, Year, 40m, Club, top).Flags);
        Assert.Equal([AmbitionFlags.ShortOfAmbition], AmbitionFlags.Assess(Polarity.LowerIsBetter, 35m, Year, 40m, Club, top).Flags);
    }

    [Fact]
    public void Quartile_boundaries_agree_with_the_benchmarking_pages_quartiles()
    {
        var higher = AmbitionFlags.Boundaries(Club, Polarity.HigherIsBetter);
        var lower = AmbitionFlags.Boundaries(Club, Polarity.LowerIsBetter);

        Assert.Equal(60m, higher[Quartile.Top]);
        Assert.Equal(30m, lower[Quartile.Top]);
        foreach (var (quartile, bound) in higher)
        {
            Assert.True(Quartiles.Of(bound, Club, Polarity.HigherIsBetter) <= quartile);
        }
    }

    [Fact]
    public void Missing_data_gives_no_flag_but_says_what_is_missing()
    {
        var noResult = AmbitionFlags.Assess(Polarity.HigherIsBetter, 1m, Year, null, [], new AmbitionLevel(Year, Quartile.Top, null));
        var fewComparators = AmbitionFlags.Assess(Polarity.HigherIsBetter, 1m, Year, null, [50m, 60m], null);
        var noPolarity = AmbitionFlags.Assess(null, 1m, Year, 99m, Club, new AmbitionLevel(Year, null, 99m));

        Assert.Empty(noResult.Flags);
        Assert.Contains(AmbitionFlags.NoResult, noResult.Notes);
        Assert.Contains(AmbitionFlags.NoBenchmark, noResult.Notes);
        Assert.Equal(AmbitionStanding.CannotTell, noResult.Standing);
        Assert.Null(noResult.Median);
        Assert.Empty(fewComparators.Flags);
        Assert.Contains(AmbitionFlags.FewComparators, fewComparators.Notes);
        Assert.Empty(noPolarity.Flags);
        Assert.Contains(AmbitionFlags.NoPolarity, noPolarity.Notes);
    }

    [Fact]
    public void An_ambition_for_a_later_year_does_not_flag_this_years_target_and_one_in_words_is_for_people_to_judge()
    {
        var later = AmbitionFlags.Assess(Polarity.HigherIsBetter, 10m, Year, 5m, Club, new AmbitionLevel(Year + 1, Quartile.Top, null));
        var words = AmbitionFlags.Assess(Polarity.HigherIsBetter, 10m, Year, 5m, Club, new AmbitionLevel(Year, null, null));

        Assert.DoesNotContain(AmbitionFlags.ShortOfAmbition, later.Flags);
        Assert.Equal(AmbitionStanding.NotYetDue, later.Standing);
        Assert.Contains(later.Notes, n => n.Contains("2011/12", StringComparison.Ordinal));
        Assert.Equal(AmbitionStanding.WordsOnly, words.Standing);
        Assert.DoesNotContain(AmbitionFlags.ShortOfAmbition, words.Flags);
    }

    [Fact]
    public void Every_flag_at_once()
    {
        var check = AmbitionFlags.Assess(Polarity.HigherIsBetter, 30m, Year, 40m, Club, new AmbitionLevel(Year, Quartile.Top, null));

        Assert.Equal([AmbitionFlags.BelowCurrent, AmbitionFlags.BelowMedian, AmbitionFlags.ShortOfAmbition], check.Flags);
        Assert.True(check.IsFlagged);
    }

    [Fact]
    public void An_ambition_needs_words_and_takes_a_quartile_or_a_figure_not_both_and_a_plan_area_neither()
    {
        static Core.Ambition.Ambition Make(AmbitionSubject subject, string position, Quartile? quartile, decimal? figure) =>
            new(subject, 1, AmbitionKind.Council, position, quartile, figure, Year, new DateOnly(2010, 1, 1), "id", "Leader", DateTime.UtcNow);

        Assert.Equal("Position", Assert.Throws<DomainException>(() => Make(AmbitionSubject.Indicator, " ", null, null)).Field);
        Assert.Equal("Figure", Assert.Throws<DomainException>(() => Make(AmbitionSubject.Indicator, "Top", Quartile.Top, 5m)).Field);
        Assert.Throws<DomainException>(() => Make(AmbitionSubject.PlanArea, "Top", Quartile.Top, null));
        Assert.Equal("Top quartile", Make(AmbitionSubject.Indicator, "  Top quartile ", Quartile.Top, null).Position);
    }

    [Fact]
    public void The_input_validator_asks_for_the_position_and_the_year_and_refuses_both_levels()
    {
        var validator = new AmbitionInputValidator();

        var empty = validator.Validate(new AmbitionInput());
        var both = validator.Validate(new AmbitionInput { Position = "Top", ForYear = Year, Quartile = Quartile.Top, Figure = 3m });
        var tooLong = validator.Validate(new AmbitionInput { Position = new string('x', AmbitionLimits.Position + 1), ForYear = Year });

        Assert.Contains(empty.Errors, e => e.PropertyName == "Position");
        Assert.Contains(empty.Errors, e => e.PropertyName == "ForYear");
        Assert.Contains(both.Errors, e => e.PropertyName == "Figure" && e.ErrorMessage == "Give a quartile or a figure, not both");
        Assert.Contains(tooLong.Errors, e => e.PropertyName == "Position");
    }
}
