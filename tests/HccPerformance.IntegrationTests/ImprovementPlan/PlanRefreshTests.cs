using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.ImprovementPlan;

/// <summary>The annual refresh and the Head of Improvement's changes to the plan's areas, each with its reason kept.</summary>
public sealed class PlanRefreshTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_refresh_starts_the_next_year_and_keeps_the_earlier_one_readable_as_it_was()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var first = await CurrentPlanIdAsync();
        var retiredId = await AreaIdAsync("Locality working");
        var retiredForm = await head.PageAsync($"/plan/areas/{retiredId}");

        var refusedRetire = await Page.ReadAsync(await head.PostFormToAsync($"/plan/areas/{retiredId}", $"/plan/areas/{retiredId}/retire",
            ("Retire.Reason", ""), ("Retire.Version", retiredForm.ValueOf("Retire.Version")!)));
        Assert.Equal("Say why the area is retired: the reason is kept with the plan", refusedRetire.ErrorFor("Retire.Reason"));
        var retired = await head.PostFormToAsync($"/plan/areas/{retiredId}", $"/plan/areas/{retiredId}/retire",
            ("Retire.Reason", "Folded into community intelligence and engagement"), ("Retire.Version", retiredForm.ValueOf("Retire.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);

        var refreshed = await head.PostFormToAsync("/plan", $"/plan/{first}/refresh");
        Assert.Equal(HttpStatusCode.Redirect, refreshed.StatusCode);

        var next = await CurrentPlanIdAsync();
        Assert.NotEqual(first, next);
        var current = await head.PageAsync("/plan");
        Assert.Contains("Focus for 2009/10", current.Text, StringComparison.Ordinal);
        Assert.Equal(31, current.Document.QuerySelectorAll("tbody tr").Length);
        var earlier = await head.PageAsync($"/plan?year={first}");
        Assert.Contains("an earlier year of the plan, kept as it was", earlier.Text, StringComparison.Ordinal);
        Assert.Equal(32, earlier.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Retired", earlier.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Locality working").TextContent, StringComparison.Ordinal);

        var refusedAdd = await Page.ReadAsync(await head.PostFormToAsync("/plan", $"/plan/{next}/areas",
            ("NewArea.ThemeNumber", "3"), ("NewArea.ShortName", "Digital inclusion"), ("NewArea.Description", "Help residents get online"), ("NewArea.Reason", "")));
        Assert.Equal("Say why the area is added: the reason is kept with the plan", refusedAdd.ErrorFor("NewArea.Reason"));
        Assert.Equal("Digital inclusion", refusedAdd.ValueOf("NewArea.ShortName"));
        var added = await head.PostFormToAsync("/plan", $"/plan/{next}/areas",
            ("NewArea.ThemeNumber", "3"), ("NewArea.ShortName", "Digital inclusion"), ("NewArea.Description", "Help residents get online"), ("NewArea.Reason", "Cabinet asked for it in the refresh"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var area = await head.PageAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("Cabinet asked for it in the refresh", area.Text, StringComparison.Ordinal);

        var frozen = await head.PostFormToAsync($"/plan?year={first}", $"/plan/{first}/areas",
            ("NewArea.ThemeNumber", "3"), ("NewArea.ShortName", "Late addition"), ("NewArea.Description", "Too late"), ("NewArea.Reason", "Testing"));
        Assert.Contains("kept as it was", (await Page.ReadAsync(frozen)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestUsers.PerformanceTeam)]
    [InlineData(TestUsers.ChiefExecutive)]
    [InlineData(TestUsers.Cabinet)]
    public async Task Only_the_Head_of_Improvement_refreshes_the_plan(string user)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var plan = await CurrentPlanIdAsync();

        var response = await client.PostFormToAsync("/plan", $"/plan/{plan}/refresh");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(plan, await CurrentPlanIdAsync());
    }

    private Task<int> CurrentPlanIdAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ImprovementPlans.Where(p => p.IsCurrent).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task An_area_with_open_interventions_cannot_be_retired_and_the_refusal_names_them()
    {
        var id = await AreaIdAsync("Extra Care");
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var officer = await db.Users.Where(u => u.UserName == "chief.officer").Select(u => u.Id).SingleAsync();
            var menu = await db.MenuOfInterventions.SingleAsync(m => m.Number == 5);
            var concern = new HccPerformance.Core.Concerns.AreaOfConcern("Extra Care places behind plan", null,
                HccPerformance.Core.Concerns.ConcernSource.PlanArea, id, "Two schemes delayed", DateOnly.FromDateTime(DateTime.UtcNow), "cpeg.member");
            concern.DecideLocalImportance(true, "A Cabinet priority", DateOnly.FromDateTime(DateTime.UtcNow));
            concern.Assign(menu, officer, 3, DateOnly.FromDateTime(DateTime.UtcNow));
            db.AreasOfConcern.Add(concern);
            return await db.SaveChangesAsync();
        });
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var form = await head.PageAsync($"/plan/areas/{id}");

        var refused = await Page.ReadAsync(await head.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/retire",
            ("Retire.Reason", "Merged into Care Services"), ("Retire.Version", form.ValueOf("Retire.Version")!)));

        Assert.Equal("Extra Care has open interventions, so it cannot be retired until CPEG closes them: Extra Care places behind plan (Strategic action plan).",
            refused.ErrorFor("Retire.Reason"));
        Assert.Equal("Merged into Care Services", refused.Document.QuerySelector("[name='Retire.Reason']")!.TextContent.Trim());
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas.Where(a => a.Id == id).Select(a => a.IsRetired).SingleAsync()));
    }

    private Task<int> AreaIdAsync(string name) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas.Where(a => a.ShortName == name && a.Plan!.IsCurrent).Select(a => a.Id).SingleAsync());
}
