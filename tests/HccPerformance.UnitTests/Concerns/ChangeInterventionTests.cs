using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.UnitTests.Concerns;

/// <summary>CPEG changes an intervention after a report-back (4.16): a new officer, or a new category that moves the report-back owed.</summary>
public sealed class ChangeInterventionTests
{
    private static readonly DateOnly Day = new(2009, 7, 15);

    private static (AreaOfConcern Concern, Intervention Intervention) Assigned(int number, int? frequency)
    {
        var concern = new AreaOfConcern("NI 192 recycling below target", 3, ConcernSource.Indicator, 42, "31.2% against 38%", Day, "head.of.improvement");
        concern.DecideLocalImportance(true, "Recycling is a council priority.", Day);
        return (concern, concern.Assign(Item(number), "first.officer", frequency, Day));
    }

    private static MenuItem Item(int number) => MenuItem.AppendixTwo().Single(m => m.Number == number);

    [Fact]
    public void A_new_category_moves_the_report_back_owed_to_within_its_months_of_the_change()
    {
        var (concern, intervention) = Assigned(5, 2);
        var changedOn = new DateOnly(2009, 8, 31);

        concern.ChangeIntervention(intervention.Id, Item(5), "first.officer", 6, changedOn);

        Assert.Equal(6, intervention.FrequencyMonths);
        Assert.Equal([new DateOnly(2010, 2, 28)], intervention.ReportBacks.Select(r => r.DueOn));
    }

    [Fact]
    public void A_new_category_leaves_an_overdue_report_back_owed_as_it_was()
    {
        var (concern, intervention) = Assigned(5, 1);
        var changedOn = new DateOnly(2009, 9, 1);

        concern.ChangeIntervention(intervention.Id, Item(5), "first.officer", 3, changedOn);

        Assert.Equal([new DateOnly(2009, 8, 15)], intervention.ReportBacks.Select(r => r.DueOn));
        Assert.True(intervention.ReportBacks[0].IsOverdue(changedOn));
    }

    [Fact]
    public void A_new_officer_answers_for_every_report_back_still_owed_and_the_dates_stay()
    {
        var (concern, intervention) = Assigned(2, null);
        var dates = intervention.ReportBacks.Select(r => r.DueOn).ToList();

        concern.ChangeIntervention(intervention.Id, Item(2), "second.officer", null, Day.AddMonths(1));

        Assert.Equal("second.officer", intervention.ResponsibleUserId);
        Assert.Equal(dates, intervention.ReportBacks.Select(r => r.DueOn));
    }

    [Fact]
    public void A_category_keeps_its_own_interval_and_a_change_that_changes_nothing_is_refused()
    {
        var (concern, intervention) = Assigned(2, null);

        var category = Assert.Throws<DomainException>(() => concern.ChangeIntervention(intervention.Id, Item(2), "first.officer", 1, Day));
        var nothing = Assert.Throws<DomainException>(() => concern.ChangeIntervention(intervention.Id, Item(2), "first.officer", null, Day));

        Assert.Equal(nameof(Intervention.FrequencyMonths), category.Field);
        Assert.Contains("within 3 months", category.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(Intervention.ResponsibleUserId), nothing.Field);
        Assert.Equal(3, intervention.FrequencyMonths);
    }

    [Fact]
    public void A_closed_concern_keeps_its_interventions_as_they_were()
    {
        var (concern, intervention) = Assigned(5, 2);
        concern.Close(ConcernOutcome.Improved, "Back above target for two quarters.", Day.AddMonths(6));

        Assert.Throws<DomainException>(() => concern.ChangeIntervention(intervention.Id, Item(5), "second.officer", 2, Day.AddMonths(7)));
        Assert.Equal("first.officer", intervention.ResponsibleUserId);
    }
}
