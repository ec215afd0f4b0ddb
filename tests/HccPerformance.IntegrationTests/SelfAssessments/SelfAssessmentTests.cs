using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.SelfAssessments;

/// <summary>
/// The quarterly self-assessment through the site, on the demo council: this quarter Adult Services has submitted,
/// Children's Services is with its Executive Member, Environment is a draft, Culture accepted, Property returned,
/// and the Chief Executive's Department has not started.
/// </summary>
public sealed class SelfAssessmentTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    [Theory]
    [InlineData(TestUsers.ChiefOfficer, HttpStatusCode.OK)]
    [InlineData(TestUsers.ExecutiveMember, HttpStatusCode.OK)]
    [InlineData(TestUsers.HeadOfImprovement, HttpStatusCode.OK)]
    [InlineData(TestUsers.CpegMember, HttpStatusCode.OK)]
    [InlineData(TestUsers.ChiefExecutive, HttpStatusCode.OK)]
    [InlineData(TestUsers.PerformanceMember, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.Cabinet, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.SelectCommittee, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.ServiceManager, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.PerformanceTeam, HttpStatusCode.Forbidden)]
    [InlineData("chief.officer.env", HttpStatusCode.Forbidden)]
    public async Task A_submitted_assessment_is_read_by_its_department_the_Head_of_Improvement_CPEG_and_the_Chief_Executive(string user, HttpStatusCode expected)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        var response = await client.GetAsync(await PathAsync("AS"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("chief.officer.env", HttpStatusCode.OK)]
    [InlineData("executive.member.env", HttpStatusCode.OK)]
    [InlineData(TestUsers.ServiceManager, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.HeadOfImprovement, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.ChiefExecutive, HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.ChiefOfficer, HttpStatusCode.Forbidden)]
    public async Task A_draft_is_seen_only_inside_its_department(string user, HttpStatusCode expected)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        var response = await client.GetAsync(await PathAsync("ENV"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_Chief_Officer_cannot_write_another_departments_assessment()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.ChiefOfficer);
        var path = await PathAsync("ENV");
        var before = await ContentAsync("ENV");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path + "/edit")).StatusCode);
        var own = await PathAsync("AS");
        var token = (await client.PageAsync(own)).AntiforgeryToken();
        var post = await client.Http.PostAsync(new Uri(path + "/edit", UriKind.Relative), new FormUrlEncodedContent(
            [new("Input.OverallStatement", "Written by someone else"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before.OverallStatement, (await ContentAsync("ENV")).OverallStatement);
    }

    [Fact]
    public async Task Written_sent_confirmed_returned_resubmitted_and_accepted_with_a_version_for_each_submission()
    {
        var path = await PathAsync("CED");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.ced");

        var saved = await officer.PostFormAsync(path + "/edit", Fields(Complete("We are on track with workforce planning.")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sent = await officer.PostFormToAsync(path + "/send", path + "/send", ("Input.Version", await VersionAsync("CED")));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(AssessmentStatus.WithExecutiveMember, await StatusAsync("CED"));

        using var member = app.CreateSiteClient();
        await member.SignInAsync("executive.member.ced");
        var confirmed = await member.PostFormToAsync(path, path + "/confirm", ("Input.Version", await VersionAsync("CED")), ("Input.Comment", "We went through it on Tuesday."));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(AssessmentStatus.Submitted, await StatusAsync("CED"));

        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var refused = await Page.ReadAsync(await head.PostFormToAsync(path, path + "/return", ("Input.Version", await VersionAsync("CED")), ("Input.Comment", "")));
        Assert.Equal("Write the challenge: what the Chief Officer should look at again", refused.ErrorFor("Input.Comment"));
        var returned = await head.PostFormToAsync(path, path + "/return", ("Input.Version", await VersionAsync("CED")), ("Input.Comment", "What is the evidence that ICT resilience improved?"));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        var challenge = await officer.PageAsync(path);
        Assert.Contains("What is the evidence that ICT resilience improved?", challenge.Text, StringComparison.Ordinal);
        await officer.PostFormAsync(path + "/edit", Fields(Complete("We are on track with workforce planning; the failover test in October passed.")));
        var resubmitted = await officer.PostFormToAsync(path + "/send", path + "/resubmit", ("Input.Version", await VersionAsync("CED")));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);

        var accepted = await head.PostFormToAsync(path, path + "/accept", ("Input.Version", await VersionAsync("CED")));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        Assert.Equal(AssessmentStatus.Accepted, await StatusAsync("CED"));
        var page = await head.PageAsync(path);
        Assert.Equal(2, page.Document.QuerySelectorAll("table tbody tr").Length);
        var compare = await head.PageAsync(path + "/compare?from=1&to=2");
        Assert.Contains("the failover test in October passed.", compare.Document.QuerySelector(".diff-text ins")!.TextContent, StringComparison.Ordinal);
        var notified = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Notifications.CountAsync());
        Assert.True(notified >= 5, $"{notified} notifications");
    }

    [Fact]
    public async Task Over_the_word_budget_is_refused_with_the_count_and_the_text_is_kept()
    {
        var path = await PathAsync("ENV");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.env");
        var version = await VersionAsync("ENV");
        var longStatement = string.Join(' ', Enumerable.Repeat("flooding", 520));

        var page = await Page.ReadAsync(await officer.PostFormAsync(path + "/edit",
            [.. Fields(Complete(longStatement)), new("Input.Version", version)]));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("words: it must fit one side of A4, which is 500 words", page.Text, StringComparison.Ordinal);
        Assert.Equal(longStatement, page.Document.QuerySelector("textarea[name='Input.OverallStatement']")!.TextContent.Trim());
        Assert.NotEqual(longStatement, (await ContentAsync("ENV")).OverallStatement);
    }

    [Fact]
    public async Task An_incomplete_draft_cannot_be_sent_and_the_message_says_what_is_missing()
    {
        var path = await PathAsync("CCRA", quarterBack: 9);
        var (departmentId, periodId) = await IdsAsync("CCRA", 9);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            (await db.ReportingPeriods.SingleAsync(p => p.Id == periodId)).Open();
            return await db.SaveChangesAsync();
        });
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.ccra");
        await officer.PostFormAsync(path + "/edit", ("Input.OverallStatement", "Just a start."));

        var page = await Page.ReadAsync(await officer.PostFormToAsync(path + "/send", path + "/send", ("Input.Version", await VersionAsync(departmentId, periodId))));

        Assert.Contains("List at least one key strength", page.Text, StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Draft, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().SelfAssessments
            .Where(a => a.DepartmentId == departmentId && a.ReportingPeriodId == periodId).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Script_typed_into_a_field_is_shown_as_text_never_run()
    {
        var path = await PathAsync("ENV");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.env");

        await officer.PostFormAsync(path + "/edit", [.. Fields(Complete("<script>alert('x')</script> <b>bold</b>")), new("Input.Version", await VersionAsync("ENV"))]);
        var html = await (await officer.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_saving_at_once_the_second_is_refused_and_shown_the_others_text()
    {
        var path = await PathAsync("PBR");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.pbr");
        var version = await VersionAsync("PBR");

        var first = await officer.PostFormAsync(path + "/edit", [.. Fields(Complete("First tab's statement.")), new("Input.Version", version)]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await Page.ReadAsync(await officer.PostFormAsync(path + "/edit", [.. Fields(Complete("Second tab's statement.")), new("Input.Version", version)]));

        Assert.Contains("saved this self-assessment while you were working on it", second.Text, StringComparison.Ordinal);
        Assert.Contains("First tab's statement.", second.Document.QuerySelector("#their-version")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second tab's statement.", second.Document.QuerySelector("textarea[name='Input.OverallStatement']")!.TextContent.Trim());
        Assert.Equal("First tab's statement.", (await ContentAsync("PBR")).OverallStatement);
    }

    [Fact]
    public async Task A_stale_form_after_submission_changes_nothing_and_says_why()
    {
        var path = await PathAsync("CS");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.cs");
        var before = await ContentAsync("CS");

        var page = await Page.ReadAsync(await officer.PostFormToAsync(path, path + "/edit",
            [.. Fields(Complete("A late change of heart.")).Select(f => (f.Key, f.Value)), ("Input.Version", await VersionAsync("CS"))]));

        Assert.Contains("with the Executive Member, so it cannot be changed now", page.Text, StringComparison.Ordinal);
        Assert.Equal(before.OverallStatement, (await ContentAsync("CS")).OverallStatement);
    }

    [Fact]
    public async Task The_tracker_shows_each_department_and_reminds_those_still_to_submit()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        var tracker = await head.PageAsync("/self-assessments/tracker");
        var rows = tracker.Document.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.TextContent);
        Assert.Contains("Submitted", rows["Adult Services"], StringComparison.Ordinal);
        Assert.Contains("With Executive Member", rows["Children's Services"], StringComparison.Ordinal);
        Assert.Contains("Returned", rows["Property, Business and Regulatory"], StringComparison.Ordinal);
        Assert.Contains("Chief Officer, Environment", rows["Environment"], StringComparison.Ordinal);

        var period = await app.WithScopeAsync(s => s.GetRequiredService<ReportingPeriodService>().CurrentAsync());
        var reminded = await head.PostFormToAsync("/self-assessments/tracker", $"/self-assessments/tracker/remind?period={period!.Id}");
        Assert.Equal(HttpStatusCode.Redirect, reminded.StatusCode);

        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.env");
        var home = await officer.PageAsync("/");
        Assert.Contains("Reminder from the Head of Improvement", home.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.ServiceManager)]
    public async Task The_tracker_is_not_for_departments_or_Cabinet(string user)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/self-assessments/tracker")).StatusCode);
    }

    [Fact]
    public async Task Items_link_to_plan_areas_and_the_area_shows_them_but_a_draft_only_to_its_department()
    {
        var path = await PathAsync("ENV");
        var (department, period) = await IdsAsync("ENV");
        var waste = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas
            .Where(a => a.ShortName == "Waste" && a.Plan!.IsCurrent).Select(a => a.Id).SingleAsync());
        var item = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<AssessmentItem>()
            .Where(i => s.GetRequiredService<AppDbContext>().SelfAssessments.Any(a => a.Id == i.SelfAssessmentId && a.DepartmentId == department && a.ReportingPeriodId == period))
            .OrderBy(i => i.Section).ThenBy(i => i.Position).Select(i => new { i.Id, i.Text }).FirstAsync());

        using var stranger = app.CreateSiteClient();
        await stranger.SignInAsync(TestUsers.ChiefOfficer);
        var forbidden = await stranger.PostFormToAsync(await PathAsync("AS"), path + "/links", ("version", await VersionAsync("ENV")), ($"area[{item.Id}]", waste.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.env");
        var saved = await officer.PostFormToAsync(path + "/links", path + "/links", ("version", await VersionAsync("ENV")), ($"area[{item.Id}]", waste.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains(item.Text, (await officer.PageAsync($"/plan/areas/{waste}")).Text, StringComparison.Ordinal);
        Assert.Contains("about Waste", (await officer.PageAsync(path)).Text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        Assert.DoesNotContain(item.Text, (await head.PageAsync($"/plan/areas/{waste}")).Text, StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Fields(HccPerformance.Core.SelfAssessments.AssessmentContent content) =>
    [
        new("Input.OverallStatement", content.OverallStatement),
        new("Input.Strengths", string.Join("\n", content.Strengths)),
        new("Input.AreasForImprovement", string.Join("\n", content.AreasForImprovement)),
        new("Input.Risks", string.Join("\n", content.Risks)),
        new("Input.Actions", string.Join("\n", content.Actions)),
        new("Input.TradeOffs", content.TradeOffs),
    ];

    private static AssessmentContent Complete(string statement) => new(
        statement, ["The contact centre answers more calls first time."], ["Data quality in two services is not good enough."],
        ["ICT resilience during the data centre move."], ["A weekly data quality check until March."], "We delayed the intranet refresh.");

    private async Task<(int DepartmentId, int PeriodId)> IdsAsync(string code, int quarterBack = 0) => await app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var department = await db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
        var current = (await s.GetRequiredService<ReportingPeriodService>().CurrentAsync())!;
        var index = (current.FinancialYear * 4) + current.Quarter - 1 - quarterBack;
        var period = await db.ReportingPeriods.Where(p => p.FinancialYear == index / 4 && p.Quarter == (index % 4) + 1).Select(p => p.Id).SingleAsync();
        return (department, period);
    });

    private async Task<string> PathAsync(string code, int quarterBack = 0)
    {
        var (department, period) = await IdsAsync(code, quarterBack);
        return SelfAssessmentService.LinkTo(department, period);
    }

    private async Task<string> VersionAsync(string code)
    {
        var (department, period) = await IdsAsync(code);
        return await VersionAsync(department, period);
    }

    private Task<string> VersionAsync(int department, int period) => app.WithScopeAsync(async s =>
        (await s.GetRequiredService<AppDbContext>().SelfAssessments.AsNoTracking()
            .SingleAsync(a => a.DepartmentId == department && a.ReportingPeriodId == period)).Version.ToString());

    private async Task<AssessmentStatus> StatusAsync(string code)
    {
        var (department, period) = await IdsAsync(code);
        return await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().SelfAssessments
            .Where(a => a.DepartmentId == department && a.ReportingPeriodId == period).Select(a => a.Status).SingleAsync());
    }

    private async Task<AssessmentContent> ContentAsync(string code)
    {
        var (department, period) = await IdsAsync(code);
        return await app.WithScopeAsync(async s => (await s.GetRequiredService<AppDbContext>().SelfAssessments.AsNoTracking()
            .Include(a => a.Items).SingleAsync(a => a.DepartmentId == department && a.ReportingPeriodId == period)).Content);
    }
}
