using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Indicators;

/// <summary>
/// Issue 18: the Performance Team makes, renames and retires scorecards, with a kind, a weight and a place on the
/// dashboard; a name in use, a weight out of range and retiring what an issued report shows are refused beside the field.
/// </summary>
public sealed class ScorecardMaintenanceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static (string, string)[] Form(string name, string kind = "ValueForMoney", string weight = "2.5", bool onDashboard = true) =>
    [
        ("Input.Name", name), ("Input.Description", "Procurement savings against plan"), ("Input.Kind", kind), ("Input.Weight", weight),
        ("Input.OnDashboard", onDashboard ? "true" : "false"),
    ];

    private Task<Scorecard?> FindAsync(string name) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Scorecards.AsNoTracking().SingleOrDefaultAsync(c => c.Name == name));

    private Task<int> CountAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Scorecards.CountAsync());

    private async Task<SiteClient> TeamAsync()
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.PerformanceTeam);
        return client;
    }

    [Fact]
    public async Task The_seeded_scorecards_have_their_kinds_and_local_PIs_are_on_the_dashboard()
    {
        var cards = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Scorecards.AsNoTracking().ToDictionaryAsync(c => c.Name));
        Assert.Equal(ScorecardKind.Laa, cards["LAA"].Kind);
        Assert.Equal(ScorecardKind.Nis, cards["NIS"].Kind);
        Assert.Equal(ScorecardKind.ValueForMoney, cards["Value for Money"].Kind);
        Assert.Equal(ScorecardKind.CommunityIntelligence, cards["Community Intelligence"].Kind);
        Assert.Equal(ScorecardKind.LocalPis, cards["Local PIs"].Kind);
        Assert.Equal(ScorecardKind.Aalborg, cards["Aalborg"].Kind);

        var onDashboard = await app.WithScopeAsync(s => s.GetRequiredService<IndicatorReads>().DashboardScorecards.Select(c => c.Name).ToListAsync());
        Assert.Contains("Local PIs", onDashboard);
        Assert.Equal("LAA", onDashboard[0]);

        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        var page = await client.PageAsync("/scorecards");
        var localPis = page.Document.QuerySelectorAll("#scorecards tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Local PIs");
        Assert.Contains("Local performance indicators (local PIs)", localPis.TextContent, StringComparison.Ordinal);
        Assert.Equal("Yes", localPis.QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public async Task The_Performance_Team_makes_a_second_value_for_money_scorecard_and_it_is_on_the_dashboard()
    {
        using var client = await TeamAsync();

        var response = await client.PostFormAsync("/scorecards/new", Form("Value for money: procurement"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Value for money: procurement scorecard", page.H1);
        Assert.Contains("is made and has its box on the dashboard", page.Text, StringComparison.Ordinal);
        Assert.Contains("Kind: Value for money.", page.Document.QuerySelector("#scorecard-facts")!.TextContent, StringComparison.Ordinal);
        var made = (await FindAsync("Value for money: procurement"))!;
        Assert.Equal(ScorecardKind.ValueForMoney, made.Kind);
        Assert.Equal(2.5m, made.Weight);
        var valueForMoney = await app.WithScopeAsync(s => s.GetRequiredService<IndicatorReads>().DashboardScorecards
            .Where(c => c.Kind == ScorecardKind.ValueForMoney).Select(c => c.Name).ToListAsync());
        // Both value for money scorecards get a box, the heavier (the seeded one, weight 3) first.
        Assert.Equal("Value for Money", valueForMoney[0]);
        Assert.Contains("Value for money: procurement", valueForMoney);
    }

    [Theory]
    [InlineData("value for money")]
    [InlineData("  LAA ")]
    public async Task A_name_a_scorecard_in_use_has_is_refused_beside_the_name_whatever_its_case(string name)
    {
        using var client = await TeamAsync();
        var before = await CountAsync();

        var page = await Page.ReadAsync(await client.PostFormAsync("/scorecards/new", Form(name, weight: "7")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("There is already a scorecard called", page.ErrorFor("Input.Name"), StringComparison.Ordinal);
        Assert.Equal("7", page.ValueOf("Input.Weight"));
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("100.5")]
    public async Task A_weight_outside_more_than_0_to_100_is_refused_beside_the_weight(string weight)
    {
        using var client = await TeamAsync();
        var before = await CountAsync();

        var page = await Page.ReadAsync(await client.PostFormAsync("/scorecards/new", Form($"Weighed {weight}", weight: weight)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The weight must be more than 0 and at most 100", page.ErrorFor("Input.Weight"));
        Assert.Equal($"Weighed {weight}", page.ValueOf("Input.Name"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Renaming_keeps_the_scorecard_and_a_stale_form_is_refused_with_their_version()
    {
        using var client = await TeamAsync();
        var id = await Id(await client.PostFormAsync("/scorecards/new", Form("Waste scorecard draft", kind: "Other", onDashboard: false)));
        var stale = (await client.PageAsync($"/scorecards/{id}/edit")).ValueOf("Input.Version")!;

        var renamed = await client.PostFormAsync($"/scorecards/{id}/edit", [.. Form("Waste and recycling", kind: "Other", weight: "1.5"), ("Input.Version", stale)]);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var card = (await FindAsync("Waste and recycling"))!;
        Assert.Equal(id, card.Id);
        Assert.True(card.OnDashboard);
        Assert.Null(await FindAsync("Waste scorecard draft"));

        var conflict = await Page.ReadAsync(await client.PostFormAsync($"/scorecards/{id}/edit", [.. Form("Waste only", kind: "Other"), ("Input.Version", stale)]));
        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("Someone else changed this scorecard", conflict.Text, StringComparison.Ordinal);
        Assert.Equal("Waste only", conflict.ValueOf("Input.Name"));
        Assert.Equal("Waste and recycling", (await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Scorecards.AsNoTracking().SingleAsync(c => c.Id == id))).Name);
    }

    [Fact]
    public async Task Retiring_a_scorecard_an_issued_report_shows_is_refused_and_the_report_keeps_it()
    {
        using var client = await TeamAsync();
        var laa = (await FindAsync("LAA"))!;
        var form = await client.PageAsync($"/scorecards/{laa.Id}/edit");

        var page = await Page.ReadAsync(await client.PostFormToAsync($"/scorecards/{laa.Id}/edit", $"/scorecards/{laa.Id}/retire", ("Retire.Version", form.ValueOf("Retire.Version")!)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var error = page.ErrorFor("Retire.Version");
        Assert.NotNull(error);
        Assert.Contains("cannot be retired", error, StringComparison.Ordinal);
        Assert.Contains("version 1 of the report for", error, StringComparison.Ordinal);
        Assert.Null((await FindAsync("LAA"))!.RetiredOn);
        var report = await client.PageAsync("/reports/1");
        Assert.Contains("LAA scorecard", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retired_scorecard_leaves_the_dashboard_stays_readable_and_frees_its_name()
    {
        using var client = await TeamAsync();
        var id = await Id(await client.PostFormAsync("/scorecards/new", Form("Community safety")));
        var form = await client.PageAsync($"/scorecards/{id}/edit");

        var retired = await client.PostFormToAsync($"/scorecards/{id}/edit", $"/scorecards/{id}/retire", ("Retire.Version", form.ValueOf("Retire.Version")!));

        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.Equal(InspectionToday(), (await FindAsync("Community safety"))!.RetiredOn);
        Assert.DoesNotContain("Community safety", await app.WithScopeAsync(s => s.GetRequiredService<IndicatorReads>().DashboardScorecards.Select(c => c.Name).ToListAsync()));
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var page = await cabinet.PageAsync($"/scorecards/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Retired on", page.Document.QuerySelector("#retired")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Community safety", (await cabinet.PageAsync("/scorecards")).Document.QuerySelector("#retired-scorecards")!.TextContent, StringComparison.Ordinal);

        // Read only now, and the name is free for a new scorecard.
        Assert.DoesNotContain("Rename, change or retire", (await client.PageAsync($"/scorecards/{id}")).Text, StringComparison.Ordinal);
        var again = await client.PostFormAsync("/scorecards/new", Form("community SAFETY"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    private DateOnly InspectionToday() => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private static Task<int> Id(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Task.FromResult(int.Parse(created.Headers.Location!.OriginalString.Split('/', '?')[2], CultureInfo.InvariantCulture));
    }
}
