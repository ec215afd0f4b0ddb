using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.ImprovementPlan;

/// <summary>
/// The demo as seeded (issue 16's "done when"): the 2008-2011 plan kept as reference history with the reviews the demo recorded
/// through their own step, and the next plan a draft the demo made, marked demo where its title shows, for the newcomer to take live.
/// </summary>
public sealed class DemoDraftPlanTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_demos_draft_is_marked_demo_where_its_title_shows_and_the_2008_plan_is_not()
    {
        var draft = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Draft);
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var list = await cabinet.PageAsync("/plan/all");
        var rows = list.Document.QuerySelectorAll("tbody tr").ToList();
        Assert.Null(rows.Single(r => r.TextContent.Contains("Corporate Improvement Plan 2008-2011", StringComparison.Ordinal)).QuerySelector(".demo-mark"));
        Assert.NotNull(rows.Single(r => r.QuerySelector($"a[href='/plan/terms/{draft}']") is not null).QuerySelector("th .demo-mark"));
        Assert.NotNull((await cabinet.PageAsync($"/plan/terms/{draft}")).Document.QuerySelector("h1 .demo-mark"));
        Assert.NotNull((await cabinet.PageAsync("/plan")).Document.QuerySelector("#none-live .demo-mark"));
        Assert.NotNull((await cabinet.PageAsync("/dashboard/box/plan")).Document.QuerySelector($"a[href='/plan/terms/{draft}'] + .demo-mark"));
    }

    [Fact]
    public async Task The_demo_recorded_the_2008_plans_reviews_through_their_own_step_and_left_its_successor_a_draft_with_comments()
    {
        var draft = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Draft);
        var first = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.StartYear == 2008).Select(t => new { t.Id, t.Status }).SingleAsync());
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        var history = await head.PageAsync($"/plan/terms/{first.Id}");
        var next = await head.PageAsync($"/plan/terms/{draft}");

        Assert.Equal(PlanStatus.Reviewed, first.Status);
        Assert.Contains("Demo summary: the plan is working.", history.Text, StringComparison.Ordinal);
        Assert.Contains("Demo summary of the full review", history.Text, StringComparison.Ordinal);
        Assert.Contains("Demo comment: CPEG would like each area to name the indicator", next.Text, StringComparison.Ordinal);
        Assert.Empty(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<PlanStep>().Where(p => p.PlanTermId == draft).ToListAsync()));
    }
}
