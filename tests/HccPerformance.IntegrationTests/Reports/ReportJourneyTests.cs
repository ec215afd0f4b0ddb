using System.Globalization;
using System.Net;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Reports;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Reports;

/// <summary>
/// The corporate report's journey over HTTP (issue 15; seed 3.4, 4.20): who reads a version at each stage (page, PDF, list;
/// "not found" before), who records each step, the order refused in words with nothing written, and who is told.
/// </summary>
public sealed class ReportJourneyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] MembersAfterCabinet = [TestUsers.Leader, TestUsers.Cabinet, TestUsers.SelectCommittee, TestUsers.ExecutiveMember];
    private static readonly string[] FromIssue = [TestUsers.HeadOfImprovement, TestUsers.PerformanceTeam, TestUsers.CpegMember, TestUsers.ChiefExecutive, TestUsers.ChiefOfficer, TestUsers.ServiceManager];

    private string Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A fresh issued version (a copy of the demo's content), so each test walks its own journey.</summary>
    private async Task<int> IssueAsync() => await app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var template = await db.IssuedReports.OrderBy(r => r.Id).FirstAsync();
        var version = await db.IssuedReports.Where(r => r.ReportingPeriodId == template.ReportingPeriodId).MaxAsync(r => r.VersionNumber) + 1;
        var report = new IssuedReport(template.ReportingPeriodId, template.PeriodName, version, app.Clock.GetUtcNow().UtcDateTime.AddDays(-1),
            "Head of Improvement", template.ContentJson, template.Pdf, 0);
        db.IssuedReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    });

    private async Task<SiteClient> SignedInAsync(string user)
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        return client;
    }

    private async Task<HttpResponseMessage> RecordAsync(SiteClient client, int id, Body body, string decisions = "Noted and agreed", string? formPage = null) =>
        await client.PostFormToAsync(formPage ?? $"/reports/{id}", $"/reports/{id}/considerations",
            ("Input.Body", body.ToString()), ("Input.MetOn", Today), ("Input.Decisions", decisions), ("Input.Notes", ""));

    private Task<int> StepsAsync(int id) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedReports.Where(r => r.Id == id).Select(r => r.Considerations.Count).SingleAsync());

    private async Task AssertReadsAsync(string user, int id, bool reads)
    {
        using var client = await SignedInAsync(user);
        var expected = reads ? HttpStatusCode.OK : HttpStatusCode.NotFound;
        Assert.True(expected == (await client.GetAsync($"/reports/{id}")).StatusCode, $"{user} on the page of report {id}: expected {expected}");
        Assert.True(expected == (await client.GetAsync($"/reports/{id}/pdf")).StatusCode, $"{user} on the PDF of report {id}: expected {expected}");
        var list = await client.PageAsync("/reports");
        Assert.True(reads == (list.Document.QuerySelector($"a[href='/reports/{id}']") is not null), $"{user} sees report {id} listed: expected {reads}");
    }

    [Fact]
    public async Task A_version_reaches_each_reader_at_its_stage_and_is_not_found_before()
    {
        var id = await IssueAsync();
        foreach (var user in FromIssue)
        {
            await AssertReadsAsync(user, id, reads: true);
        }

        foreach (var user in MembersAfterCabinet.Append(TestUsers.PerformanceMember))
        {
            await AssertReadsAsync(user, id, reads: false);
        }

        using var cmt = await SignedInAsync(TestUsers.ChiefExecutive);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(cmt, id, Body.Cmt)).StatusCode);
        await AssertReadsAsync(TestUsers.PerformanceMember, id, reads: true);
        foreach (var user in MembersAfterCabinet)
        {
            await AssertReadsAsync(user, id, reads: false);
        }

        using var member = await SignedInAsync(TestUsers.PerformanceMember);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(member, id, Body.PerformanceExecutiveMember, "Comments: fine to go to Cabinet")).StatusCode);
        foreach (var user in MembersAfterCabinet)
        {
            await AssertReadsAsync(user, id, reads: true);
        }
    }

    [Fact]
    public async Task CMT_then_the_Performance_Executive_Member_then_Cabinet_record_their_steps_and_the_page_shows_the_timeline_and_who_was_told()
    {
        var id = await IssueAsync();
        using var cmt = await SignedInAsync(TestUsers.ChiefOfficer);
        var before = await cmt.PageAsync($"/reports/{id}");
        Assert.Contains("Waiting for CMT's consideration", before.Text, StringComparison.Ordinal);
        Assert.NotNull(before.Document.QuerySelector("form[action$='/considerations']"));

        var recorded = await RecordAsync(cmt, id, Body.Cmt, "CMT decisions: take the workforce theme corporately");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var after = await cmt.PageAsync(recorded.Headers.Location!.OriginalString);
        Assert.Contains("CMT's consideration is recorded", after.Text, StringComparison.Ordinal);
        Assert.Contains("CMT decisions: take the workforce theme corporately", after.Text, StringComparison.Ordinal);
        Assert.Contains("Recorded by Chief Officer, Adult Services", after.Text, StringComparison.Ordinal);
        // A Chief Officer does not record the Performance Executive Member's step: no form for it.
        Assert.Null(after.Document.QuerySelector("form[action$='/considerations']"));

        var told = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Notifications
            .Where(n => n.Link == $"/reports/{id}").Join(s.GetRequiredService<AppDbContext>().Users, n => n.UserId, u => u.Id, (n, u) => u.UserName!).ToListAsync());
        Assert.Contains(TestUsers.PerformanceMember, told);
        Assert.Contains(TestUsers.CpegMember, told);
        Assert.DoesNotContain(TestUsers.Cabinet, told);

        using var member = await SignedInAsync(TestUsers.PerformanceMember);
        var home = await member.PageAsync("/what-needs-you");
        Assert.NotNull(home.Document.QuerySelector($"#reports-waiting a[href='/reports/{id}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(member, id, Body.PerformanceExecutiveMember, "Comments: the figures need a note")).StatusCode);

        using var cabinet = await SignedInAsync(TestUsers.Cabinet);
        Assert.Contains(TestUsers.Cabinet, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Notifications
            .Where(n => n.Link == $"/reports/{id}").Join(s.GetRequiredService<AppDbContext>().Users, n => n.UserId, u => u.Id, (n, u) => u.UserName!).ToListAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(cabinet, id, Body.Cabinet, "Resolved: Cabinet notes the report")).StatusCode);
        var done = await cabinet.PageAsync($"/reports/{id}");
        var steps = done.Document.QuerySelectorAll("#journey ol > li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, steps.Count);
        Assert.All(steps, s => Assert.Contains("Done", s, StringComparison.Ordinal));
        Assert.Contains("Resolved: Cabinet notes the report", steps[3], StringComparison.Ordinal);
        Assert.Contains("The journey is complete", done.Text, StringComparison.Ordinal);
        var list = await cabinet.PageAsync("/reports");
        Assert.Contains("Considered by Cabinet", list.Document.QuerySelector($"a[href='/reports/{id}']")!.Closest("tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_order_steps_are_refused_in_words_and_nothing_is_written()
    {
        var id = await IssueAsync();
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        var cabinetFirst = await Page.ReadAsync(await RecordAsync(head, id, Body.Cabinet));
        Assert.Equal(HttpStatusCode.OK, cabinetFirst.Status);
        Assert.Contains("CMT considers version", cabinetFirst.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("before Cabinet: record CMT's consideration first. Nothing was recorded.", cabinetFirst.Text, StringComparison.Ordinal);
        Assert.Equal(0, await StepsAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await RecordAsync(head, id, Body.Cmt)).StatusCode);
        using var cmt = await SignedInAsync(TestUsers.ChiefExecutive);
        var second = await Page.ReadAsync(await RecordAsync(cmt, id, Body.Cmt, formPage: "/reports"));
        Assert.Contains("CMT has already considered version", second.Text, StringComparison.Ordinal);
        Assert.Equal(1, await StepsAsync(id));
    }

    [Fact]
    public async Task Bad_input_is_said_beside_its_field_with_the_typing_kept()
    {
        var id = await IssueAsync();
        using var cmt = await SignedInAsync(TestUsers.ChiefExecutive);
        var page = await Page.ReadAsync(await cmt.PostFormToAsync($"/reports/{id}", $"/reports/{id}/considerations",
            ("Input.Body", "Cmt"), ("Input.MetOn", ""), ("Input.Decisions", new string('x', JourneyLimits.Decisions + 1)), ("Input.Notes", "My notes")));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enter the date it was considered, like 15/12/2026", page.ErrorFor("Input.MetOn"));
        Assert.Equal($"Keep this to {JourneyLimits.Decisions} characters or fewer", page.ErrorFor("Input.Decisions"));
        Assert.Equal("My notes", page.Document.QuerySelector("[name='Input.Notes']")!.TextContent);
        var future = await Page.ReadAsync(await cmt.PostFormToAsync($"/reports/{id}", $"/reports/{id}/considerations",
            ("Input.Body", "Cmt"), ("Input.MetOn", "2099-01-01"), ("Input.Decisions", "Noted")));
        Assert.StartsWith("The date cannot be after today", future.ErrorFor("Input.MetOn"), StringComparison.Ordinal);
        Assert.Equal(0, await StepsAsync(id));
    }

    [Theory]
    [InlineData(TestUsers.ServiceManager, "Cmt", HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.CpegMember, "Cmt", HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.PerformanceTeam, "Cmt", HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.HeadOfImprovement, "PerformanceExecutiveMember", HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.ChiefOfficer, "Cabinet", HttpStatusCode.Forbidden)]
    [InlineData(TestUsers.Cabinet, "Cabinet", HttpStatusCode.NotFound)]
    [InlineData(TestUsers.PerformanceMember, "PerformanceExecutiveMember", HttpStatusCode.NotFound)]
    public async Task Only_the_bodys_members_and_the_Head_of_Improvement_for_CMT_and_Cabinet_record_and_only_what_they_read(string user, string body, HttpStatusCode expected)
    {
        var id = await IssueAsync();
        using var client = await SignedInAsync(user);
        var response = await client.PostFormToAsync("/reports", $"/reports/{id}/considerations", ("Input.Body", body), ("Input.MetOn", Today), ("Input.Decisions", "Mine"));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0, await StepsAsync(id));
    }
}
