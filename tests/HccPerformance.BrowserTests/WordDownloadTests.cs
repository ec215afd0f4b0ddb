using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HccPerformance.BrowserTests;

/// <summary>
/// Issue 20: a Cabinet member reading the issued report downloads its Word version from the button beside the PDF's, and
/// the file opens with the report's sections as Word headings (what the navigation pane shows).
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class WordDownloadTests(SiteFixture site)
{
    [Fact]
    public async Task A_Cabinet_member_downloads_the_issued_report_as_Word_and_it_opens_with_its_sections_as_headings()
    {
        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.SignInAsync("cabinet");

        await cabinet.GoToAsync("/reports/1");
        var download = await cabinet.Page.RunAndWaitForDownloadAsync(() =>
            cabinet.Page.GetByRole(AriaRole.Link, new() { Name = "Download the Word version", Exact = true }).ClickAsync());

        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"word-{Guid.NewGuid():N}.docx");
        try
        {
            await download.SaveAsAsync(path);
            using var document = WordprocessingDocument.Open(path, false);
            var headings = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
            Assert.Equal(["Overview by the Head of Improvement", "Corporate Dashboard summary", "Departments' self-assessments",
                "Corporate Improvement Plan: status by theme", "Areas of concern and interventions"], headings);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
