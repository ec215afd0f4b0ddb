using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Cpeg;

/// <summary>
/// CPEG's report to CMT as an issued, frozen, numbered document (issue 15; Appendix One: "twice a year, or by exception"):
/// who issues, due and by exception, frozen figures, CMT's consideration once, and the "not important locally" outcome.
/// </summary>
public sealed class IssuedCpegReportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<SiteClient> SignedInAsync(string user)
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        return client;
    }

    private Task<int> CountAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedCpegReports.CountAsync());

    private async Task<HttpResponseMessage> IssueAsync(SiteClient client, string? reason = null) =>
        await client.PostFormToAsync("/cpeg/reports/issue", "/cpeg/reports/issue", ("Input.From", CpegSite.Iso(app.Today().AddMonths(-6))),
            ("Input.To", CpegSite.Iso(app.Today())), ("Input.ExceptionReason", reason ?? ""));

    [Fact]
    public async Task CPEG_issues_when_due_then_only_by_exception_with_a_reason_and_the_figures_stay_frozen()
    {
        using var cpeg = await SignedInAsync(TestUsers.CpegMember);
        // The demo's report no. 1 was issued about five months ago: the next is due.
        var home = await cpeg.PageAsync("/cpeg");
        Assert.Contains("Due", home.Document.QuerySelector("#cpeg-report-due")!.TextContent, StringComparison.Ordinal);
        var before = await CountAsync();

        var issued = await IssueAsync(cpeg);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var page = await cpeg.PageAsync(issued.Headers.Location!.OriginalString);
        Assert.Equal($"CPEG's report to CMT no. {before + 1}", page.H1);
        Assert.Contains("Waiting for CMT's consideration", page.Text, StringComparison.Ordinal);
        var concernsAtIssue = page.Rows("Open ones first").Count;

        // A concern raised afterwards is in the live preview, never in the issued report.
        await cpeg.RaiseAsync("Raised after the report was issued");
        Assert.Equal(concernsAtIssue, (await cpeg.PageAsync(issued.Headers.Location!.OriginalString)).Rows("Open ones first").Count);
        Assert.Contains((await cpeg.PageAsync("/cpeg/report")).Rows("Open ones first"), r => r.StartsWith("Raised after the report was issued", StringComparison.Ordinal));

        // Not due again for six months: issuing now is by exception, and says why.
        var refused = await Page.ReadAsync(await IssueAsync(cpeg));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith("The next report is not due until", refused.ErrorFor("Input.ExceptionReason"), StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountAsync());
        var exception = await IssueAsync(cpeg, "CMT asked for the position before the budget meeting");
        Assert.Equal(HttpStatusCode.Redirect, exception.StatusCode);
        var byException = await cpeg.PageAsync(exception.Headers.Location!.OriginalString);
        Assert.Contains("By exception CMT asked for the position before the budget meeting", byException.Text, StringComparison.Ordinal);

        var pdf = await cpeg.GetAsync(exception.Headers.Location!.OriginalString + "/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task CMT_records_its_consideration_once_and_CPEG_is_told()
    {
        var id = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedCpegReports.Select(r => r.Id).MaxAsync());
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        var exception = await IssueAsync(head, "A test of CMT's step");
        var path = exception.Headers.Location!.OriginalString;
        Assert.NotEqual($"/cpeg/reports/{id}", path);

        using var cpeg = await SignedInAsync(TestUsers.CpegMember);
        var forbidden = await cpeg.PostFormToAsync(path, path + "/considerations", ("Input.Body", "Cmt"), ("Input.MetOn", CpegSite.Iso(app.Today())), ("Input.Decisions", "Not mine"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var cmt = await SignedInAsync(TestUsers.ChiefOfficer);
        var waiting = await cmt.PageAsync("/departments/" + await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == "AS").Select(d => d.Id).SingleAsync()));
        Assert.NotNull(waiting.Document.QuerySelector($"#reports-waiting a[href='{path}']"));
        var recorded = await cmt.PostFormToAsync(path, path + "/considerations", ("Input.Body", "Cmt"), ("Input.MetOn", CpegSite.Iso(app.Today())), ("Input.Decisions", "CMT noted the report"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = await cmt.PageAsync(path);
        Assert.Contains("CMT noted the report", page.Text, StringComparison.Ordinal);
        Assert.Contains("The journey is complete", page.Text, StringComparison.Ordinal);

        var again = await Page.ReadAsync(await cmt.PostFormToAsync(path, path + "/considerations", ("Input.Body", "Cmt"), ("Input.MetOn", CpegSite.Iso(app.Today())), ("Input.Decisions", "Again")));
        Assert.Contains("CMT has already considered CPEG's report to CMT", again.Text, StringComparison.Ordinal);
        var cpegTold = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Notifications.Where(n => n.Link == path)
            .Join(s.GetRequiredService<AppDbContext>().Users, n => n.UserId, u => u.Id, (n, u) => u.UserName!).ToListAsync());
        Assert.Contains(TestUsers.CpegMember, cpegTold);
    }

    [Theory]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.PerformanceTeam)]
    public async Task Only_CPEG_and_the_Head_of_Improvement_issue(string user)
    {
        using var client = await SignedInAsync(user);
        var before = await CountAsync();
        var page = await client.GetAsync("/cpeg/reports/issue");
        var post = await client.PostFormToAsync("/dashboard", "/cpeg/reports/issue", ("Input.From", "2026-01-01"), ("Input.To", "2026-06-30"));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_concern_closed_as_not_important_locally_says_so_with_the_reason_never_Open()
    {
        using var cpeg = await SignedInAsync(TestUsers.CpegMember);
        var concern = await cpeg.RaiseAsync("Report: does not matter locally");
        var page = await cpeg.PageAsync(concern);
        Assert.Equal(HttpStatusCode.Redirect, (await cpeg.PostFormToAsync(concern, concern + "/decide", ("Decide.Important", "false"),
            ("Decide.LocalImportanceReason", "A national measure with no local target"), ("Decide.Version", page.ValueOf("Decide.Version")!))).StatusCode);

        var report = await cpeg.PageAsync("/cpeg/report");
        var row = Assert.Single(report.Rows("Open ones first"), r => r.StartsWith("Report: does not matter locally", StringComparison.Ordinal));
        Assert.EndsWith("Not important locally: A national measure with no local target", row, StringComparison.Ordinal);
    }
}
