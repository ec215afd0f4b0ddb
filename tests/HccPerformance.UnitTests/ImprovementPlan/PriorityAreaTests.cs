using HccPerformance.Core.Common;
using HccPerformance.Core.Data.Seeding;
using HccPerformance.Core.ImprovementPlan;

namespace HccPerformance.UnitTests.ImprovementPlan;

public sealed class PriorityAreaTests
{
    private static readonly DateOnly Today = new(2009, 10, 15);
    private static readonly DateTime Now = new(2009, 10, 15, 9, 0, 0, DateTimeKind.Utc);

    private static PriorityArea Area(string name = "Waste") => ImprovementPlanSeed.Build().Areas.First(a => a.ShortName == name);

    [Fact]
    public void With_nothing_recorded_the_area_has_no_data()
    {
        Assert.Equal(Rag.NoData, Area().CurrentRag(Today));
    }

    [Fact]
    public void The_recorded_status_shows_when_nothing_is_overdue_or_missed()
    {
        var area = Area();
        area.AddMilestone("Contract let", new DateOnly(2009, 12, 31));
        area.RecordProgress(1, Rag.Green, null, "Chief Officer", Now);

        Assert.Equal(Rag.Green, area.CurrentRag(Today));
    }

    [Fact]
    public void An_overdue_milestone_turns_the_area_red_without_anyone_typing_it()
    {
        var area = Area();
        var milestone = area.AddMilestone("Contract let", new DateOnly(2009, 9, 30));
        area.RecordProgress(1, Rag.Green, null, "Chief Officer", Now);

        Assert.Equal(Rag.Red, area.CurrentRag(Today));
        Assert.Contains(area.Assess(Today), r => r.Rag == Rag.Red && r.Reason.Contains("Contract let", StringComparison.Ordinal));

        milestone.Complete(Today);
        Assert.Equal(Rag.Green, area.CurrentRag(Today));
    }

    [Theory]
    [InlineData(true, 44, Rag.Red)]
    [InlineData(true, 45, Rag.Green)]
    [InlineData(false, 46, Rag.Red)]
    [InlineData(false, 44, Rag.Green)]
    public void A_target_past_its_date_is_missed_unless_met_honouring_polarity(bool higherIsBetter, int latest, Rag expected)
    {
        var area = Area();
        area.AddTarget("Recycling", "%", 38, 45, new DateOnly(2009, 9, 30), higherIsBetter).RecordValue(latest, new DateOnly(2009, 9, 30));
        area.RecordProgress(1, Rag.Green, null, "Chief Officer", Now);

        Assert.Equal(expected, area.CurrentRag(Today));
    }

    [Fact]
    public void A_target_with_no_result_by_its_date_is_missed()
    {
        var area = Area();
        area.AddTarget("Recycling", "%", null, 45, new DateOnly(2009, 9, 30), true);

        Assert.Equal(Rag.Red, area.CurrentRag(Today));
    }

    [Theory]
    [InlineData(Rag.Red)]
    [InlineData(Rag.Amber)]
    public void Red_or_amber_without_commentary_is_refused(Rag rag)
    {
        var area = Area();

        var error = Assert.Throws<DomainException>(() => area.RecordProgress(1, rag, "  ", "Chief Officer", Now));

        Assert.Equal(nameof(ProgressUpdate.Commentary), error.Field);
        Assert.Empty(area.Progress);
    }

    [Fact]
    public void Dates_outside_the_plans_three_years_are_refused()
    {
        var area = Area();

        var target = Assert.Throws<DomainException>(() => area.AddTarget("Recycling", "%", null, 45, new DateOnly(2011, 4, 1), true));
        var milestone = Assert.Throws<DomainException>(() => area.AddMilestone("Too early", new DateOnly(2008, 3, 31)));

        Assert.Equal("The date must fall within the plan, 1 April 2008 to 31 March 2011", target.Message);
        Assert.Equal(nameof(Milestone.DueDate), milestone.Field);
        area.AddTarget("Recycling", "%", null, 45, new DateOnly(2011, 3, 31), true);
    }

    [Fact]
    public void The_refresh_copies_live_areas_forward_and_keeps_the_earlier_year_as_it_was()
    {
        var plan = ImprovementPlanSeed.Build();
        var waste = plan.Areas.First(a => a.ShortName == "Waste");
        waste.AssignAccountability(3, [1], CrossCuttingTags.Sustainability);
        waste.AddMilestone("Done already", new DateOnly(2009, 1, 31)).Complete(new DateOnly(2009, 1, 20));
        waste.AddMilestone("Still to do", new DateOnly(2010, 1, 31));
        waste.RecordProgress(1, Rag.Green, null, "Chief Officer", Now);
        plan.Areas.First(a => a.ShortName == "Locality working").Retire("Merged into community engagement");

        var next = plan.Refresh();

        Assert.False(plan.IsCurrent);
        Assert.True(next.IsCurrent);
        Assert.Equal(2009, next.FocusYear);
        Assert.Equal(31, next.Areas.Count);
        Assert.Equal(32, plan.Areas.Count);
        var copy = next.Areas.Single(a => a.Lineage == waste.Lineage);
        Assert.Equal((3, CrossCuttingTags.Sustainability), (copy.AccountableDepartmentId, copy.Tags));
        Assert.Equal(["Still to do"], copy.Milestones.Select(m => m.Title));
        Assert.Empty(copy.Progress);
        Assert.Single(waste.Progress);
        Assert.Throws<DomainException>(plan.Refresh);
    }

    [Fact]
    public void Rewording_and_retiring_keep_the_reason_and_need_one()
    {
        var area = Area("Growth");

        Assert.Equal("Reason", Assert.Throws<DomainException>(() => area.Retire("")).Field);
        area.Reword("Growth and infrastructure", "Manage growth, including transport and housing", "Cabinet asked for infrastructure to be named");

        Assert.Equal("Cabinet asked for infrastructure to be named", area.ChangeNote);
        Assert.Equal("Growth and infrastructure", area.ShortName);
    }

    [Fact]
    public void The_last_year_of_the_plan_cannot_be_refreshed_into_another()
    {
        var plan = ImprovementPlanSeed.Build().Refresh().Refresh();

        Assert.Equal(2010, plan.FocusYear);
        Assert.Contains("A new plan is needed", Assert.Throws<DomainException>(plan.Refresh).Message, StringComparison.Ordinal);
    }
}
