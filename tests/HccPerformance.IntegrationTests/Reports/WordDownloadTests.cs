using System.Net;
using HccPerformance.IntegrationTests.Support;
using HccPerformance.UnitTests.Documents;

namespace HccPerformance.IntegrationTests.Reports;

/// <summary>
/// Issue 20 over HTTP: the Word versions of the corporate report and of CPEG's report to CMT, offered beside their PDFs
/// to whoever may read the PDF, and saying what the report's page says. Who may read which is in
/// <c>RoleAccessTests</c>, beside the PDFs' own lines.
/// </summary>
public sealed class WordDownloadTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private async Task<SiteClient> SignedInAsync(string user)
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        return client;
    }

    private static async Task<WordFile> WordAsync(HttpResponseMessage response, string fileNameEnd)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WordType, response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(fileNameEnd, response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var file = new WordFile(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(file.ValidationErrors);
        return file;
    }

    [Fact]
    public async Task Cabinet_downloads_the_issued_report_as_Word_beside_its_PDF_with_the_pages_departments_and_concerns()
    {
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync("/reports/1");
        var link = page.Document.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Download the Word version");
        Assert.Equal("/reports/1/word", link.GetAttribute("href"));
        var file = await WordAsync(await cabinet.GetAsync("/reports/1/word"), ".docx");

        // The demo's report is made from demo data: DEMO at the top and foot of every page, no marking.
        Assert.StartsWith("DEMO", file.Header, StringComparison.Ordinal);
        Assert.StartsWith("DEMO", file.Footer, StringComparison.Ordinal);
        var departments = page.Document.QuerySelectorAll("h3[id^='department-']").Select(Name).ToList();
        Assert.NotEmpty(departments);
        var wordDepartments = file.Headings.Where(h => h.Level == 2).Select(h => h.Text).ToList();
        Assert.All(departments, d => Assert.Contains(wordDepartments, w => w.StartsWith(d, StringComparison.Ordinal)));
        // Every department's overall statement on the page is in the Word file word for word (line breaks aside). (The
        // page also shows questions asked on the report since: they are not part of the issued report, so not in its files.)
        var text = Words(file.Text);
        var statements = page.Document.QuerySelectorAll("section[aria-labelledby^='department-'] h4")
            .Where(h => h.TextContent.Trim() == "Overall statement").Select(h => Words(h.NextElementSibling?.TextContent ?? "")).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, statement => Assert.Contains(statement, text, StringComparison.Ordinal));
        Assert.All(file.AlternativeTexts, alt => Assert.False(string.IsNullOrWhiteSpace(alt)));
    }

    [Fact]
    public async Task A_report_that_does_not_exist_or_not_yet_readable_is_not_found_as_for_its_PDF()
    {
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/reports/99999/word")).StatusCode);
        // Version 2 waits for CMT: Cabinet may not read it yet, PDF or Word.
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/reports/2/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/reports/2/word")).StatusCode);
        Assert.Equal("Page not found", (await cabinet.PageAsync("/reports/2/word")).H1);

        using var cpeg = await SignedInAsync(TestUsers.CpegMember);
        Assert.Equal(HttpStatusCode.NotFound, (await cpeg.GetAsync("/cpeg/reports/99999/word")).StatusCode);
    }

    [Fact]
    public async Task The_Head_of_Improvement_previews_the_draft_as_Word_and_nobody_else_can()
    {
        using var head = await SignedInAsync(TestUsers.HeadOfImprovement);

        var preview = await head.PageAsync("/collation/1/preview");
        Assert.Equal("/collation/1/preview/word",
            preview.Document.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Preview the Word version").GetAttribute("href"));
        var file = await WordAsync(await head.GetAsync("/collation/1/preview/word"), ".docx");
        Assert.Equal(["Overview by the Head of Improvement", "Corporate Dashboard summary"], file.Headings.Where(h => h.Level == 1).Select(h => h.Text).Take(2));

        using var cabinet = await SignedInAsync(TestUsers.Cabinet);
        var refused = await cabinet.GetAsync("/collation/1/preview/word");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("You do not have access to this page", (await Page.ReadAsync(refused)).H1);
    }

    [Fact]
    public async Task CPEGs_issued_report_downloads_as_Word_beside_its_PDF_with_every_concern_on_its_page()
    {
        using var cpeg = await SignedInAsync(TestUsers.CpegMember);

        var page = await cpeg.PageAsync("/cpeg/reports/1");
        Assert.Equal("/cpeg/reports/1/word",
            page.Document.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Download the Word version").GetAttribute("href"));
        var file = await WordAsync(await cpeg.GetAsync("/cpeg/reports/1/word"), "cpeg-report-to-cmt-no-1.docx");

        Assert.StartsWith("CPEG's report to CMT no. 1, ", file.Headings[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Summary", "Areas of concern"], file.Headings.Where(h => h.Level == 2).Select(h => h.Text));
        Assert.Contains(file.Headings, h => h.Level == 3);
        Assert.All(file.Tables, t => Assert.True(WordFile.HasHeaderRow(t)));

        var live = await cpeg.PageAsync("/cpeg/report");
        var word = live.Document.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Download the report as a Word document").GetAttribute("href")!;
        var draft = await WordAsync(await cpeg.GetAsync(word), ".docx");
        Assert.StartsWith("Draft of CPEG's report to CMT, ", draft.Headings[0].Text, StringComparison.Ordinal);
    }

    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    // A heading's name without its demo mark's words, which the page adds for screen readers.
    private static string Name(AngleSharp.Dom.IElement heading) =>
        heading.ChildNodes.Where(n => n.NodeType == AngleSharp.Dom.NodeType.Text).Select(n => n.TextContent).Aggregate("", string.Concat).Trim();
}
