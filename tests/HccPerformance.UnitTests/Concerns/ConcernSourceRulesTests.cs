using HccPerformance.Core.Concerns;
using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.UnitTests.Concerns;

/// <summary>Which records raise concerns, where a concern links back to, and a report-back reminded once (issue 7).</summary>
public sealed class ConcernSourceRulesTests
{
    private static readonly DateOnly Day = new(2009, 7, 15);

    [Theory]
    [InlineData(ItemSection.AreaForImprovement, true)]
    [InlineData(ItemSection.Risk, true)]
    [InlineData(ItemSection.Strength, false)]
    [InlineData(ItemSection.Action, false)]
    public void Only_what_needs_improving_or_is_at_risk_in_a_self_assessment_raises_a_concern(ItemSection section, bool qualifies) =>
        Assert.Equal(qualifies, ConcernSources.Qualifies(section));

    [Theory]
    [InlineData(ConcernSource.Indicator, "/indicators/7")]
    [InlineData(ConcernSource.Risk, "/risks/7")]
    [InlineData(ConcernSource.Recommendation, "/inspections/recommendations/7")]
    [InlineData(ConcernSource.Benchmark, "/benchmarking/7")]
    [InlineData(ConcernSource.PlanArea, "/plan/areas/7")]
    public void A_concern_links_back_to_the_page_of_its_source(ConcernSource source, string link) =>
        Assert.Equal(link, ConcernSources.LinkTo(source, 7));

    [Fact]
    public void A_concern_raised_by_hand_links_nowhere() => Assert.Null(ConcernSources.LinkTo(ConcernSource.ByHand, null));

    [Fact]
    public void A_report_back_keeps_the_day_its_officer_was_first_reminded()
    {
        var concern = new AreaOfConcern("Test", null, ConcernSource.ByHand, null, "Red", Day, "cpeg.member");
        concern.DecideLocalImportance(true, "Matters", Day);
        var reportBack = concern.Assign(MenuItem.AppendixTwo()[3], "officer", null, Day).ReportBacks[0];

        reportBack.MarkReminded(Day.AddDays(24));
        reportBack.MarkReminded(Day.AddDays(25));

        Assert.Equal(Day.AddDays(24), reportBack.ReminderSentOn);
    }
}
