using System.Globalization;
using System.Net;
using HccPerformance.Core.Ambition;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Ambition;

/// <summary>
/// The council's ambition (issue 15): who sets it (the Leader and Cabinet members for anything, Executive Members within their
/// portfolio, which an Administrator may widen), CPEG's ambition view and its flags, what CPEG asked for, and the members' page.
/// Each test works on an indicator of its own, since they share one database.
/// </summary>
public sealed class AmbitionTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    private const string EnvironmentExecutive = "executive.member.env";

    private sealed record Target(int Id, string Code, int? DepartmentId, Polarity Polarity, int Year, decimal Value);

    /// <summary>
    /// Indicators with a polarity and a target in the review's year and no demo ambition, in code order, each test taking its own.
    /// </summary>
    private Task<List<Target>> TargetsAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var current = ReportingPeriod.FinancialYearOf(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));
        var year = await db.Set<IndicatorTarget>().Where(t => t.FinancialYear <= current).MaxAsync(t => t.FinancialYear);
        var rows = await (
            from i in db.Indicators.AsNoTracking()
            join t in db.Set<IndicatorTarget>() on i.Id equals t.IndicatorId
            where i.Polarity != null && t.FinancialYear == year && !db.Ambitions.Any(a => a.Subject == AmbitionSubject.Indicator && a.SubjectId == i.Id)
            select new { i.Id, i.Code, i.DepartmentId, i.Polarity, t.Value }).ToListAsync();
        return rows.OrderBy(r => Indicator.NaturalKey(r.Code), StringComparer.Ordinal)
            .Select(r => new Target(r.Id, r.Code, r.DepartmentId, r.Polarity!.Value, year, r.Value)).ToList();
    });

    private Task<int> DepartmentAsync(string code) => app.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    private Task<List<Core.Ambition.Ambition>> AmbitionsAsync(int indicatorId) => app.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Ambitions.AsNoTracking().Where(a => a.Subject == AmbitionSubject.Indicator && a.SubjectId == indicatorId).ToListAsync());

    private static string Stretch(Target t) =>
        (t.Polarity == Polarity.HigherIsBetter ? t.Value * 2 + 10 : t.Value / 2 - 10).ToString(CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> SetAsync(SiteClient client, string path, string position, string? quartile = null, string? figure = null, int? year = null)
    {
        var page = await client.PageAsync(path);
        var fields = page.FormFields("Input.Position");
        fields["Input.Position"] = position;
        if (quartile is not null)
        {
            fields["Input.Quartile"] = quartile;
        }

        if (figure is not null)
        {
            fields["Input.Figure"] = figure;
        }

        if (year is { } y)
        {
            fields["Input.ForYear"] = y.ToString(CultureInfo.InvariantCulture);
        }

        return await client.PostFormAsync(path, fields);
    }

    [Fact]
    public async Task A_Cabinet_member_sets_a_stretch_ambition_and_CPEGs_view_flags_the_target_as_short_of_it()
    {
        var target = (await TargetsAsync())[0];
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var path = $"/ambition/indicators/{target.Id}";

        var page = await cabinet.FollowAsync(await SetAsync(cabinet, path, "A stretch well beyond this year's target (integration test)", figure: Stretch(target), year: target.Year));

        Assert.Equal(path, page.Path);
        Assert.StartsWith($"The ambition for {target.Code}", page.Status(), StringComparison.Ordinal);
        var current = page.Document.QuerySelector("#current-ambition")!.TextContent;
        Assert.Contains("The council's ambition", current, StringComparison.Ordinal);
        Assert.Contains("A stretch well beyond this year's target (integration test)", current, StringComparison.Ordinal);
        Assert.Contains("falls short of it", page.Text, StringComparison.Ordinal);
        var saved = Assert.Single(await AmbitionsAsync(target.Id));
        Assert.Equal(AmbitionKind.Council, saved.Kind);
        Assert.Equal(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime), saved.SetOn);

        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var review = await cpeg.PageAsync("/ambition/review");
        var row = review.Document.QuerySelectorAll("#ambition-review tbody tr").Single(r => r.QuerySelector("th a")!.TextContent == target.Code);
        Assert.Contains(AmbitionFlags.ShortOfAmbition, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("integration test", row.TextContent, StringComparison.Ordinal);

        // The indicator's own page shows it too.
        var indicator = await cabinet.PageAsync($"/indicators/{target.Id}");
        Assert.Contains("A stretch well beyond this year's target (integration test)", indicator.Document.QuerySelector("#ambition-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Executive_Member_sets_ambition_in_their_portfolio_only_until_an_Administrator_widens_it()
    {
        var targets = await TargetsAsync();
        var environment = await DepartmentAsync("ENV");
        var chiefExecutives = await DepartmentAsync("CED");
        var own = targets.Last(t => t.DepartmentId == environment);
        var other = targets.Last(t => t.DepartmentId == chiefExecutives);
        using var executive = app.CreateSiteClient();
        await executive.SignInAsync(EnvironmentExecutive);

        var ownPage = await executive.FollowAsync(await SetAsync(executive, $"/ambition/indicators/{own.Id}", "Best practice as in peer councils (integration test)", quartile: "Top"));
        Assert.Contains("Ambition for best practice", ownPage.Document.QuerySelector("#current-ambition")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AmbitionKind.BestPractice, Assert.Single(await AmbitionsAsync(own.Id)).Kind);

        // Another department's indicator: no form, and a post (even an empty one) is the 403 page.
        var otherPath = $"/ambition/indicators/{other.Id}";
        var otherPage = await executive.PageAsync(otherPath);
        Assert.Null(otherPage.Document.QuerySelector("[name='Input.Position']"));
        var refused = await executive.PostFormAsync(otherPath, ("Input.Position", ""));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await AmbitionsAsync(other.Id));

        // An Administrator adds the Chief Executive's Department to the portfolio on the user's page.
        var userId = await app.WithScopeAsync(async s => (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(EnvironmentExecutive))!.Id);
        using (var admin = await app.AdminClientAsync())
        {
            var edit = await admin.PageAsync($"/admin/users/{userId}");
            Assert.NotNull(edit.Document.QuerySelector($"#portfolio-{chiefExecutives}"));
            var fields = edit.FormFields("Input.DisplayName").ToList();
            fields.Add(new("Input.PortfolioDepartmentIds", chiefExecutives.ToString(CultureInfo.InvariantCulture)));
            var saved = await admin.FollowAsync(await admin.PostFormAsync($"/admin/users/{userId}", fields));
            Assert.Contains("has been saved", saved.Status(), StringComparison.Ordinal);
            Assert.NotNull(saved.Document.QuerySelector($"#portfolio-{chiefExecutives}[checked]"));
        }

        // New rights end the old session; signed in again, the Executive Member sets ambition for that department's indicator.
        using var again = app.CreateSiteClient();
        await again.SignInAsync(EnvironmentExecutive);
        var widened = await again.FollowAsync(await SetAsync(again, otherPath, "Best practice for a service in my portfolio (integration test)"));
        Assert.Contains("Ambition for best practice", widened.Document.QuerySelector("#current-ambition")!.TextContent, StringComparison.Ordinal);

        // Who reads a self-assessment is not changed by the portfolio: the other department's stays closed to them.
        var period = await app.WithScopeAsync(async s => (await s.GetRequiredService<ReportingPeriodService>().CurrentAsync())!.Id);
        var assessment = await again.GetAsync($"/departments/{chiefExecutives}/self-assessments/{period}");
        Assert.NotEqual(HttpStatusCode.OK, assessment.StatusCode);
    }

    [Theory]
    [InlineData(TestUsers.SelectCommittee)]
    [InlineData(TestUsers.CpegMember)]
    [InlineData(TestUsers.PerformanceMember)]
    [InlineData(TestUsers.ChiefOfficer)]
    public async Task Someone_who_sets_no_ambition_sees_no_form_and_their_post_is_refused(string user)
    {
        var target = (await TargetsAsync())[1];
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var path = $"/ambition/indicators/{target.Id}";

        var page = await client.PageAsync(path);
        var response = await client.PostFormAsync(path, ("Input.Position", "Anything"), ("Input.ForYear", target.Year.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("[name='Input.Position']"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await AmbitionsAsync(target.Id));
    }

    [Fact]
    public async Task Bad_input_is_shown_beside_its_field_with_the_typing_kept_and_nothing_written()
    {
        var target = (await TargetsAsync())[2];
        using var leader = app.CreateSiteClient();
        await leader.SignInAsync(TestUsers.Leader);
        var path = $"/ambition/indicators/{target.Id}";

        var empty = await Page.ReadAsync(await SetAsync(leader, path, "", figure: "42.5"));
        var both = await Page.ReadAsync(await SetAsync(leader, path, "Top quartile", quartile: "Top", figure: "42.5"));
        var notANumber = await Page.ReadAsync(await SetAsync(leader, path, "Top quartile", figure: "lots"));

        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.StartsWith("Say the position aimed for", empty.ErrorFor("Input.Position"), StringComparison.Ordinal);
        Assert.Equal("42.5", empty.ValueOf("Input.Figure"));
        Assert.Equal("Give a quartile or a figure, not both", both.ErrorFor("Input.Figure"));
        Assert.Equal("Top quartile", both.TextAreaValue("Input.Position"));
        Assert.Equal(HttpStatusCode.OK, notANumber.Status);
        Assert.NotNull(notANumber.ErrorFor("Input.Figure"));
        Assert.Empty(await AmbitionsAsync(target.Id));
    }

    [Fact]
    public async Task A_new_ambition_set_meanwhile_is_shown_and_saving_again_supersedes_it_keeping_both_in_the_history()
    {
        var target = (await TargetsAsync())[3];
        var path = $"/ambition/indicators/{target.Id}";
        using var leader = app.CreateSiteClient();
        await leader.SignInAsync(TestUsers.Leader);
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var leadersForm = (await leader.PageAsync(path)).FormFields("Input.Position");

        await cabinet.FollowAsync(await SetAsync(cabinet, path, "Cabinet's first (integration test)"));
        leadersForm["Input.Position"] = "The Leader's (integration test)";
        var conflict = await Page.ReadAsync(await leader.PostFormAsync(path, leadersForm));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("set a new ambition for this", conflict.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Cabinet's first (integration test)", conflict.Text, StringComparison.Ordinal);
        Assert.Equal("The Leader's (integration test)", conflict.TextAreaValue("Input.Position"));
        Assert.Single(await AmbitionsAsync(target.Id));

        var saved = await leader.FollowAsync(await leader.PostFormAsync(path, conflict.FormFields("Input.Position")));
        Assert.Contains("The Leader's (integration test)", saved.Document.QuerySelector("#current-ambition")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cabinet's first (integration test)", saved.Document.QuerySelector("#earlier-ambitions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await AmbitionsAsync(target.Id)).Count);
    }

    [Fact]
    public async Task CPEG_records_what_it_asked_for_beside_the_row_and_others_may_not()
    {
        var target = (await TargetsAsync())[4];
        var path = $"/ambition/indicators/{target.Id}";
        var words = $"Asked the Chief Officer to raise the target to the top quartile ({Guid.NewGuid():N})";
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.ChiefExecutive);

        var empty = await Page.ReadAsync(await cpeg.PostFormAsync(path, (await cpeg.PageAsync(path)).FormFields("Request.Text"), $"{path}/requests"));
        Assert.StartsWith("Say what CPEG asked for", empty.ErrorFor("Request.Text"), StringComparison.Ordinal);

        var fields = (await cpeg.PageAsync(path)).FormFields("Request.Text");
        fields["Request.Text"] = words;
        var page = await cpeg.FollowAsync(await cpeg.PostFormAsync(path, fields, $"{path}/requests"));
        Assert.Contains(words, page.Document.QuerySelector("#cpeg-requests")!.TextContent, StringComparison.Ordinal);

        var review = await cpeg.PageAsync("/ambition/review");
        var row = review.Document.QuerySelectorAll("#ambition-review tbody tr").Single(r => r.QuerySelector("th a")!.TextContent == target.Code);
        Assert.Contains(words, row.TextContent, StringComparison.Ordinal);

        foreach (var user in new[] { TestUsers.ChiefOfficer, TestUsers.HeadOfImprovement, TestUsers.Leader })
        {
            using var other = app.CreateSiteClient();
            await other.SignInAsync(user);
            Assert.Null((await other.PageAsync(path)).Document.QuerySelector("[name='Request.Text']"));
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync(path, [new("Request.Text", "")], $"{path}/requests")).StatusCode);
        }
    }

    [Fact]
    public async Task The_review_filters_to_flagged_rows_and_says_so_for_a_year_that_is_not_one()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        var all = await head.PageAsync("/ambition/review");
        var flagged = await head.PageAsync("/ambition/review?flagged=true");
        var nonsense = await head.PageAsync("/ambition/review?year=not-a-year");

        var allRows = all.Document.QuerySelectorAll("#ambition-review tbody tr").ToList();
        var flaggedRows = flagged.Document.QuerySelectorAll("#ambition-review tbody tr").ToList();
        Assert.NotEmpty(flaggedRows);
        Assert.True(flaggedRows.Count < allRows.Count);
        Assert.All(flaggedRows, r => Assert.Contains("Target ", r.QuerySelector("td:nth-child(6)")!.TextContent, StringComparison.Ordinal));
        Assert.Contains($"{flaggedRows.Count} of {allRows.Count} targets", all.Document.QuerySelector("#review-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Targets for", all.Document.QuerySelector("label[for=year]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, nonsense.Status);
        Assert.Contains("That is not a financial year", nonsense.Text, StringComparison.Ordinal);
        Assert.Contains("Plan areas with an ambition", all.Text, StringComparison.Ordinal);
        Assert.NotNull(all.Document.QuerySelector("#ambition-areas"));
    }

    [Fact]
    public async Task The_Leader_sees_the_ambitions_they_set_on_their_home_page_with_one_falling_short()
    {
        using var leader = app.CreateSiteClient();
        await leader.SignInAsync(TestUsers.Leader);

        var home = await leader.PageAsync("/what-needs-you");

        Assert.Equal("Ambition you set", home.Document.QuerySelector("#your-ambitions-heading")!.TextContent);
        var items = home.Document.QuerySelectorAll("#your-ambitions li").ToList();
        Assert.True(items.Count >= 2);
        Assert.Contains(items, i => i.TextContent.Contains("falls short of it", StringComparison.Ordinal));
        Assert.Contains(items, i => i.TextContent.Contains("reaches it", StringComparison.Ordinal));

        using var committee = app.CreateSiteClient();
        await committee.SignInAsync(TestUsers.SelectCommittee);
        Assert.Null((await committee.PageAsync("/what-needs-you")).Document.QuerySelector("#your-ambitions-heading"));
    }

    [Fact]
    public async Task A_Cabinet_member_sets_a_plan_areas_ambition_in_words_from_their_own_list()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var list = await cabinet.PageAsync("/ambition");
        var links = list.Document.QuerySelectorAll("#areas tbody th a");
        var link = links[links.Length - 1];
        var path = link.GetAttribute("href")!;

        var form = await cabinet.PageAsync(path);
        Assert.Null(form.Document.QuerySelector("[name='Input.Quartile']"));
        var page = await cabinet.FollowAsync(await SetAsync(cabinet, path, "Among the best for this priority (integration test)"));

        Assert.Contains("Among the best for this priority (integration test)", page.Document.QuerySelector("#current-ambition")!.TextContent, StringComparison.Ordinal);
        var search = await cabinet.PageAsync($"/ambition?search={Uri.EscapeDataString(link.TextContent)}");
        Assert.Contains("Among the best for this priority (integration test)", search.Document.QuerySelector("#areas")!.TextContent, StringComparison.Ordinal);
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        Assert.Contains("Among the best for this priority (integration test)", (await cpeg.PageAsync("/ambition/review")).Document.QuerySelector("#ambition-areas")!.TextContent, StringComparison.Ordinal);
    }
}
