using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Dashboard;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Inspections;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Outcomes;
using HccPerformance.Core.Risks;

namespace HccPerformance.UnitTests.Dashboard;

/// <summary>Which boxes a change invalidates (issue 18): only those whose data it touched, and every box when in doubt.</summary>
public sealed class DashboardBoxesTests
{
    [Fact]
    public void A_plan_progress_entry_touches_only_the_plan_box()
    {
        Assert.Equal([DashboardBoxes.Plan], DashboardBoxes.Touched(typeof(ProgressUpdate)));
        Assert.Equal([DashboardBoxes.Plan], DashboardBoxes.Touched(typeof(PriorityArea)));
    }

    [Fact]
    public void Each_register_touches_its_own_box()
    {
        Assert.Equal([DashboardBoxes.Risks], DashboardBoxes.Touched(typeof(Risk)));
        Assert.Equal([DashboardBoxes.Emerging], DashboardBoxes.Touched(typeof(EmergingRisk)));
        Assert.Equal([DashboardBoxes.Inspections], DashboardBoxes.Touched(typeof(Recommendation)));
        Assert.Equal([DashboardBoxes.Aalborg], DashboardBoxes.Touched(typeof(AalborgScore)));
        Assert.Equal([DashboardBoxes.CaseStudies], DashboardBoxes.Touched(typeof(CaseStudy)));
        Assert.Equal([DashboardBoxes.Concerns], DashboardBoxes.Touched(typeof(HccPerformance.Core.Concerns.AreaOfConcern)));
        Assert.Equal([DashboardBoxes.Benchmarking], DashboardBoxes.Touched(typeof(BenchmarkResult)));
    }

    [Fact]
    public void New_intelligence_or_a_change_to_the_forward_programme_touches_the_strategic_inspections_and_intelligence_box_alone()
    {
        Assert.Equal([DashboardBoxes.Intelligence], DashboardBoxes.Touched(typeof(IntelligenceRecord)));
        Assert.Equal([DashboardBoxes.Intelligence], DashboardBoxes.Touched(typeof(ExpectedInspection)));
    }

    [Fact]
    public void An_inspection_touches_its_recommendations_box_and_the_strategic_inspections_box()
    {
        var touched = DashboardBoxes.Touched(typeof(Inspection));

        Assert.Contains(DashboardBoxes.Inspections, touched);
        Assert.Contains(DashboardBoxes.Intelligence, touched);
        Assert.Contains(DashboardBoxes.Intelligence, DashboardBoxes.All);
    }

    [Fact]
    public void An_indicator_result_touches_the_scorecards_and_what_compares_with_them_but_not_the_registers()
    {
        var touched = DashboardBoxes.Touched(typeof(IndicatorResult));

        Assert.Contains(DashboardBoxes.Scorecards, touched);
        Assert.Contains(DashboardBoxes.Benchmarking, touched);
        Assert.DoesNotContain(DashboardBoxes.Plan, touched);
        Assert.DoesNotContain(DashboardBoxes.Risks, touched);
    }

    [Fact]
    public void A_new_quarter_or_department_touches_every_box()
    {
        Assert.Equal(DashboardBoxes.All, DashboardBoxes.Touched(typeof(ReportingPeriod)));
        Assert.Equal(DashboardBoxes.All, DashboardBoxes.Touched(typeof(Department)));
    }

    [Fact]
    public void Sign_ins_sessions_and_notifications_touch_no_box()
    {
        Assert.Empty(DashboardBoxes.Touched(typeof(UserSession)));
        Assert.Empty(DashboardBoxes.Touched(typeof(ApplicationUser)));
        Assert.Empty(DashboardBoxes.Touched(typeof(Notification)));
    }

    [Fact]
    public void A_type_of_a_feature_the_map_does_not_know_touches_every_box()
    {
        Assert.Equal(DashboardBoxes.All, DashboardBoxes.Touched(typeof(HccPerformance.Core.NotYetAFeature.Unknown.Thing)));
    }

    [Theory]
    [InlineData("scorecard-7", DashboardBoxes.Scorecards)]
    [InlineData("plan", DashboardBoxes.Plan)]
    [InlineData("concerns", DashboardBoxes.Concerns)]
    [InlineData("intelligence", DashboardBoxes.Intelligence)]
    [InlineData("scorecards", null)]
    [InlineData("frame", null)]
    [InlineData("nothing", null)]
    public void A_box_key_names_the_group_it_is_built_in(string key, string? group) =>
        Assert.Equal(group, DashboardService.GroupOf(key));
}
