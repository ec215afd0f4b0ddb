using System.Net;
using HccPerformance.Core.Inspections;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HccPerformance.IntegrationTests.Inspections.InspectionSite;

namespace HccPerformance.IntegrationTests.Inspections;

/// <summary>
/// The inspection register's pages: the figures at the top equal what the register holds, the filters, and the Performance
/// Team recording inspections and recommendations (with the due-date rule). Expected figures are worked out here from the
/// rows in the database with <see cref="Recommendation.IsOverdue"/>, not read back from the site's own summary.
/// </summary>
public sealed class InspectionRegisterTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.SelectCommittee)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.ServiceManager)]
    [InlineData(TestUsers.PerformanceTeam)]
    public async Task Everyone_signed_in_reads_the_register(string user)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        var page = await client.PageAsync("/inspections");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Inspections and their recommendations", page.H1);
        Assert.Equal(await app.InspectionCountAsync(), page.Document.QuerySelectorAll("#inspections tbody tr").Length);
        Assert.Equal(user == TestUsers.PerformanceTeam, page.Document.QuerySelector("a[href='/inspections/new']") is not null);
    }

    [Fact]
    public async Task The_share_complete_and_the_overdue_list_are_what_the_register_holds()
    {
        var today = TodayOf(app);
        var all = await app.AllRecommendationsAsync();
        var names = await app.DepartmentNamesAsync();
        var complete = all.Count(r => r.Status == RecommendationStatus.Complete);
        var overdue = all.Where(r => r.IsOverdue(today)).OrderBy(r => r.DueOn).ThenBy(r => names[r.DepartmentId], StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
        Assert.True(all.Count >= 30, "the demo has about 8 inspections of 3-8 recommendations");
        Assert.InRange(overdue.Count, 5, all.Count - complete);
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync("/inspections");

        Assert.Contains($"The council: {complete} of {all.Count} recommendations complete ({Percent(complete, all.Count)}%).",
            page.Document.QuerySelector("#share-complete")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{overdue.Count} are overdue.", page.Document.QuerySelector("#share-complete")!.TextContent, StringComparison.Ordinal);

        var rows = page.Document.QuerySelectorAll("#overdue-recommendations tbody tr");
        Assert.Equal(overdue.Count, rows.Length);
        for (var i = 0; i < overdue.Count; i++)
        {
            var cells = rows[i].Children.Select(c => c.TextContent.Trim()).ToList();
            Assert.Equal(today.DayNumber - overdue[i].DueOn.DayNumber, int.Parse(cells[5], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
            Assert.Equal(overdue[i].Owner, cells[2]);
            Assert.Equal(names[overdue[i].DepartmentId], cells[3]);
            Assert.Equal($"/inspections/recommendations/{overdue[i].Id}", rows[i].QuerySelector("a")!.GetAttribute("href"));
        }

        var byDepartment = page.Document.QuerySelectorAll("#by-department tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        foreach (var group in all.GroupBy(r => r.DepartmentId))
        {
            var done = group.Count(r => r.Status == RecommendationStatus.Complete);
            Assert.Equal(
                [done.ToString(), group.Count().ToString(), $"{Percent(done, group.Count())}%", group.Count(r => r.IsOverdue(today)).ToString()],
                byDepartment[names[group.Key]]);
        }

        Assert.Equal(all.Select(r => r.DepartmentId).Distinct().Count(), byDepartment.Count);
    }

    [Fact]
    public async Task The_dashboard_summary_gives_the_same_figures_for_a_department_and_the_council()
    {
        var today = TodayOf(app);
        var all = await app.AllRecommendationsAsync();
        var environment = await app.DepartmentIdAsync("ENV");
        var mine = all.Where(r => r.DepartmentId == environment).ToList();

        var (council, env) = await app.WithScopeAsync(async s =>
        {
            var register = s.GetRequiredService<InspectionRegister>();
            return (await register.SummaryAsync(null), await register.SummaryAsync(environment));
        });

        Assert.Equal(new RecommendationFigures(all.Count, all.Count(r => r.Status == RecommendationStatus.Complete), all.Count(r => r.IsOverdue(today))), council.Overall);
        Assert.Equal(new RecommendationFigures(mine.Count, mine.Count(r => r.Status == RecommendationStatus.Complete), mine.Count(r => r.IsOverdue(today))), env.Overall);
        Assert.Equal(mine.Where(r => r.IsOverdue(today)).Select(r => r.Id).Order(), env.Overdue.Select(o => o.Id).Order());
        Assert.Equal(council.ByDepartment, env.ByDepartment);
        Assert.NotEmpty(env.Overdue);
    }

    [Fact]
    public async Task Inspections_are_listed_newest_first_with_their_recommendations_progress()
    {
        var today = TodayOf(app);
        var inspections = (await app.AllInspectionsAsync()).OrderByDescending(i => i.ReportedOn).ThenByDescending(i => i.Id).ToList();
        var recommendations = (await app.AllRecommendationsAsync()).ToLookup(r => r.InspectionId);
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync("/inspections");

        var rows = page.Document.QuerySelectorAll("#inspections tbody tr");
        Assert.Equal(inspections.Count, rows.Length);
        for (var i = 0; i < inspections.Count; i++)
        {
            var mine = recommendations[inspections[i].Id].ToList();
            Assert.Equal($"/inspections/{inspections[i].Id}", rows[i].QuerySelector("th a")!.GetAttribute("href"));
            Assert.Equal(inspections[i].Service, rows[i].QuerySelector("th")!.TextWithoutDemoMarks());
            Assert.Contains($"{mine.Count(r => r.Status == RecommendationStatus.Complete)} of {mine.Count} complete", rows[i].TextContent, StringComparison.Ordinal);
            var overdue = mine.Count(r => r.IsOverdue(today));
            Assert.Equal(overdue == 0 ? "0" : $"{overdue} overdue", rows[i].Children[^1].TextContent.Trim());
        }

        Assert.True(inspections.Count(i => i.Service.Contains("(demo)", StringComparison.Ordinal)) >= 8, "the demo's inspections say they are demo data");
        Assert.Equal(6, inspections.Where(i => i.DepartmentId is not null).Select(i => i.DepartmentId).Distinct().Count());
    }

    [Fact]
    public async Task The_department_and_overdue_filters_narrow_the_list()
    {
        var today = TodayOf(app);
        var environment = await app.DepartmentIdAsync("ENV");
        var inspections = await app.AllInspectionsAsync();
        var recommendations = (await app.AllRecommendationsAsync()).ToLookup(r => r.InspectionId);
        var involvingEnvironment = inspections.Where(i => i.DepartmentId == environment || recommendations[i.Id].Any(r => r.DepartmentId == environment)).ToList();
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var byDepartment = await cabinet.PageAsync($"/inspections?department={environment}");
        var overdueOnly = await cabinet.PageAsync("/inspections?overdue=true");

        Assert.Equal(involvingEnvironment.Select(i => $"/inspections/{i.Id}").Order(),
            byDepartment.Document.QuerySelectorAll("#inspections tbody th a").Select(a => a.GetAttribute("href")!).Order());
        Assert.Contains("Use of resources (demo)", byDepartment.Document.QuerySelector("#inspections")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Environment:", byDepartment.Document.QuerySelector("#share-complete")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.All(byDepartment.Document.QuerySelectorAll("#overdue-recommendations tbody tr"), r => Assert.Equal("Environment", r.Children[3].TextContent.Trim()));
        Assert.Equal("Environment", byDepartment.Document.QuerySelector("#department option[selected]")!.TextContent.Trim());

        var withOverdue = inspections.Where(i => recommendations[i.Id].Any(r => r.IsOverdue(today))).ToList();
        Assert.Equal(withOverdue.Count, overdueOnly.Document.QuerySelectorAll("#inspections tbody tr").Length);
        Assert.True(withOverdue.Count < inspections.Count, "the demo has inspections with nothing overdue");
    }

    [Theory]
    [InlineData("999")]
    [InlineData("environment")]
    [InlineData("-1")]
    public async Task An_unknown_department_in_the_address_is_explained_and_every_inspection_shown(string department)
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync($"/inspections?department={department}&overdue=perhaps");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("There is no such department", page.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(await app.InspectionCountAsync(), page.Document.QuerySelectorAll("#inspections tbody tr").Length);
    }

    [Fact]
    public async Task Unknown_inspections_and_recommendations_are_not_found()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/inspections/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/inspections/recommendations/987654")).StatusCode);
    }

    [Fact]
    public async Task The_Performance_Team_records_an_inspection_then_a_recommendation()
    {
        var today = TodayOf(app);
        var environment = await app.DepartmentIdAsync("ENV");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);

        var created = await team.PostFormAsync("/inspections/new",
            ("Input.Body", "Audit Commission"), ("Input.Service", "Waste management (integration test)"),
            ("Input.DepartmentId", environment.ToString()), ("Input.ReportedOn", Iso(today.AddDays(-20))));
        var page = await team.FollowAsync(created);
        var id = int.Parse(page.Path.Split('/')[^1]);
        Assert.Equal("Audit Commission: Waste management (integration test)", page.H1);
        Assert.Equal("The Audit Commission inspection is recorded. Add its recommendations now.", page.Status());
        Assert.Equal(today.AddDays(-20), (await app.InspectionAsync(id)).ReportedOn);

        var added = await team.PostFormToAsync($"/inspections/{id}", $"/inspections/{id}/recommendations",
            ("Recommendation.Text", "Publish recycling rates by district"), ("Recommendation.Owner", "Head of Waste Management"),
            ("Recommendation.DepartmentId", environment.ToString()), ("Recommendation.DueOn", Iso(today.AddMonths(6))));
        var details = await team.FollowAsync(added);

        Assert.Equal($"/inspections/{id}", details.Path);
        Assert.StartsWith("The recommendation is added, owned by Head of Waste Management.", details.Status(), StringComparison.Ordinal);
        var row = Assert.Single(details.Document.QuerySelectorAll("#recommendations tbody tr"));
        Assert.Contains("Publish recycling rates by district", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not started", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 of 1 complete", details.Document.QuerySelector("#inspection-progress")!.TextContent, StringComparison.Ordinal);
        var saved = await app.RecommendationAsync("Publish recycling rates by district");
        Assert.Equal((id, environment, today.AddMonths(6), RecommendationStatus.NotStarted), (saved.InspectionId, saved.DepartmentId, saved.DueOn, saved.Status));

        var list = await team.PageAsync("/inspections");
        Assert.Equal("Waste management (integration test)", list.Document.QuerySelector("#inspections tbody tr th")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_due_date_before_the_inspection_reported_is_refused_beside_the_field_and_nothing_is_written()
    {
        var inspection = await app.InspectionAsync("Highways maintenance and street lighting (demo)");
        var environment = await app.DepartmentIdAsync("ENV");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var before = await app.RecommendationCountAsync();

        var response = await team.PostFormToAsync($"/inspections/{inspection.Id}", $"/inspections/{inspection.Id}/recommendations",
            ("Recommendation.Text", "Resurface the A-roads first"), ("Recommendation.Owner", "Head of Highways"),
            ("Recommendation.DepartmentId", environment.ToString()), ("Recommendation.DueOn", Iso(inspection.ReportedOn.AddDays(-1))));
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The due date cannot be before the inspection reported", page.ErrorFor("Recommendation.DueOn"));
        Assert.Contains("The due date cannot be before the inspection reported", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("Resurface the A-roads first", page.TextAreaValue("Recommendation.Text"));
        Assert.Equal("Head of Highways", page.ValueOf("Recommendation.Owner"));
        Assert.Equal(Iso(inspection.ReportedOn.AddDays(-1)), page.ValueOf("Recommendation.DueOn"));
        Assert.Equal(before, await app.RecommendationCountAsync());

        var empty = await Page.ReadAsync(await team.PostFormToAsync($"/inspections/{inspection.Id}", $"/inspections/{inspection.Id}/recommendations",
            ("Recommendation.Text", " "), ("Recommendation.Owner", ""), ("Recommendation.DepartmentId", ""), ("Recommendation.DueOn", "")));
        Assert.Equal("Enter the recommendation as the report words it", empty.ErrorFor("Recommendation.Text"));
        Assert.Equal("Choose the department that answers for the recommendation", empty.ErrorFor("Recommendation.DepartmentId"));
        Assert.Equal("Enter the date the recommendation is due, like 31/03/2010", empty.ErrorFor("Recommendation.DueOn"));
        Assert.Equal(before, await app.RecommendationCountAsync());
    }

    [Fact]
    public async Task Moving_the_report_date_after_a_recommendation_falls_due_is_refused()
    {
        var inspection = await app.InspectionAsync("Trading standards: regulatory services review (demo)");
        var earliest = (await app.AllRecommendationsAsync()).Where(r => r.InspectionId == inspection.Id).Min(r => r.DueOn);
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var form = await team.PageAsync($"/inspections/{inspection.Id}/edit");
        var fields = form.FormFields("Input.Body");

        fields["Input.ReportedOn"] = Iso(earliest.AddDays(1));
        var page = await Page.ReadAsync(await team.PostFormAsync($"/inspections/{inspection.Id}/edit", fields));

        Assert.StartsWith("A recommendation of this inspection is due on", page.ErrorFor("Input.ReportedOn"), StringComparison.Ordinal);
        Assert.Equal(inspection.ReportedOn, (await app.InspectionAsync(inspection.Id)).ReportedOn);

        fields["Input.ReportedOn"] = Iso(TodayOf(app).AddDays(1));
        var future = await Page.ReadAsync(await team.PostFormAsync($"/inspections/{inspection.Id}/edit", fields));
        Assert.StartsWith("The inspection cannot have reported in the future", future.ErrorFor("Input.ReportedOn"), StringComparison.Ordinal);

        fields["Input.ReportedOn"] = Iso(inspection.ReportedOn.AddDays(-7));
        var saved = await team.FollowAsync(await team.PostFormAsync($"/inspections/{inspection.Id}/edit", fields));
        Assert.Equal("The inspection is saved.", saved.Status());
        Assert.Equal(inspection.ReportedOn.AddDays(-7), (await app.InspectionAsync(inspection.Id)).ReportedOn);
    }

    [Fact]
    public async Task A_stale_edit_of_an_inspection_shows_the_other_version_and_keeps_what_was_typed()
    {
        var inspection = await app.InspectionAsync("Public library service: assessment against the national standards (demo)");
        using var first = app.CreateSiteClient();
        using var second = app.CreateSiteClient();
        await first.SignInAsync(TestUsers.PerformanceTeam);
        await second.SignInAsync(TestUsers.PerformanceTeam);
        var mine = (await first.PageAsync($"/inspections/{inspection.Id}/edit")).FormFields("Input.Body");
        var theirs = (await second.PageAsync($"/inspections/{inspection.Id}/edit")).FormFields("Input.Body");

        theirs["Input.Service"] = "Public library service, as renamed by a colleague (demo)";
        await second.FollowAsync(await second.PostFormAsync($"/inspections/{inspection.Id}/edit", theirs));
        mine["Input.Service"] = "Public library service, my wording (demo)";
        var page = await Page.ReadAsync(await first.PostFormAsync($"/inspections/{inspection.Id}/edit", mine));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("changed this inspection while you were editing it", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("as renamed by a colleague", page.Document.QuerySelector("[aria-labelledby=their-version]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Public library service, my wording (demo)", page.ValueOf("Input.Service"));
        Assert.Equal("Public library service, as renamed by a colleague (demo)", (await app.InspectionAsync(inspection.Id)).Service);

        // Having seen theirs, saving again replaces it on purpose.
        await first.FollowAsync(await first.PostFormAsync($"/inspections/{inspection.Id}/edit", page.FormFields("Input.Body")));
        Assert.Equal("Public library service, my wording (demo)", (await app.InspectionAsync(inspection.Id)).Service);
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.HeadOfImprovement)]
    public async Task Only_the_Performance_Team_records_inspections_and_recommendations(string user)
    {
        var inspection = await app.InspectionAsync("Adult social care: annual performance assessment (demo)");
        var adults = await app.DepartmentIdAsync("AS");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var inspections = await app.InspectionCountAsync();
        var recommendations = await app.RecommendationCountAsync();

        var details = await client.PageAsync($"/inspections/{inspection.Id}");
        Assert.Equal(HttpStatusCode.OK, details.Status);
        Assert.Null(details.Document.QuerySelector("form[action$='/recommendations']"));
        Assert.Null(details.Document.QuerySelector($"a[href='/inspections/{inspection.Id}/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/inspections/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/inspections/{inspection.Id}/edit")).StatusCode);

        var add = await client.PostFormToAsync($"/inspections/{inspection.Id}", $"/inspections/{inspection.Id}/recommendations",
            ("Recommendation.Text", "Not allowed"), ("Recommendation.Owner", "Head of Personalisation"),
            ("Recommendation.DepartmentId", adults.ToString()), ("Recommendation.DueOn", Iso(TodayOf(app).AddMonths(3))));
        var create = await client.PostFormToAsync($"/inspections/{inspection.Id}", "/inspections/new",
            ("Input.Body", "Ofsted"), ("Input.Service", "Not allowed"), ("Input.ReportedOn", Iso(TodayOf(app))));

        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(inspections, await app.InspectionCountAsync());
        Assert.Equal(recommendations, await app.RecommendationCountAsync());
    }
}
