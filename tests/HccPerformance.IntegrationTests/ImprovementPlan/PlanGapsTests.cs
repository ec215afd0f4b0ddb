using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.ImprovementPlan;

/// <summary>
/// Issue 16's remaining gaps over HTTP: an area proposed from a record while the plan is live goes to CMT with where it came
/// from and keeps it when CMT agrees; the demo's plan is marked demo and its six-month review is recorded.
/// </summary>
public sealed class PlanGapsTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    [Fact]
    public async Task An_area_proposed_from_a_red_indicator_on_the_live_plan_waits_for_CMT_and_keeps_its_origin_when_agreed()
    {
        var (indicator, code) = await app.WithScopeAsync(async s => await s.GetRequiredService<AppDbContext>().Indicators
            .Where(i => i.Code == "DEMO 10").Select(i => new ValueTuple<int, string>(i.Id, i.Code)).SingleAsync());
        var live = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Live);
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        var form = await head.PageAsync($"/plan/areas/new?from=indicator&id={indicator}");
        Assert.Contains("is live, so it is owned by CMT", form.Text, StringComparison.Ordinal);
        Assert.NotNull(form.Document.QuerySelector($"form[action='/plan/terms/{live}/proposals/from-record']"));
        Assert.Contains("Propose the area to CMT", form.Text, StringComparison.Ordinal);

        var areasBefore = await CountAsync(db => db.PriorityAreas.CountAsync());
        var name = $"Recycling {Guid.NewGuid():N}"[..20];
        var proposed = await head.PostFormToAsync($"/plan/areas/new?from=indicator&id={indicator}", $"/plan/terms/{live}/proposals/from-record",
            ("NewArea.OriginKind", "Indicator"), ("NewArea.OriginId", $"{indicator}"), ("NewArea.ThemeNumber", "1"),
            ("NewArea.ShortName", name), ("NewArea.Description", "Bring recycling back on target"), ("NewArea.Reason", "Red on the dashboard"));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal($"/plan/terms/{live}", proposed.Headers.Location!.OriginalString);
        Assert.Equal(areasBefore, await CountAsync(db => db.PriorityAreas.CountAsync()));

        var term = await head.PageAsync($"/plan/terms/{live}");
        var card = term.Document.QuerySelectorAll("article").Single(a => a.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Contains("Waiting for CMT", card.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Emerged from a red indicator on the corporate dashboard: {code}", Squash(card.TextContent), StringComparison.Ordinal);

        using var cmt = app.CreateSiteClient();
        await cmt.SignInAsync(TestUsers.ChiefExecutive);
        var proposal = await CountAsync(db => db.Set<AreaChangeProposal>().SingleAsync(p => p.ShortName == name));
        var agreed = await cmt.PostFormToAsync($"/plan/terms/{live}", $"/plan/terms/{live}/proposals/{proposal.Id}/decision",
            ("Decision.Agreed", "true"), ("Decision.MetOn", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Decision.Version", proposal.Version.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);

        var area = await CountAsync(db => db.PriorityAreas.Where(a => a.ShortName == name).Select(a => a.Id).SingleAsync());
        var areaPage = await cmt.PageAsync($"/plan/areas/{area}");
        Assert.NotNull(areaPage.Document.QuerySelector($"a[href='/indicators/{indicator}']"));
        var source = await cmt.PageAsync($"/indicators/{indicator}");
        Assert.Contains($"In the improvement plan: {name}", Squash(source.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposal_to_CMT_with_no_theme_is_refused_beside_the_field_with_the_typing_kept_and_nothing_written()
    {
        var live = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Live);
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var before = await CountAsync(db => db.Set<AreaChangeProposal>().CountAsync());

        var refused = await Page.ReadAsync(await head.PostFormToAsync("/plan/areas/new?from=local", $"/plan/terms/{live}/proposals/from-record",
            ("NewArea.OriginKind", "LocalImportance"), ("NewArea.OriginReason", "Residents asked"), ("NewArea.ThemeNumber", "99"),
            ("NewArea.ShortName", "Market towns"), ("NewArea.Description", "Keep high streets alive"), ("NewArea.Reason", "Members asked")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Choose one of the plan's themes", refused.ErrorFor("NewArea.ThemeNumber"));
        Assert.Equal("Market towns", refused.ValueOf("NewArea.ShortName"));
        Assert.Equal(before, await CountAsync(db => db.Set<AreaChangeProposal>().CountAsync()));
    }

    [Theory]
    [InlineData(TestUsers.ChiefExecutive)]
    [InlineData(TestUsers.PerformanceTeam)]
    [InlineData(TestUsers.Leader)]
    public async Task Only_the_Head_of_Improvement_proposes_an_area_to_CMT(string user)
    {
        var live = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Live);
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var form = await head.PageAsync("/plan/areas/new?from=local");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var before = await CountAsync(db => db.Set<AreaChangeProposal>().CountAsync());

        var refused = await client.PostFormToAsync("/plan", $"/plan/terms/{live}/proposals/from-record",
            ("NewArea.OriginKind", "LocalImportance"), ("NewArea.OriginReason", "Residents asked"), ("NewArea.ThemeNumber", "1"),
            ("NewArea.ShortName", "Market towns"), ("NewArea.Description", "Keep high streets alive"), ("NewArea.Reason", "Members asked"));

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, await CountAsync(db => db.Set<AreaChangeProposal>().CountAsync()));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private Task<T> CountAsync<T>(Func<AppDbContext, Task<T>> read) => app.WithScopeAsync(s => read(s.GetRequiredService<AppDbContext>()));
}
