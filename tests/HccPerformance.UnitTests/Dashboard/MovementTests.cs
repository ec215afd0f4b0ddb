using HccPerformance.Core.Dashboard;

namespace HccPerformance.UnitTests.Dashboard;

/// <summary>A box's direction since last quarter (issue 18): in words a reader can act on, whichever way is better.</summary>
public sealed class MovementTests
{
    [Fact]
    public void Fewer_reds_than_last_quarter_is_better_and_says_from_what()
    {
        var movement = Movement.Of(3, 5, "red", "Quarter 1 2009/10");

        Assert.Equal(BoxDirection.Better, movement.Direction);
        Assert.Equal("Better: 3 red, down from 5 at the end of Quarter 1 2009/10.", movement.Words);
        Assert.Equal("Better, was 5", movement.Brief);
    }

    [Fact]
    public void More_reds_is_worse()
    {
        var movement = Movement.Of(6, 2, "red", "Quarter 4 2008/09");

        Assert.Equal(BoxDirection.Worse, movement.Direction);
        Assert.StartsWith("Worse: 6 red, up from 2", movement.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_figure_is_the_same()
    {
        var movement = Movement.Of(4, 4, "overdue", "Quarter 2 2009/10");

        Assert.Equal(BoxDirection.Same, movement.Direction);
        Assert.Equal("Same as Quarter 2 2009/10", movement.Brief);
    }

    [Fact]
    public void A_higher_score_is_better_where_higher_is_better()
    {
        var movement = Movement.Of(2.75m, 2.5m, "out of 4", "2008/09", lowerIsBetter: false, format: "0.00");

        Assert.Equal(BoxDirection.Better, movement.Direction);
        Assert.Equal("Better: 2.75 out of 4, up from 2.50 at the end of 2008/09.", movement.Words);
    }

    [Fact]
    public void With_no_earlier_figure_the_direction_is_not_known_and_says_so()
    {
        Assert.Equal(BoxDirection.NotKnown, Movement.Of(3, null, "red", "Quarter 1 2009/10").Direction);
        Assert.Equal(BoxDirection.NotKnown, Movement.Of(3, 1, "red", null).Direction);
        Assert.Equal("No earlier figure", Movement.Of(3, null, "red", null).Brief);
    }

    [Fact]
    public void A_count_that_is_neither_good_nor_bad_news_says_more_or_fewer_never_better_or_worse()
    {
        var more = Movement.Neutral(3, 1, "new intelligence", "Quarter 1 2009/10");
        var fewer = Movement.Neutral(0, 2, "new intelligence", "Quarter 1 2009/10");

        Assert.Equal(BoxDirection.More, more.Direction);
        Assert.Equal("More, was 1", more.Brief);
        Assert.Equal("More: 3 new intelligence, up from 1 in Quarter 1 2009/10; neither better nor worse in itself.", more.Words);
        Assert.Equal(BoxDirection.Fewer, fewer.Direction);
        Assert.Equal("Fewer, was 2", fewer.Brief);
        Assert.Equal(BoxDirection.Same, Movement.Neutral(2, 2, "new intelligence", "Quarter 1 2009/10").Direction);
        Assert.Equal(BoxDirection.NotKnown, Movement.Neutral(2, null, "new intelligence", "Quarter 1 2009/10").Direction);
    }
}
