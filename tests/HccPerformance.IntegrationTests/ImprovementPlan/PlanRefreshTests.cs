using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.ImprovementPlan;

/// <summary>
/// The annual refresh of a live plan, and the Head of Improvement's direct changes to a draft plan's areas, each with its reason
/// kept (issue 16: once a plan is live, its areas change only by CMT's agreement).
/// </summary>
public sealed class PlanRefreshTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    private static int Fy => HccPerformance.Core.Organisation.ReportingPeriod.FinancialYearOf(DateOnly.FromDateTime(DateTime.UtcNow));

    [Fact]
    public async Task The_refresh_starts_the_next_year_of_the_live_plan_and_keeps_the_earlier_one_readable_as_it_was()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var first = await CurrentYearOfLivePlanAsync();
        // A live plan's areas are not changed directly.
        var direct = await Page.ReadAsync(await head.PostFormToAsync("/plan", $"/plan/{first}/areas",
            ("NewArea.ThemeNumber", "3"), ("NewArea.ShortName", "Digital inclusion"), ("NewArea.Description", "Help residents get online"), ("NewArea.Reason", "Asked for")));
        Assert.Contains("The plan is live: propose the change", direct.Text, StringComparison.Ordinal);

        var refreshed = await head.PostFormToAsync("/plan", $"/plan/{first}/refresh");
        Assert.Equal(HttpStatusCode.Redirect, refreshed.StatusCode);

        var next = await CurrentYearOfLivePlanAsync();
        Assert.NotEqual(first, next);
        var current = await head.PageAsync("/plan");
        Assert.Contains($"Focus for {HccPerformance.Core.Organisation.ReportingPeriod.FinancialYearName(Fy + 1)}", current.Text, StringComparison.Ordinal);
        Assert.Equal(29, current.Document.QuerySelectorAll("tbody tr").Length);
        var earlier = await head.PageAsync($"/plan?year={first}");
        Assert.Contains("an earlier year of the plan, kept as it was", earlier.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_plans_areas_are_added_and_retired_directly_with_their_reasons()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var draft = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.AnyAsync(t => t.Status == PlanStatus.Draft))
            ? await PlanLifeSteps.TermIdAsync(app, PlanStatus.Draft)
            : await PlanLifeSteps.DraftNextPlanAsync(app, head);
        var year = await PlanLifeSteps.FirstYearOfAsync(app, draft);
        var retiredId = await AreaIdAsync(year, "Locality working");
        var retiredForm = await head.PageAsync($"/plan/areas/{retiredId}");

        var refusedRetire = await Page.ReadAsync(await head.PostFormToAsync($"/plan/areas/{retiredId}", $"/plan/areas/{retiredId}/retire",
            ("Retire.Reason", ""), ("Retire.Version", retiredForm.ValueOf("Retire.Version")!)));
        Assert.Equal("Say why the area is retired: the reason is kept with the plan", refusedRetire.ErrorFor("Retire.Reason"));
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormToAsync($"/plan/areas/{retiredId}", $"/plan/areas/{retiredId}/retire",
            ("Retire.Reason", "Folded into community intelligence and engagement"), ("Retire.Version", retiredForm.ValueOf("Retire.Version")!))).StatusCode);

        var refusedAdd = await Page.ReadAsync(await head.PostFormToAsync($"/plan?year={year}", $"/plan/{year}/areas",
            ("NewArea.ThemeNumber", "3"), ("NewArea.ShortName", "Digital inclusion"), ("NewArea.Description", "Help residents get online"), ("NewArea.Reason", "")));
        Assert.Equal("Say why the area is added: the reason is kept with the plan", refusedAdd.ErrorFor("NewArea.Reason"));
        Assert.Equal("Digital inclusion", refusedAdd.ValueOf("NewArea.ShortName"));
        var added = await head.PostFormToAsync($"/plan?year={year}", $"/plan/{year}/areas",
            ("NewArea.ThemeNumber", "3"), ("NewArea.ShortName", "Digital inclusion"), ("NewArea.Description", "Help residents get online"), ("NewArea.Reason", "Cabinet asked for it"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Cabinet asked for it", (await head.PageAsync(added.Headers.Location!.OriginalString)).Text, StringComparison.Ordinal);
        var page = await head.PageAsync($"/plan?year={year}");
        Assert.Contains("Retired", page.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Locality working").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestUsers.PerformanceTeam)]
    [InlineData(TestUsers.ChiefExecutive)]
    [InlineData(TestUsers.Cabinet)]
    public async Task Only_the_Head_of_Improvement_refreshes_the_plan(string user)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var plan = await CurrentYearOfLivePlanAsync();

        var response = await client.PostFormToAsync("/plan", $"/plan/{plan}/refresh");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(plan, await CurrentYearOfLivePlanAsync());
    }

    [Fact]
    public async Task An_area_with_open_interventions_cannot_be_retired_and_the_refusal_names_them()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var draft = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.AnyAsync(t => t.Status == PlanStatus.Draft))
            ? await PlanLifeSteps.TermIdAsync(app, PlanStatus.Draft)
            : await PlanLifeSteps.DraftNextPlanAsync(app, head);
        var id = await AreaIdAsync(await PlanLifeSteps.FirstYearOfAsync(app, draft), "Care Services");
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var officer = await db.Users.Where(u => u.UserName == "chief.officer").Select(u => u.Id).SingleAsync();
            var menu = await db.MenuOfInterventions.SingleAsync(m => m.Number == 5);
            var concern = new HccPerformance.Core.Concerns.AreaOfConcern("Care places behind plan", null,
                HccPerformance.Core.Concerns.ConcernSource.PlanArea, id, "Two schemes delayed", DateOnly.FromDateTime(DateTime.UtcNow), "cpeg.member");
            concern.DecideLocalImportance(true, "A Cabinet priority", DateOnly.FromDateTime(DateTime.UtcNow));
            concern.Assign(menu, officer, 3, DateOnly.FromDateTime(DateTime.UtcNow));
            db.AreasOfConcern.Add(concern);
            return await db.SaveChangesAsync();
        });
        var form = await head.PageAsync($"/plan/areas/{id}");

        var refused = await Page.ReadAsync(await head.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/retire",
            ("Retire.Reason", "Merged into Personalisation"), ("Retire.Version", form.ValueOf("Retire.Version")!)));

        Assert.Equal("Care Services has open interventions, so it cannot be retired until CPEG closes them: Care places behind plan (Strategic action plan).",
            refused.ErrorFor("Retire.Reason"));
        Assert.Equal("Merged into Personalisation", refused.Document.QuerySelector("[name='Retire.Reason']")!.TextContent.Trim());
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas.Where(a => a.Id == id).Select(a => a.IsRetired).SingleAsync()));
    }

    private Task<int> CurrentYearOfLivePlanAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ImprovementPlans.Where(p => p.IsCurrent && (p.Term!.Status == PlanStatus.Live || p.Term.Status == PlanStatus.Reviewed)).Select(p => p.Id).SingleAsync());

    private Task<int> AreaIdAsync(int year, string name) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas.Where(a => a.ShortName == name && a.CorporateImprovementPlanId == year).Select(a => a.Id).SingleAsync());
}
