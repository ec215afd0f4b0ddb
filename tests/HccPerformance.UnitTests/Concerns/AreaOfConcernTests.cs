using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.UnitTests.Concerns;

/// <summary>The lifecycle of an area of concern (issue 7): locally important first, then interventions and report-backs.</summary>
public sealed class AreaOfConcernTests
{
    private static readonly DateOnly Day = new(2009, 7, 15);

    private static AreaOfConcern Concern() =>
        new("NI 192 recycling below target", 3, ConcernSource.Indicator, 42, "Q1 2009/10: 31.2% against a target of 38%", Day, "head.of.improvement");

    private static MenuItem Item(int number) => MenuItem.AppendixTwo().Single(m => m.Number == number);

    [Fact]
    public void The_menu_is_Appendix_Two_with_the_categories_intervals()
    {
        var menu = MenuItem.AppendixTwo();

        Assert.Equal(Enumerable.Range(1, 20), menu.Select(m => m.Number));
        Assert.Equal([6, 3, 2, 1], menu.Take(4).Select(m => m.ReportBackMonths!.Value));
        Assert.All(menu.Skip(4), m => Assert.Null(m.ReportBackMonths));
        Assert.Equal("Strategic action plan", menu[4].Name);
        Assert.Equal("refer to the Executive Member for Efficiency, Performance and Rural Policy", menu[13].Description);
    }

    [Fact]
    public void No_intervention_before_CPEG_decides_the_concern_matters_locally()
    {
        var concern = Concern();

        var refused = Assert.Throws<DomainException>(() => concern.Assign(Item(2), "officer", null, Day));

        Assert.Contains("matters locally", refused.Message, StringComparison.Ordinal);
        Assert.Empty(concern.Interventions);
    }

    [Fact]
    public void A_concern_not_important_locally_closes_with_its_reason_and_takes_no_interventions()
    {
        var concern = Concern();

        concern.DecideLocalImportance(false, "A national dip the council shares; no local cause.", Day);

        Assert.Equal(ConcernStatus.NotImportantLocally, concern.Status);
        Assert.Equal(Day, concern.ClosedOn);
        Assert.Equal("A national dip the council shares; no local cause.", concern.LocalImportanceReason);
        Assert.Throws<DomainException>(() => concern.Assign(Item(2), "officer", null, Day));
        Assert.Throws<DomainException>(() => concern.DecideLocalImportance(true, "Changed our minds", Day));
    }

    [Theory]
    [InlineData(1, null, new[] { "2010-01-15" })]
    [InlineData(2, null, new[] { "2009-10-15" })]
    [InlineData(4, null, new[] { "2009-08-15" })]
    [InlineData(5, 2, new[] { "2009-09-15" })]
    public void The_first_report_back_is_due_within_the_category_given_one_at_a_time(int number, int? frequency, string[] expected)
    {
        var concern = Concern();
        concern.DecideLocalImportance(true, "Recycling is a Cabinet priority.", Day);

        var intervention = concern.Assign(Item(number), "officer", frequency, Day);

        Assert.Equal(expected.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)), intervention.ReportBacks.Select(r => r.DueOn));
    }

    [Fact]
    public void An_item_without_a_category_needs_one_and_a_retired_item_cannot_be_assigned()
    {
        var concern = Concern();
        concern.DecideLocalImportance(true, "Recycling is a Cabinet priority.", Day);
        var retired = Item(8);
        retired.Retire(Day, "Mystery shopping contract ended");

        Assert.Equal(nameof(Intervention.FrequencyMonths), Assert.Throws<DomainException>(() => concern.Assign(Item(7), "officer", null, Day)).Field);
        Assert.Equal(nameof(Intervention.FrequencyMonths), Assert.Throws<DomainException>(() => concern.Assign(Item(7), "officer", 4, Day)).Field);
        Assert.Contains("retired", Assert.Throws<DomainException>(() => concern.Assign(retired, "officer", 3, Day)).Message, StringComparison.Ordinal);
        Assert.Empty(concern.Interventions);
    }

    [Fact]
    public void A_report_back_is_overdue_after_its_date_until_submitted()
    {
        var concern = Concern();
        concern.DecideLocalImportance(true, "Recycling is a Cabinet priority.", Day);
        var first = concern.Assign(Item(4), "officer", null, Day).ReportBacks[0];

        Assert.Empty(concern.OverdueReportBacks(first.DueOn));
        Assert.Single(concern.OverdueReportBacks(first.DueOn.AddDays(1)));

        first.Submit("Kerbside glass collections restored in two districts.", "Tonnage returns for August", Rag.Amber, first.DueOn.AddDays(2));
        Assert.Empty(concern.OverdueReportBacks(first.DueOn.AddDays(3)));
    }

    [Fact]
    public void CPEG_reviews_a_report_back_and_an_accepted_one_is_final()
    {
        var concern = Concern();
        concern.DecideLocalImportance(true, "Recycling is a Cabinet priority.", Day);
        var report = concern.Assign(Item(4), "officer", null, Day).ReportBacks[0];

        Assert.Throws<DomainException>(() => report.ReviewAs(ReportBackReview.Accepted, null, Day));
        report.Submit("Progress", null, Rag.Green, Day);
        Assert.Equal(nameof(ReportBack.ReviewNote), Assert.Throws<DomainException>(() => report.ReviewAs(ReportBackReview.MoreAsked, " ", Day)).Field);
        report.ReviewAs(ReportBackReview.Accepted, null, Day);

        Assert.Throws<DomainException>(() => report.Submit("Changed", null, Rag.Red, Day));
        Assert.Equal("Progress", report.Progress);
    }

    [Fact]
    public void Closing_needs_an_outcome_and_a_decided_open_concern()
    {
        var raised = Concern();
        Assert.Throws<DomainException>(() => raised.Close(ConcernOutcome.Improved, "Improved", Day));

        var concern = Concern();
        concern.DecideLocalImportance(true, "Recycling is a Cabinet priority.", Day);
        Assert.Equal(nameof(AreaOfConcern.Outcome), Assert.Throws<DomainException>(() => concern.Close(ConcernOutcome.Held, "  ", Day)).Field);
        Assert.Equal(nameof(AreaOfConcern.OutcomeKind), Assert.Throws<DomainException>(() => concern.Close(null, "Improved", Day)).Field);
        Assert.Equal(ConcernStatus.Active, concern.Status);

        concern.Close(ConcernOutcome.Improved, "Improved: 39% in Q3, above target.", Day.AddMonths(6));
        Assert.Equal(ConcernStatus.Closed, concern.Status);
        Assert.Throws<DomainException>(() => concern.Close(ConcernOutcome.Improved, "Again", Day));
        Assert.Throws<DomainException>(() => concern.Escalate(EscalatedTo.Cabinet, "Too late", Day));
    }

    [Fact]
    public void A_concern_from_a_record_keeps_its_link_and_an_escalation_is_recorded()
    {
        Assert.Throws<DomainException>(() => new AreaOfConcern("Unlinked", null, ConcernSource.Risk, null, "Evidence", Day, "x"));
        var concern = Concern();
        concern.DecideLocalImportance(true, "Recycling is a Cabinet priority.", Day);

        concern.Escalate(EscalatedTo.Cabinet, "Third quarter red; needs Cabinet's backing for the new depot.", Day);

        var escalation = Assert.Single(concern.Escalations);
        Assert.Equal(EscalatedTo.Cabinet, escalation.Body);
        Assert.Equal(42, concern.SourceId);
    }
}
