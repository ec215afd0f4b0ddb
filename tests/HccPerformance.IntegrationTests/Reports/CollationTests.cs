using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace HccPerformance.IntegrationTests.Reports;

/// <summary>
/// The Head of Improvement's collation and the issued corporate performance report, on the real database: who may do what,
/// bad input, concurrency, and that an issued version's PDF is the same bytes for ever.
/// </summary>
public sealed class CollationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private Task<int> CurrentPeriodAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods.Where(p => p.IsOpen).Select(p => p.Id).SingleAsync());

    /// <summary>A department whose self-assessment for the period is accepted, and its id.</summary>
    private Task<int> AcceptedDepartmentAsync(int periodId) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().SelfAssessments
            .Where(a => a.ReportingPeriodId == periodId && a.Status == AssessmentStatus.Accepted).Select(a => a.DepartmentId).FirstAsync());

    private async Task<SiteClient> SignedInAsync(string user)
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>CMT's consideration (recorded by the Head of Improvement on its behalf), then the Performance Executive Member's.</summary>
    private async Task WalkToCabinetAsync(string report)
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormToAsync(report, report + "/considerations",
            ("Input.Body", "Cmt"), ("Input.MetOn", today), ("Input.Decisions", "CMT noted the report"))).StatusCode);
        using var member = await SignedInAsync(TestUsers.PerformanceMember);
        Assert.Equal(HttpStatusCode.Redirect, (await member.PostFormToAsync(report, report + "/considerations",
            ("Input.Body", "PerformanceExecutiveMember"), ("Input.MetOn", today), ("Input.Decisions", "No further comments"))).StatusCode);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    public static TheoryData<string> EveryoneButTheHeadOfImprovement()
    {
        var data = new TheoryData<string>();
        foreach (var user in TestUsers.AllButAdmin.Where(u => u != TestUsers.HeadOfImprovement))
        {
            data.Add(user);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryoneButTheHeadOfImprovement))]
    public async Task Only_the_Head_of_Improvement_collates_annotates_and_issues(string userName)
    {
        var period = S(await CurrentPeriodAsync());
        var department = S(await AcceptedDepartmentAsync(int.Parse(period, CultureInfo.InvariantCulture)));
        using var client = await SignedInAsync(userName);

        foreach (var path in new[] { "/collation", $"/collation/{period}", $"/collation/{period}/overview", $"/collation/{period}/themes",
                     $"/collation/{period}/exceptions", $"/collation/{period}/issue", $"/collation/{period}/preview", $"/collation/{period}/preview/pdf",
                     $"/collation/{period}/departments/{department}" })
        {
            Assert.True(HttpStatusCode.Forbidden == (await client.GetAsync(path)).StatusCode, $"{userName} reached {path}");
        }

        foreach (var action in new[] { $"/collation/{period}/overview", $"/collation/{period}/departments/{department}", $"/collation/{period}/issue",
                     $"/collation/{period}/themes/accept", $"/collation/{period}/themes/ignore", $"/collation/{period}/exceptions/drop" })
        {
            var response = await client.PostFormToAsync("/dashboard", action, ("Input.Text", "Not mine to write"), ("Input.KeyIssues", "Not mine"),
                ("confirmNotReceived", "true"), ("Key", "words:x y"), ("Title", "T"), ("Text", "T"));
            Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{userName} posted to {action}: {response.StatusCode}");
        }

        var issued = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedReports.CountAsync(r => r.ReportingPeriodId == int.Parse(period, CultureInfo.InvariantCulture)));
        Assert.Equal(0, issued);
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.SelectCommittee)]
    public async Task Cabinet_and_Select_Committee_read_issued_versions_and_never_a_draft(string userName)
    {
        using var client = await SignedInAsync(userName);
        var list = await client.PageAsync("/reports");
        var link = list.Document.QuerySelector("table a[href^='/reports/']")!.GetAttribute("href")!;

        var report = await client.PageAsync(link);
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Contains("Demo overview", report.Text, StringComparison.Ordinal);
        Assert.NotNull(report.Document.QuerySelector("table caption"));
        var pdf = await client.GetAsync(link + "/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".pdf", pdf.Content.Headers.ContentDisposition!.FileNameStar ?? pdf.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        Assert.Contains("Demo overview", PdfText(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        var period = S(await CurrentPeriodAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/collation/{period}/preview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/collation/{period}/preview/pdf")).StatusCode);
    }

    [Fact]
    public async Task Issuing_names_the_departments_not_accepted_and_issues_only_when_confirmed_then_the_bytes_never_change()
    {
        var periodId = await CurrentPeriodAsync();
        var period = S(periodId);
        var department = S(await AcceptedDepartmentAsync(periodId));
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);

        // The overview and a comment on an item, as the Head of Improvement writes them.
        var overview = await head.PageAsync($"/collation/{period}/overview");
        var saved = await head.PostFormToAsync($"/collation/{period}/overview", $"/collation/{period}/overview",
            ("Input.KeyIssues", "First key issue: adult social care demand."), ("Input.CrossCuttingIssues", "Recruitment."), ("Input.Version", overview.ValueOf("Input.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var annotate = await head.PageAsync($"/collation/{period}/departments/{department}");
        var itemId = annotate.Document.QuerySelectorAll("#Input_ItemId option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        var commented = await head.PostFormToAsync($"/collation/{period}/departments/{department}", $"/collation/{period}/departments/{department}",
            ("Input.ItemId", itemId), ("Input.Text", "Which figures show this?"));
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);

        // Not every department is accepted this quarter: the page names them, and nothing is issued without confirming.
        var check = await head.PageAsync($"/collation/{period}/issue");
        var notAccepted = check.Document.QuerySelectorAll("#not-accepted li").Select(li => li.TextContent.Trim()).ToList();
        Assert.NotEmpty(notAccepted);
        var refused = await Page.ReadAsync(await head.PostFormToAsync($"/collation/{period}/issue", $"/collation/{period}/issue"));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.All(notAccepted, d => Assert.Contains(d, refused.ErrorFor("ConfirmNotReceived"), StringComparison.Ordinal));
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedReports.CountAsync(r => r.ReportingPeriodId == periodId)));

        var issued = await head.PostFormToAsync($"/collation/{period}/issue", $"/collation/{period}/issue", ("confirmNotReceived", "true"));
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var first = issued.Headers.Location!.OriginalString;
        var firstPage = await head.PageAsync(first);
        Assert.Contains("version 1", firstPage.H1, StringComparison.Ordinal);
        Assert.Contains("First key issue", firstPage.Text, StringComparison.Ordinal);
        Assert.Contains("Which figures show this?", firstPage.Text, StringComparison.Ordinal);
        Assert.Contains("Not received (", firstPage.Text, StringComparison.Ordinal);

        // CMT and CPEG are told, in the site; Cabinet reads it once CMT and the Performance Executive Member have considered it.
        Task<bool> ToldAsync(string user) => app.WithScopeAsync(s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return (from n in db.Notifications join u in db.Users on n.UserId equals u.Id
                    where u.UserName == user && n.Text.Contains("version 1") select n).AnyAsync();
        });
        Assert.True(await ToldAsync(TestUsers.ChiefExecutive));
        Assert.True(await ToldAsync(TestUsers.CpegMember));
        Assert.False(await ToldAsync(TestUsers.Cabinet));

        using var cabinet = await SignedInAsync(TestUsers.Cabinet);
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync(first + "/pdf")).StatusCode);
        await WalkToCabinetAsync(first);
        Assert.True(await ToldAsync(TestUsers.Cabinet));
        var bytes = await (await cabinet.GetAsync(first + "/pdf")).Content.ReadAsByteArrayAsync();
        Assert.Contains("First key issue", PdfText(bytes), StringComparison.Ordinal);

        // Change the overview and the comment: the issued version is exactly as it was.
        overview = await head.PageAsync($"/collation/{period}/overview");
        await head.PostFormToAsync($"/collation/{period}/overview", $"/collation/{period}/overview",
            ("Input.KeyIssues", "Second key issue: winter roads."), ("Input.CrossCuttingIssues", "Recruitment."), ("Input.Version", overview.ValueOf("Input.Version")!));
        var annotationId = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Annotations.Where(a => a.Text == "Which figures show this?").Select(a => a.Id).SingleAsync());
        var edit = await head.PageAsync($"/collation/annotations/{annotationId}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormToAsync($"/collation/annotations/{annotationId}/edit", $"/collation/annotations/{annotationId}/edit",
            ("Input.Text", "Figures given: thank you."), ("Input.Version", edit.ValueOf("Input.Version")!))).StatusCode);

        // A day later (a PDF drawn again would carry another date), with everyone signed in afresh.
        app.Clock.Advance(TimeSpan.FromDays(1));
        using var cabinetNextDay = await SignedInAsync(TestUsers.Cabinet);
        using var headNextDay = await SignedInAsync(TestUsers.HeadOfImprovement);
        Assert.Equal(bytes, await (await cabinetNextDay.GetAsync(first + "/pdf")).Content.ReadAsByteArrayAsync());
        Assert.Equal(bytes, await (await headNextDay.GetAsync(first + "/pdf")).Content.ReadAsByteArrayAsync());
        Assert.Contains("First key issue", (await cabinetNextDay.PageAsync(first)).Text, StringComparison.Ordinal);

        // The next issue is version 2, with the change.
        var second = (await headNextDay.PostFormToAsync($"/collation/{period}/issue", $"/collation/{period}/issue", ("confirmNotReceived", "true"))).Headers.Location!.OriginalString;
        Assert.NotEqual(first, second);
        await WalkToCabinetAsync(second);
        var secondPage = await cabinetNextDay.PageAsync(second);
        Assert.Contains("version 2", secondPage.H1, StringComparison.Ordinal);
        Assert.Contains("Second key issue", secondPage.Text, StringComparison.Ordinal);
        Assert.Contains("Figures given: thank you.", secondPage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("First key issue", secondPage.Text, StringComparison.Ordinal);
        Assert.Contains("Second key issue", PdfText(await (await cabinetNextDay.GetAsync(second + "/pdf")).Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(bytes, await (await cabinetNextDay.GetAsync(first + "/pdf")).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_comment_that_is_empty_or_too_long_is_refused_beside_the_field_with_the_typing_kept()
    {
        var periodId = await CurrentPeriodAsync();
        var path = $"/collation/{S(periodId)}/departments/{S(await AcceptedDepartmentAsync(periodId))}";
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        var before = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Annotations.CountAsync());

        var empty = await Page.ReadAsync(await head.PostFormToAsync(path, path, ("Input.ItemId", ""), ("Input.Text", "   ")));
        Assert.Equal("Write the comment", empty.ErrorFor("Input.Text"));

        var long_ = new string('x', 2001);
        var tooLong = await Page.ReadAsync(await head.PostFormToAsync(path, path, ("Input.ItemId", ""), ("Input.Text", long_)));
        Assert.StartsWith("Keep the comment to 2,000 characters or fewer", tooLong.ErrorFor("Input.Text"), StringComparison.Ordinal);
        Assert.Equal(long_, tooLong.Document.QuerySelector("textarea[name='Input.Text']")!.TextContent.Trim());
        Assert.NotNull(tooLong.Document.QuerySelector(".error-summary a[href='#Input_Text']"));

        var overview = await head.PageAsync($"/collation/{S(periodId)}/overview");
        var words = new string('y', 8001);
        var longOverview = await Page.ReadAsync(await head.PostFormToAsync($"/collation/{S(periodId)}/overview", $"/collation/{S(periodId)}/overview",
            ("Input.KeyIssues", words), ("Input.CrossCuttingIssues", "Kept too"), ("Input.Version", overview.ValueOf("Input.Version")!)));
        Assert.StartsWith("Key issues must be 8,000 characters or fewer", longOverview.ErrorFor("Input.KeyIssues"), StringComparison.Ordinal);
        Assert.Equal(words, longOverview.Document.QuerySelector("textarea[name='Input.KeyIssues']")!.TextContent.Trim());
        Assert.Equal("Kept too", longOverview.Document.QuerySelector("textarea[name='Input.CrossCuttingIssues']")!.TextContent.Trim());
        Assert.Equal(before, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Annotations.CountAsync()));
    }

    [Fact]
    public async Task Saving_the_overview_over_someone_elses_change_is_refused_with_both_versions_shown()
    {
        var period = S((await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods.OrderBy(p => p.Id).Select(p => p.Id).Skip(2).FirstAsync())));
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        var path = $"/collation/{period}/overview";
        var form = await head.PageAsync(path);
        var version = form.ValueOf("Input.Version")!;
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormToAsync(path, path, ("Input.KeyIssues", "Theirs, saved first"), ("Input.Version", version))).StatusCode);

        var conflict = await Page.ReadAsync(await head.PostFormToAsync(path, path, ("Input.KeyIssues", "Mine, typed on the old page"), ("Input.Version", version)));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("changed the overview while you were working on it", conflict.Text, StringComparison.Ordinal);
        Assert.Contains("Theirs, saved first", conflict.Document.QuerySelector("#their-version")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mine, typed on the old page", conflict.Document.QuerySelector("textarea[name='Input.KeyIssues']")!.TextContent.Trim());
        Assert.NotEqual(version, conflict.ValueOf("Input.Version"));
        Assert.Contains("Theirs, saved first", (await head.PageAsync(path)).Document.QuerySelector("textarea[name='Input.KeyIssues']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_is_accepted_into_the_overview_and_an_ignored_one_stays_ignored()
    {
        var periodId = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedReports.Select(r => r.ReportingPeriodId).FirstAsync());
        var period = S(periodId);
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        var themes = await head.PageAsync($"/collation/{period}/themes");
        var keys = themes.Document.QuerySelectorAll("form[action$='/themes/accept'] input[name='Key']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.True(keys.Count >= 2, "the demo's accepted quarter has candidate themes");

        var noTitle = await Page.ReadAsync(await head.PostFormToAsync($"/collation/{period}/themes", $"/collation/{period}/themes/accept", ("Key", keys[0]), ("Title", ""), ("Text", "Kept words")));
        Assert.Equal("Give the theme a title", noTitle.Document.QuerySelector("#decision-Title-error")!.TextContent.Trim());
        Assert.Equal("Kept words", noTitle.Document.QuerySelector("#decision-Text")!.TextContent.Trim());

        await head.PostFormToAsync($"/collation/{period}/themes", $"/collation/{period}/themes/accept", ("Key", keys[0]), ("Title", "Winter pressures together"), ("Text", "Three departments say so."));
        await head.PostFormToAsync($"/collation/{period}/themes", $"/collation/{period}/themes/ignore", ("Key", keys[1]));

        var after = await head.PageAsync($"/collation/{period}/themes");
        var open = after.Document.QuerySelectorAll("form[action$='/themes/accept'] input[name='Key']").Select(i => i.GetAttribute("value")).ToList();
        Assert.DoesNotContain(keys[0], open);
        Assert.DoesNotContain(keys[1], open);
        Assert.Contains("Ignored (1)", after.Text, StringComparison.Ordinal);
        var overview = await head.PageAsync($"/collation/{period}/overview");
        Assert.Contains(overview.Document.QuerySelectorAll("input[name^='Input.ThemeTitles']"), i => i.GetAttribute("value") == "Winter pressures together");
    }

    [Fact]
    public async Task A_self_assessment_downloads_as_a_PDF_for_whoever_may_read_it()
    {
        var (periodId, departmentId) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return await db.SelfAssessments.Where(a => a.Department!.Code == "AS" && a.ReportingPeriod!.IsOpen).Select(a => new ValueTuple<int, int>(a.ReportingPeriodId, a.DepartmentId)).SingleAsync();
        });
        var path = $"/departments/{S(departmentId)}/self-assessments/{S(periodId)}";

        using var chief = await SignedInAsync(TestUsers.ChiefOfficer);
        var page = await chief.PageAsync(path);
        Assert.Equal(path + "/pdf", page.Document.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Download as PDF").GetAttribute("href"));
        var pdf = await chief.GetAsync(path + "/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Adult Services", text, StringComparison.Ordinal);

        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync(path + "/pdf")).StatusCode);
        foreach (var other in new[] { "chief.officer.env", TestUsers.Cabinet, TestUsers.SelectCommittee, TestUsers.ServiceManager })
        {
            using var client = await SignedInAsync(other);
            Assert.True(HttpStatusCode.Forbidden == (await client.GetAsync(path + "/pdf")).StatusCode, $"{other} downloaded Adult Services' self-assessment");
        }
    }
}
