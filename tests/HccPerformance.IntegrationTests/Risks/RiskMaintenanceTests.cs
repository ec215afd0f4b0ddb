using System.Globalization;
using System.Net;
using HccPerformance.Core.Risks;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Risks;

/// <summary>
/// The Corporate Performance Team keeps the register; no one else changes it. Each test works on its own risk, since they
/// share one database: CR 90 (added), CR 11 (assessed), CR 13 (bad input), CR 09 (closed), CR 12 (edited), CR 10 (refused).
/// </summary>
public sealed class RiskMaintenanceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_Performance_Team_adds_a_risk_which_is_assessed_and_counted_on_the_heat_map()
    {
        var environment = await app.DepartmentIdAsync("ENV");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var form = await team.PageAsync("/risks/new");
        Assert.Equal("Add a risk to the register", form.H1);
        var before = (await team.PageAsync("/risks")).HeatMapCounts()[(5, 5)];

        var response = await team.PostFormAsync("/risks/new",
            ("Input.Reference", " CR 90 "), ("Input.Title", "Loss of the county's main data centre"), ("Input.Description", "Fire or flood at the data centre."),
            ("Input.Owner", "Head of IT"), ("Input.DepartmentId", environment.ToString(CultureInfo.InvariantCulture)), ("Input.IsStrategic", "true"),
            ("Input.Likelihood", "5"), ("Input.Impact", "5"), ("Input.Controls", "Second site on standby."));

        var page = await team.FollowAsync(response);
        Assert.Equal("CR 90 is added to the register and assessed as of today.", page.Status());
        Assert.Equal("CR 90 Loss of the county's main data centre", RiskSite.Squash(page.Document.QuerySelector("h1")!));
        Assert.Single(page.Document.QuerySelectorAll("#score-history tbody tr"));
        var saved = await app.RiskAsync("CR 90");
        Assert.NotNull(saved);
        Assert.Equal((5, 5, 25, Core.Common.Rag.Red, true), (saved.Likelihood, saved.Impact, saved.Score, saved.Rag, saved.IsStrategic));
        Assert.Equal(environment, saved.DepartmentId);
        Assert.Equal(app.Today(), saved.ReviewedOn);
        Assert.Equal("Corporate Performance Team officer", Assert.Single(saved.Reviews).ReviewedBy);

        var register = await team.PageAsync("/risks");
        Assert.Equal(before + 1, register.HeatMapCounts()[(5, 5)]);
        Assert.Equal("CR 90", register.References()[0]);
    }

    [Fact]
    public async Task Re_assessing_keeps_the_old_score_in_the_history_and_sets_the_trend()
    {
        var id = await app.RiskIdAsync("CR 11");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var before = (await team.PageAsync("/risks")).HeatMapCounts();

        var response = await team.PostFormToAsync($"/risks/{id}", $"/risks/{id}/assess",
            ("Assess.Likelihood", "4"), ("Assess.Impact", "4"), ("Assess.ReviewedOn", Iso(app.Today())), ("Assess.Note", "Roof failure at two libraries."));

        var page = await team.FollowAsync(response);
        Assert.Equal("The risk is re-assessed: likelihood 4 x impact 4 = 16 (Red). The register and heat map show it now.", page.Status());
        var history = page.Document.QuerySelectorAll("#score-history tbody tr").Select(r => r.Children.Select(RiskSite.Squash).ToList()).ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(["4", "4", "16", "Red", "Roof failure at two libraries.", "Corporate Performance Team officer"], history[0][1..]);
        Assert.Equal(["2", "3", "6", "Green"], history[1][1..5]);
        Assert.Contains("Rising", page.Text, StringComparison.Ordinal);

        var risk = await app.RiskAsync("CR 11");
        Assert.Equal(RiskTrend.Rising, risk!.Trend);
        var after = (await team.PageAsync("/risks")).HeatMapCounts();
        Assert.Equal(before[(2, 3)] - 1, after[(2, 3)]);
        Assert.Equal(before[(4, 4)] + 1, after[(4, 4)]);
    }

    [Theory]
    [InlineData("0", "3", "Assess.Likelihood", RiskScale.LikelihoodMessage)]
    [InlineData("6", "3", "Assess.Likelihood", RiskScale.LikelihoodMessage)]
    [InlineData("abc", "3", "Assess.Likelihood", RiskScale.LikelihoodMessage)]
    [InlineData("", "3", "Assess.Likelihood", RiskScale.LikelihoodMessage)]
    [InlineData("2", "7", "Assess.Impact", RiskScale.ImpactMessage)]
    [InlineData("2", "2.5", "Assess.Impact", RiskScale.ImpactMessage)]
    public async Task A_score_outside_one_to_five_is_refused_beside_its_field_and_nothing_is_written(string likelihood, string impact, string field, string message)
    {
        var id = await app.RiskIdAsync("CR 13");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var reviews = await app.ReviewCountAsync();
        var version = (await app.RiskAsync("CR 13"))!.Version;

        var response = await team.PostFormToAsync($"/risks/{id}", $"/risks/{id}/assess",
            ("Assess.Likelihood", likelihood), ("Assess.Impact", impact), ("Assess.ReviewedOn", Iso(app.Today())), ("Assess.Note", "Two inspectors left in March."));
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.ErrorFor(field));
        Assert.Contains(message, page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("Two inspectors left in March.", page.TextAreaValue("Assess.Note"));
        Assert.Equal(reviews, await app.ReviewCountAsync());
        Assert.Equal(version, (await app.RiskAsync("CR 13"))!.Version);
    }

    [Fact]
    public async Task A_review_date_in_the_future_or_before_the_latest_review_is_refused()
    {
        var id = await app.RiskIdAsync("CR 13");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var reviews = await app.ReviewCountAsync();

        var future = await Page.ReadAsync(await team.PostFormToAsync($"/risks/{id}", $"/risks/{id}/assess",
            ("Assess.Likelihood", "2"), ("Assess.Impact", "3"), ("Assess.ReviewedOn", Iso(app.Today().AddDays(1)))));
        Assert.Equal("The review date cannot be in the future", future.ErrorFor("Assess.ReviewedOn"));

        var earlier = await Page.ReadAsync(await team.PostFormToAsync($"/risks/{id}", $"/risks/{id}/assess",
            ("Assess.Likelihood", "2"), ("Assess.Impact", "3"), ("Assess.ReviewedOn", Iso(app.Today().AddDays(-200)))));
        Assert.StartsWith("The review date cannot be before the latest review", earlier.ErrorFor("Assess.ReviewedOn"), StringComparison.Ordinal);
        Assert.Equal(reviews, await app.ReviewCountAsync());
    }

    [Theory]
    [InlineData("0", "Input.Likelihood", RiskScale.LikelihoodMessage)]
    [InlineData("abc", "Input.Likelihood", RiskScale.LikelihoodMessage)]
    public async Task A_new_risk_with_a_bad_score_is_refused_keeping_what_was_typed(string likelihood, string field, string message)
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var risks = await app.RiskCountAsync();

        var page = await Page.ReadAsync(await team.PostFormAsync("/risks/new",
            ("Input.Reference", "CR 91"), ("Input.Title", "Collapse of a major contractor"), ("Input.Owner", "Head of Procurement"),
            ("Input.Likelihood", likelihood), ("Input.Impact", "4")));

        Assert.Equal(message, page.ErrorFor(field));
        Assert.Equal("CR 91", page.ValueOf("Input.Reference"));
        Assert.Equal("Collapse of a major contractor", page.ValueOf("Input.Title"));
        Assert.Equal("4", page.FormFields("Input.Title")["Input.Impact"]);
        Assert.Equal(risks, await app.RiskCountAsync());
    }

    [Fact]
    public async Task A_duplicate_reference_is_refused_beside_the_field_and_nothing_is_written()
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var risks = await app.RiskCountAsync();
        var reviews = await app.ReviewCountAsync();

        var page = await Page.ReadAsync(await team.PostFormAsync("/risks/new",
            ("Input.Reference", "CR 01"), ("Input.Title", "Another funding gap"), ("Input.Owner", "Chief Executive"),
            ("Input.Likelihood", "3"), ("Input.Impact", "3")));

        Assert.Equal("There is already a risk CR 01 on the register: choose another reference", page.ErrorFor("Input.Reference"));
        Assert.Equal("Another funding gap", page.ValueOf("Input.Title"));
        Assert.Equal(risks, await app.RiskCountAsync());
        Assert.Equal(reviews, await app.ReviewCountAsync());
    }

    [Fact]
    public async Task Closing_a_risk_needs_a_reason_then_takes_it_off_the_heat_map_and_the_open_register()
    {
        var id = await app.RiskIdAsync("CR 09");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var before = (await team.PageAsync("/risks")).HeatMapCounts()[(2, 4)];

        var refused = await Page.ReadAsync(await team.PostFormToAsync($"/risks/{id}", $"/risks/{id}/close", ("Close.Reason", " ")));
        Assert.Equal("Say why the risk is closed", refused.ErrorFor("Close.Reason"));
        Assert.True((await app.RiskAsync("CR 09"))!.IsOpen);

        var page = await team.FollowAsync(await team.PostFormToAsync($"/risks/{id}", $"/risks/{id}/close",
            ("Close.Reason", "Merged into the business continuity plan for all services.")));
        Assert.StartsWith("The risk is closed with your reason.", page.Status(), StringComparison.Ordinal);
        Assert.Contains("Merged into the business continuity plan for all services.", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($"form[action='/risks/{id}/assess']"));
        var closed = await app.RiskAsync("CR 09");
        Assert.Equal(app.Today(), closed!.ClosedOn);

        var register = await team.PageAsync("/risks");
        Assert.DoesNotContain("CR 09", register.References());
        Assert.Equal(before - 1, register.HeatMapCounts()[(2, 4)]);
        Assert.Contains("CR 09", (await team.PageAsync("/risks?closed=true")).References());

        var reviews = await app.ReviewCountAsync();
        var again = await Page.ReadAsync(await team.PostFormToAsync($"/risks/{id}", $"/risks/{id}/assess",
            ("Assess.Likelihood", "3"), ("Assess.Impact", "3"), ("Assess.ReviewedOn", Iso(app.Today()))));
        Assert.Contains("The risk is closed", again.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(reviews, await app.ReviewCountAsync());
    }

    [Fact]
    public async Task An_edit_over_someone_elses_change_is_refused_showing_their_version_and_keeping_yours()
    {
        var id = await app.RiskIdAsync("CR 12");
        using var first = app.CreateSiteClient();
        await first.SignInAsync(TestUsers.PerformanceTeam);
        using var second = app.CreateSiteClient();
        await second.SignInAsync(TestUsers.PerformanceTeam);
        var firstForm = (await first.PageAsync($"/risks/{id}/edit")).FormFields("Input.Title");
        var secondForm = (await second.PageAsync($"/risks/{id}/edit")).FormFields("Input.Title");

        firstForm["Input.Owner"] = "Head of Countryside and Rights of Way";
        var saved = await first.PostFormAsync($"/risks/{id}/edit", firstForm);
        Assert.Equal("CR 12 is saved.", (await first.FollowAsync(saved)).Status());

        secondForm["Input.Controls"] = "Volunteer co-ordinator in post; new partnership with the wildlife trust.";
        var refused = await Page.ReadAsync(await second.PostFormAsync($"/risks/{id}/edit", secondForm));
        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Contains("Someone else (performance.team) changed this risk", refused.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Head of Countryside and Rights of Way", refused.Document.QuerySelector("#their-version")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Volunteer co-ordinator in post; new partnership with the wildlife trust.", refused.TextAreaValue("Input.Controls"));
        Assert.Equal("Head of Countryside and Rights of Way", (await app.RiskAsync("CR 12"))!.Owner);
        Assert.Equal("Head of Countryside Service", refused.ValueOf("Input.Owner"));

        // Saving again, having seen theirs, replaces it on purpose.
        var again = await second.PostFormAsync($"/risks/{id}/edit", refused.FormFields("Input.Title"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var risk = await app.RiskAsync("CR 12");
        Assert.Equal("Volunteer co-ordinator in post; new partnership with the wildlife trust.", risk!.Controls);
        Assert.Equal("Head of Countryside Service", risk.Owner);
    }

    [Fact]
    public async Task An_edit_without_a_title_is_refused_beside_the_field()
    {
        var id = await app.RiskIdAsync("CR 12");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var form = (await team.PageAsync($"/risks/{id}/edit")).FormFields("Input.Title");
        form["Input.Title"] = "";

        var page = await Page.ReadAsync(await team.PostFormAsync($"/risks/{id}/edit", form));

        Assert.Equal("Enter the risk's title", page.ErrorFor("Input.Title"));
        Assert.Equal("Loss of volunteers at countryside sites", (await app.RiskAsync("CR 12"))!.Title);
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.SelectCommittee)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.HeadOfImprovement)]
    [InlineData(TestUsers.ChiefExecutive)]
    [InlineData(TestUsers.ServiceManager)]
    public async Task Others_read_the_register_but_may_not_change_it(string user)
    {
        var id = await app.RiskIdAsync("CR 10");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/risks")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync($"/risks/{id}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/risks/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/risks/{id}/edit")).StatusCode);
        var risks = await app.RiskCountAsync();
        var reviews = await app.ReviewCountAsync();
        var version = (await app.RiskAsync("CR 10"))!.Version;

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync($"/risks/{id}", $"/risks/{id}/assess",
            ("Assess.Likelihood", "5"), ("Assess.Impact", "5"), ("Assess.ReviewedOn", Iso(app.Today())))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync($"/risks/{id}", $"/risks/{id}/close", ("Close.Reason", "Not ours"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync($"/risks/{id}", $"/risks/{id}/edit",
            ("Input.Title", "Renamed"), ("Input.Owner", "Someone"), ("Input.Version", version.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync("/risks", "/risks/new",
            ("Input.Reference", "CR 99"), ("Input.Title", "Sneaked in"), ("Input.Owner", "Someone"), ("Input.Likelihood", "1"), ("Input.Impact", "1"))).StatusCode);

        Assert.Equal(risks, await app.RiskCountAsync());
        Assert.Equal(reviews, await app.ReviewCountAsync());
        var after = await app.RiskAsync("CR 10");
        Assert.Equal(version, after!.Version);
        Assert.True(after.IsOpen);
    }
}
