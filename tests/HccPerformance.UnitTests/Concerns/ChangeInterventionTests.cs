using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.UnitTests.Concerns;

/// <summary>CPEG changes an intervention after a report-back (4.16): a new officer, or a new frequency that reschedules.</summary>
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
    public void A_new_frequency_reschedules_what_is_not_yet_due_and_keeps_what_was_sent_or_is_overdue()
    {
        var (concern, intervention) = Assigned(5, 2);
        intervention.ReportBacks[0].Submit("Plan drafted", null, Rag.Amber, new DateOnly(2009, 9, 10));
        var changedOn = new DateOnly(2009, 12, 1);

        concern.ChangeIntervention(intervention.Id, Item(5), "first.officer", 3, changedOn);

        Assert.Equal(3, intervention.FrequencyMonths);
        Assert.Equal(
            [new DateOnly(2009, 9, 15), new DateOnly(2009, 11, 15), new DateOnly(2010, 3, 1), new DateOnly(2010, 6, 1), new DateOnly(2010, 9, 1), new DateOnly(2010, 12, 1)],
            intervention.ReportBacks.Select(r => r.DueOn));
        Assert.Equal("Plan drafted", intervention.ReportBacks[0].Progress);
        Assert.True(intervention.ReportBacks[1].IsOverdue(changedOn));
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
        Assert.Contains("every 3 months", category.Message, StringComparison.Ordinal);
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
