using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Support;
using HccPerformance.Web.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Risks;

/// <summary>
/// The register's pages show what it holds. These tests only read, so the demo's known set of risks is as seeded: thirteen
/// open (four red, six amber, three green; eight strategic) and one closed.
/// </summary>
public sealed class RegisterPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The demo's open risks by likelihood and impact.</summary>
    private static readonly Dictionary<(int, int), int> DemoHeatMap = new()
    {
        [(4, 5)] = 1, [(5, 4)] = 1, [(3, 5)] = 1, [(4, 4)] = 1, [(3, 3)] = 3, [(2, 4)] = 2, [(2, 5)] = 1, [(2, 3)] = 2, [(1, 2)] = 1,
    };

    [Fact]
    public async Task The_register_lists_open_risks_strategic_first_then_by_score_with_band_trend_and_review()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync("/risks");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Corporate risk register", page.H1);
        Assert.Equal(["CR 01", "CR 02", "CR 05", "CR 03", "CR 08", "CR 04", "CR 06", "CR 07", "CR 10", "CR 09", "CR 11", "CR 13", "CR 12"], page.References());
        var first = page.RegisterRows()[0];
        Assert.Equal(["CR 01", "Funding gap in the medium-term financial strategy Strategic", "Chief Executive", "Chief Executive's Department", "4", "5", "20", "Red", "▲ Rising"], first[..9]);
        var cr04 = page.RegisterRows().Single(r => r[0] == "CR 04");
        Assert.Equal(["9", "Amber", "▼ Falling"], cr04[6..9]);
        Assert.Equal(Display.Date(app.Today().AddDays(-25)), cr04[9]);
        var cr06 = page.RegisterRows().Single(r => r[0] == "CR 06");
        Assert.Equal("▶ Stable", cr06[8]);
        Assert.Equal("Green", page.RegisterRows().Single(r => r[0] == "CR 12")[7]);
        Assert.DoesNotContain("CR 14", page.References());
        Assert.Null(page.Document.QuerySelector("a[href='/risks/new']"));
    }

    [Fact]
    public async Task The_heat_map_counts_the_open_risks_in_each_cell_as_the_register_holds_them()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);

        var page = await cpeg.PageAsync("/risks");

        var counts = page.HeatMapCounts();
        Assert.Equal(25, counts.Count);
        foreach (var ((likelihood, impact), count) in counts)
        {
            Assert.Equal(DemoHeatMap.GetValueOrDefault((likelihood, impact)), count);
        }

        var held = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Risks.Where(r => r.ClosedOn == null)
            .Select(r => new { r.Likelihood, r.Impact }).ToListAsync());
        Assert.Equal(held.Count, counts.Values.Sum());
        Assert.Contains("13 open risks: 4 red, 6 amber and 3 green.", RiskSite.Squash(page.Document.QuerySelector("#heat-map-summary")!), StringComparison.Ordinal);
        var cell = page.Document.QuerySelector("#heat-map td[data-likelihood='3'][data-impact='3']")!;
        Assert.Contains("heat-amber", cell.ClassName, StringComparison.Ordinal);
        Assert.Equal("3 Amber open risks with likelihood 3 (Possible) and impact 3 (Moderate): score 9", cell.TextWithoutDemoMarks());
        Assert.NotNull(cell.QuerySelector(".demo-mark"));
        Assert.NotNull(page.Document.QuerySelector("#heat-map table caption"));
        Assert.Equal(5, page.Document.QuerySelectorAll("#heat-map thead th[scope=col]").Length);
        Assert.Equal(["Impact 5 Severe", "Impact 4 Major", "Impact 3 Moderate", "Impact 2 Minor", "Impact 1 Minimal"],
            page.Document.QuerySelectorAll("#heat-map tbody th[scope=row]").Select(RiskSite.Squash).ToArray());
    }

    [Fact]
    public async Task The_filters_narrow_the_register_and_the_heat_map()
    {
        var environment = await app.DepartmentIdAsync("ENV");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ServiceManager);

        var env = await officer.PageAsync($"/risks?department={environment}");
        Assert.Equal(["CR 05", "CR 06", "CR 07"], env.References());
        Assert.Equal(3, env.HeatMapCounts().Values.Sum());
        Assert.Equal(1, env.HeatMapCounts()[(4, 4)]);

        var strategic = await officer.PageAsync("/risks?strategic=true");
        Assert.Equal(["CR 01", "CR 02", "CR 05", "CR 03", "CR 08", "CR 04", "CR 06", "CR 07"], strategic.References());
        Assert.Equal(8, strategic.HeatMapCounts().Values.Sum());

        var withClosed = await officer.PageAsync("/risks?closed=true");
        Assert.Equal("CR 14", withClosed.References()[^1]);
        Assert.Contains("Closed", withClosed.RegisterRows()[^1][1], StringComparison.Ordinal);
        Assert.Equal(13, withClosed.HeatMapCounts().Values.Sum());
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    public async Task An_unknown_department_in_the_address_is_named_beside_the_filter_and_the_whole_register_shown(string department)
    {
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);

        var page = await officer.PageAsync($"/risks?department={department}&strategic=true");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("There is no such department: choose one from the list", page.ErrorFor("department"));
        Assert.Contains("There is no such department", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(8, page.References().Count);
    }

    [Fact]
    public async Task A_risk_shows_its_description_controls_and_score_history_latest_first()
    {
        var id = await app.RiskIdAsync("CR 05");
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync($"/risks/{id}");

        Assert.Equal("CR 05 Severe weather and surface water flooding", RiskSite.Squash(page.Document.QuerySelector("h1")!));
        Assert.Contains("Heavy rain and blocked drainage flood roads and homes", page.Text, StringComparison.Ordinal);
        Assert.Contains("Drain-clearing programme targeted at known flooding sites", page.Text, StringComparison.Ordinal);
        Assert.Contains("Director of Environment", page.Text, StringComparison.Ordinal);
        var history = page.Document.QuerySelectorAll("#score-history tbody tr").Select(r => r.Children.Select(RiskSite.Squash).ToList()).ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal([Display.Date(app.Today().AddDays(-10)), "4", "4", "16", "Red"], history[0][..5]);
        Assert.Equal([Display.Date(app.Today().AddDays(-150)), "3", "4", "12", "Amber"], history[1][..5]);
        Assert.Null(page.Document.QuerySelector($"form[action='/risks/{id}/assess']"));
        Assert.Null(page.Document.QuerySelector($"form[action='/risks/{id}/close']"));
        Assert.Null(page.Document.QuerySelector($"a[href='/risks/{id}/edit']"));

        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var forms = await team.PageAsync($"/risks/{id}");
        Assert.NotNull(forms.Document.QuerySelector($"form[action='/risks/{id}/assess']"));
        Assert.Equal(app.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), forms.ValueOf("Assess.ReviewedOn"));
        Assert.Equal("4", forms.FormFields("Assess.Note")["Assess.Likelihood"]);
        Assert.Equal(["1 Rare", "2 Unlikely", "3 Possible", "4 Likely", "5 Almost certain"],
            forms.Document.QuerySelectorAll("#Assess_Likelihood label").Select(RiskSite.Squash).ToArray());
        Assert.Equal(["1 Minimal", "2 Minor", "3 Moderate", "4 Major", "5 Severe"],
            forms.Document.QuerySelectorAll("#Assess_Impact label").Select(RiskSite.Squash).ToArray());
    }

    [Fact]
    public async Task An_unknown_risk_is_the_not_found_page()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/risks/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/emerging-risks/999999/edit")).StatusCode);
    }

    [Fact]
    public async Task The_emerging_risks_are_listed_by_department_and_filtered_by_department_and_status()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync("/emerging-risks");

        Assert.Equal("Top emerging risk issues", page.H1);
        var rows = page.Document.QuerySelectorAll("#emerging-risks tbody tr").Select(r => r.Children.Select(RiskSite.Squash).ToList()).ToList();
        Assert.Equal(12, rows.Count);
        Assert.Equal(rows.Select(r => r[0]).Order(StringComparer.Ordinal), rows.Select(r => r[0]));
        var budget = rows.Single(r => r[1].StartsWith("Budget pressure from demand for care", StringComparison.Ordinal));
        Assert.Equal(["Adult Services", Display.Date(app.Today().AddDays(-12)), "Chief Officer, Adult Services", "Open"], new[] { budget[0], budget[2], budget[3], budget[4] });
        var planning = rows.Single(r => r[1].StartsWith("Staff capacity in planning", StringComparison.Ordinal));
        Assert.Equal("ENV DMT", planning[3]);
        Assert.Empty(page.Document.QuerySelectorAll("#emerging-risks a[href$='/edit']"));
        Assert.Null(page.Document.QuerySelector("a[href='/emerging-risks/new']"));

        var environment = await app.DepartmentIdAsync("ENV");
        var env = await cabinet.PageAsync($"/emerging-risks?department={environment}");
        Assert.Equal(2, env.Document.QuerySelectorAll("#emerging-risks tbody tr").Length);
        var escalated = await cabinet.PageAsync("/emerging-risks?status=Escalated");
        var only = Assert.Single(escalated.Document.QuerySelectorAll("#emerging-risks tbody tr"));
        Assert.Contains("Outcome: Escalated to the corporate risk register", RiskSite.Squash(only), StringComparison.Ordinal);

        var unknown = await cabinet.PageAsync("/emerging-risks?status=Forgotten&department=999999");
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal("Choose Open, Escalated or Closed", unknown.ErrorFor("status"));
        Assert.Equal("There is no such department: choose one from the list", unknown.ErrorFor("department"));
        Assert.Equal(12, unknown.Document.QuerySelectorAll("#emerging-risks tbody tr").Length);
    }

    [Fact]
    public async Task Outstanding_risks_from_the_latest_self_assessments_show_below_with_drafts_only_to_their_own_department()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var page = await head.PageAsync("/emerging-risks");
        var items = page.Document.QuerySelectorAll("#self-assessment-risks tbody tr").ToList();
        // This quarter: Adult Services submitted, Culture accepted, Property returned (its last submission shows); Children's
        // Services and Environment are still drafts, so only their own people see them.
        Assert.Equal(9, items.Count);
        Assert.Equal(["Adult Services", "Culture, Communities and Rural Affairs", "Property, Business and Regulatory"],
            items.Select(i => RiskSite.Squash(i.Children[0])).Distinct().ToArray());
        Assert.Contains(items, i => RiskSite.Squash(i).Contains("Winter: home care capacity is tighter than last year", StringComparison.Ordinal));
        var link = items[0].QuerySelector("a")!;
        var adult = await app.DepartmentIdAsync("AS");
        Assert.StartsWith($"/departments/{adult}/self-assessments/", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("come from the self-assessments", page.Text, StringComparison.Ordinal);

        using var environment = app.CreateSiteClient();
        await environment.SignInAsync("chief.officer.env");
        var own = await environment.PageAsync("/emerging-risks");
        var ownItems = own.Document.QuerySelectorAll("#self-assessment-risks tbody tr").ToList();
        Assert.Equal(12, ownItems.Count);
        Assert.Contains(ownItems, i => RiskSite.Squash(i).Contains("Flooding: a wet winter could bring repeat flooding", StringComparison.Ordinal));
        Assert.DoesNotContain(ownItems, i => RiskSite.Squash(i).Contains("High needs deficit", StringComparison.Ordinal));

        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var hidden = await cabinet.PageAsync("/emerging-risks");
        Assert.Null(hidden.Document.QuerySelector("#self-assessment-risks"));
        Assert.Contains("read those in the issued corporate performance report", hidden.Text, StringComparison.Ordinal);
    }
}
