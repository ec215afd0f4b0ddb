using System.Globalization;
using System.Net;
using HccPerformance.Core.Risks;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Risks;

/// <summary>
/// Emerging risk issues: a Chief Officer raises and updates their own department's, the Performance Team any department's,
/// everyone else reads them.
/// </summary>
public sealed class EmergingRiskTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string EnvironmentChiefOfficer = "chief.officer.env";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<int> EmergingIdAsync(string title) => (await app.EmergingAsync(title))!.Id;

    [Fact]
    public async Task A_Chief_Officer_raises_an_emerging_risk_for_their_own_department_without_choosing_it()
    {
        var environment = await app.DepartmentIdAsync("ENV");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(EnvironmentChiefOfficer);
        var form = await officer.PageAsync("/emerging-risks/new");
        Assert.Equal("Raise an emerging risk", form.H1);
        Assert.Null(form.Document.QuerySelector("select[name='Input.DepartmentId']"));
        Assert.Contains("Department: Environment.", form.Text, StringComparison.Ordinal);
        Assert.Equal("Chief Officer, Environment", form.ValueOf("Input.RaisedBy"));
        Assert.Equal(Iso(app.Today()), form.ValueOf("Input.RaisedOn"));

        var fields = form.FormFields("Input.Title");
        fields["Input.Title"] = "Gritting fleet reaching the end of its life";
        fields["Input.Description"] = "Six lorries failed their inspections.";
        var page = await officer.FollowAsync(await officer.PostFormAsync("/emerging-risks/new", fields));

        Assert.Contains("is added to the emerging risk issues", page.Status(), StringComparison.Ordinal);
        var saved = await app.EmergingAsync("Gritting fleet reaching the end of its life");
        Assert.NotNull(saved);
        Assert.Equal(environment, saved.DepartmentId);
        Assert.Equal("Chief Officer, Environment", saved.RaisedBy);
        Assert.Equal(EmergingRiskStatus.Open, saved.Status);
        var row = page.Document.QuerySelectorAll("#emerging-risks tbody tr").Single(r => r.TextContent.Contains("Gritting fleet", StringComparison.Ordinal));
        Assert.Equal("Environment", RiskSite.Squash(row.Children[0]));
        Assert.NotNull(row.QuerySelector($"a[href='/emerging-risks/{saved.Id}/edit']"));
    }

    [Fact]
    public async Task A_Chief_Officer_cannot_raise_one_for_another_department_nor_update_anothers()
    {
        var adult = await app.DepartmentIdAsync("AS");
        var adultRisk = await EmergingIdAsync("Budget pressure from demand for care");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(EnvironmentChiefOfficer);
        var count = await app.EmergingCountAsync();

        var chosen = await officer.PostFormAsync("/emerging-risks/new",
            ("Input.DepartmentId", adult.ToString(CultureInfo.InvariantCulture)), ("Input.Title", "Not ours to raise"),
            ("Input.RaisedOn", Iso(app.Today())), ("Input.RaisedBy", "Chief Officer, Environment"));
        Assert.Equal(HttpStatusCode.Forbidden, chosen.StatusCode);
        Assert.Equal(count, await app.EmergingCountAsync());

        var list = await officer.PageAsync("/emerging-risks");
        Assert.Null(list.Document.QuerySelector($"a[href='/emerging-risks/{adultRisk}/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/emerging-risks/{adultRisk}/edit")).StatusCode);
        var before = await app.EmergingAsync("Budget pressure from demand for care");
        var update = await officer.PostFormToAsync("/emerging-risks", $"/emerging-risks/{adultRisk}/edit",
            ("Input.Title", "Budget pressure from demand for care"), ("Input.Status", "Closed"), ("Input.Outcome", "Not ours to close"),
            ("Input.Version", before!.Version.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        var after = await app.EmergingAsync("Budget pressure from demand for care");
        Assert.Equal((EmergingRiskStatus.Open, before.Version), (after!.Status, after.Version));
    }

    [Fact]
    public async Task A_Chief_Officer_updates_their_own_and_must_say_what_became_of_it_unless_it_stays_open()
    {
        var id = await EmergingIdAsync("Staff capacity in planning");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(EnvironmentChiefOfficer);
        var form = await officer.PageAsync($"/emerging-risks/{id}/edit");
        Assert.Equal("Open", form.FormFields("Input.Title")["Input.Status"]);
        var fields = form.FormFields("Input.Title");
        fields["Input.Status"] = "Escalated";
        fields["Input.Outcome"] = "";

        var refused = await Page.ReadAsync(await officer.PostFormAsync($"/emerging-risks/{id}/edit", fields));
        Assert.Equal("Say what became of the risk: where it went on the register, or why it is closed", refused.ErrorFor("Input.Outcome"));
        Assert.Equal("Escalated", refused.FormFields("Input.Title")["Input.Status"]);
        Assert.Equal(EmergingRiskStatus.Open, (await app.EmergingAsync("Staff capacity in planning"))!.Status);

        fields["Input.Outcome"] = "Added to the register as a departmental risk.";
        var page = await officer.FollowAsync(await officer.PostFormAsync($"/emerging-risks/{id}/edit", fields));
        Assert.Contains("is saved as escalated", page.Status(), StringComparison.Ordinal);
        var saved = await app.EmergingAsync("Staff capacity in planning");
        Assert.Equal((EmergingRiskStatus.Escalated, "Added to the register as a departmental risk."), (saved!.Status, saved.Outcome));
    }

    [Fact]
    public async Task An_update_over_someone_elses_change_is_refused_showing_theirs()
    {
        var id = await EmergingIdAsync("More children coming into care");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.cs");
        var teamForm = (await team.PageAsync($"/emerging-risks/{id}/edit")).FormFields("Input.Title");
        var officerForm = (await officer.PageAsync($"/emerging-risks/{id}/edit")).FormFields("Input.Title");

        teamForm["Input.Description"] = "Placements now cost more than the whole year's budget.";
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostFormAsync($"/emerging-risks/{id}/edit", teamForm)).StatusCode);
        officerForm["Input.Title"] = "More children coming into care, and staying longer";
        var refused = await Page.ReadAsync(await officer.PostFormAsync($"/emerging-risks/{id}/edit", officerForm));

        Assert.Contains("Someone else (performance.team) changed this emerging risk", refused.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Placements now cost more", refused.Document.QuerySelector("#their-version")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("More children coming into care, and staying longer", refused.ValueOf("Input.Title"));
        Assert.NotNull(await app.EmergingAsync("More children coming into care"));
    }

    [Fact]
    public async Task The_Performance_Team_raises_for_any_department_and_must_choose_it()
    {
        var culture = await app.DepartmentIdAsync("CCRA");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var count = await app.EmergingCountAsync();

        var missing = await Page.ReadAsync(await team.PostFormAsync("/emerging-risks/new",
            ("Input.Title", "Museum storage damp"), ("Input.RaisedOn", Iso(app.Today())), ("Input.RaisedBy", "CCRA DMT")));
        Assert.Equal("Choose the department the risk is for", missing.ErrorFor("Input.DepartmentId"));
        Assert.Equal("Museum storage damp", missing.ValueOf("Input.Title"));
        var future = await Page.ReadAsync(await team.PostFormAsync("/emerging-risks/new",
            ("Input.DepartmentId", culture.ToString(CultureInfo.InvariantCulture)), ("Input.Title", "Museum storage damp"),
            ("Input.RaisedOn", Iso(app.Today().AddDays(3))), ("Input.RaisedBy", "CCRA DMT")));
        Assert.Equal("The date it was raised cannot be in the future", future.ErrorFor("Input.RaisedOn"));
        Assert.Equal(count, await app.EmergingCountAsync());

        var saved = await team.PostFormAsync("/emerging-risks/new",
            ("Input.DepartmentId", culture.ToString(CultureInfo.InvariantCulture)), ("Input.Title", "Museum storage damp"),
            ("Input.RaisedOn", Iso(app.Today().AddDays(-2))), ("Input.RaisedBy", "CCRA DMT"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var risk = await app.EmergingAsync("Museum storage damp");
        Assert.Equal((culture, "CCRA DMT", app.Today().AddDays(-2)), (risk!.DepartmentId, risk.RaisedBy, risk.RaisedOn));
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.SelectCommittee)]
    [InlineData(TestUsers.ServiceManager)]
    [InlineData(TestUsers.ExecutiveMember)]
    [InlineData(TestUsers.HeadOfImprovement)]
    public async Task Others_read_the_emerging_risks_but_may_not_raise_or_update_them(string user)
    {
        var environment = await app.DepartmentIdAsync("ENV");
        var id = await EmergingIdAsync("Budget pressure from falling interest on balances");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var list = await client.PageAsync("/emerging-risks");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Null(list.Document.QuerySelector("a[href='/emerging-risks/new']"));
        Assert.Empty(list.Document.QuerySelectorAll("#emerging-risks a[href$='/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/emerging-risks/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/emerging-risks/{id}/edit")).StatusCode);
        var count = await app.EmergingCountAsync();
        var version = (await app.EmergingAsync("Budget pressure from falling interest on balances"))!.Version;

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync("/emerging-risks", "/emerging-risks/new",
            ("Input.DepartmentId", environment.ToString(CultureInfo.InvariantCulture)), ("Input.Title", "Not allowed"),
            ("Input.RaisedOn", Iso(app.Today())), ("Input.RaisedBy", "Someone"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync("/emerging-risks", $"/emerging-risks/{id}/edit",
            ("Input.Title", "Changed"), ("Input.Status", "Open"), ("Input.Version", version.ToString()))).StatusCode);

        Assert.Equal(count, await app.EmergingCountAsync());
        Assert.Equal(version, (await app.EmergingAsync("Budget pressure from falling interest on balances"))!.Version);
    }
}
