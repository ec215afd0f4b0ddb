using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.UnitTests.Concerns;

/// <summary>
/// Appendix Two: "report back to CPEG within six / three / two / one month(s)". A category sets the date by which the next
/// report-back is due, counted from CPEG's decision; one is owed at a time; after each, CPEG sets the next or ends it.
/// </summary>
public sealed class ReportBackTimingTests
{
    private static readonly DateOnly Decided = new(2009, 7, 15);

    private static MenuItem Item(int number) => MenuItem.AppendixTwo().Single(m => m.Number == number);

    private static AreaOfConcern Active()
    {
        var concern = new AreaOfConcern("NI 192 recycling below target", 3, ConcernSource.Indicator, 42, "31.2% against 38%", Decided, "cpeg.member");
        concern.DecideLocalImportance(true, "Recycling is a council priority.", Decided);
        return concern;
    }

    [Theory]
    [InlineData(1, "2010-01-15")]
    [InlineData(2, "2009-10-15")]
    [InlineData(3, "2009-09-15")]
    [InlineData(4, "2009-08-15")]
    public void Category_N_is_due_within_its_months_of_the_decision(int category, string due)
    {
        var intervention = Active().Assign(Item(category), "officer", null, Decided);

        var only = Assert.Single(intervention.ReportBacks);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), only.DueOn);
    }

    [Fact]
    public void Category_one_from_the_last_day_of_August_is_due_on_the_last_day_of_February()
    {
        var concern = new AreaOfConcern("Month end", 3, ConcernSource.ByHand, null, "Evidence", new(2009, 8, 31), "cpeg.member");
        concern.DecideLocalImportance(true, "It matters.", new(2009, 8, 31));

        Assert.Equal(new DateOnly(2010, 2, 28), concern.Assign(Item(1), "officer", null, new(2009, 8, 31)).ReportBacks[0].DueOn);
        Assert.Equal(new DateOnly(2009, 9, 30), ReportBackCategories.DueFrom(new(2009, 8, 31), 1));
    }

    [Fact]
    public void Items_five_to_twenty_take_a_category_and_no_other_interval()
    {
        var concern = Active();

        Assert.Equal(new DateOnly(2009, 10, 15), concern.Assign(Item(7), "officer", 3, Decided).ReportBacks[0].DueOn);
        foreach (var months in new int?[] { null, 4, 12, 0 })
        {
            var refused = Assert.Throws<DomainException>(() => concern.Assign(Item(8), "officer", months, Decided));
            Assert.Equal(nameof(Intervention.FrequencyMonths), refused.Field);
        }

        Assert.Throws<DomainException>(() => new MenuItem(21, "Every four months", "not a category", 4));
    }

    [Fact]
    public void After_acceptance_the_next_is_due_within_the_category_CPEG_sets_from_the_day_it_decides()
    {
        var concern = Active();
        var intervention = concern.Assign(Item(4), "officer", null, Decided);
        var first = intervention.ReportBacks[0];
        first.Submit("Collections restored in two districts.", null, Rag.Amber, new(2009, 8, 12));

        var next = concern.ReviewReportBack(first.Id, ReportBackReview.Accepted, null, 2, new(2009, 8, 20));

        Assert.Equal(new DateOnly(2009, 10, 20), next!.DueOn);
        Assert.Equal(2, intervention.FrequencyMonths);
        Assert.Equal([new DateOnly(2009, 8, 15), new DateOnly(2009, 10, 20)], intervention.ReportBacks.Select(r => r.DueOn));
        Assert.Equal(ReportBackReview.Accepted, first.Review);
    }

    [Fact]
    public void Accepting_and_ending_the_intervention_leaves_nothing_owed()
    {
        var concern = Active();
        var intervention = concern.Assign(Item(2), "officer", null, Decided);
        var first = intervention.ReportBacks[0];
        first.Submit("Back on target.", null, Rag.Green, new(2009, 10, 1));

        Assert.Null(concern.ReviewReportBack(first.Id, ReportBackReview.Accepted, null, 0, new(2009, 10, 8)));

        Assert.Equal(new DateOnly(2009, 10, 8), intervention.EndedOn);
        Assert.Null(intervention.Owed);
        Assert.Single(intervention.ReportBacks);
        Assert.Throws<DomainException>(() => concern.ChangeIntervention(intervention.Id, Item(2), "someone.else", null, new(2009, 10, 9)));
    }

    [Fact]
    public void Accepting_needs_what_comes_next_and_asking_for_more_keeps_the_same_report_back()
    {
        var concern = Active();
        var intervention = concern.Assign(Item(4), "officer", null, Decided);
        var first = intervention.ReportBacks[0];
        first.Submit("Some progress.", null, Rag.Amber, new(2009, 8, 12));

        Assert.Equal(nameof(ReportBackReviewInput.NextMonths),
            Assert.Throws<DomainException>(() => concern.ReviewReportBack(first.Id, ReportBackReview.Accepted, null, null, new(2009, 8, 20))).Field);
        Assert.Throws<DomainException>(() => concern.ReviewReportBack(first.Id, ReportBackReview.Accepted, null, 5, new(2009, 8, 20)));
        Assert.Null(first.Review);

        Assert.Null(concern.ReviewReportBack(first.Id, ReportBackReview.MoreAsked, "Give each district's figures.", null, new(2009, 8, 20)));
        Assert.Single(intervention.ReportBacks);
        Assert.Equal(first, intervention.NextToReport(new(2009, 8, 21)));
    }

    [Fact]
    public void A_report_back_stays_due_soon_from_a_month_before_and_a_category_change_moves_its_reminder()
    {
        var concern = Active();
        var intervention = concern.Assign(Item(9), "officer", 6, Decided);
        var owed = intervention.ReportBacks[0];
        owed.MarkReminded(new(2010, 1, 10));

        Assert.False(owed.IsDueSoon(new(2009, 12, 14)));
        Assert.True(owed.IsDueSoon(new(2009, 12, 15)));

        concern.ChangeIntervention(intervention.Id, Item(9), "officer", 1, new(2009, 9, 1));
        Assert.Equal(new DateOnly(2009, 10, 1), owed.DueOn);
        Assert.Null(owed.ReminderSentOn);
    }
}
