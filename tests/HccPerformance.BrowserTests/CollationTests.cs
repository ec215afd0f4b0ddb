using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.BrowserTests;

/// <summary>The Head of Improvement collates a quarter and issues the corporate performance report; Cabinet reads it (issue 8).</summary>
[Collection(BrowserCollection.Name)]
public sealed class CollationTests(SiteFixture site)
{
    [Fact]
    public async Task The_Head_of_Improvement_collates_and_issues_and_Cabinet_reads_the_report()
    {
        // The demo's quarter whose self-assessments are accepted (its version 1 is the demo report).
        int periodId;
        using (var scope = site.Services.CreateScope())
        {
            periodId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().IssuedReports.Select(r => r.ReportingPeriodId).FirstAsync();
        }

        string reportUrl;
        await using (var head = await site.OpenSessionAsync())
        {
            await head.SignInAsync("head.of.improvement");
            await head.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Collation" }).ClickAsync();
            await head.ExpectHeadingAsync(new Regex("^Collation for Quarter "));
            await head.GoToAsync($"/collation/{periodId}");
            await Accessibility.AssertNoViolationsAsync(head.Page, "the collation workspace");

            // A comment on an item: refused when empty, then saved.
            await head.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Annotate Adult Services") }).ClickAsync();
            await head.ExpectHeadingAsync("Annotate: Adult Services");
            await head.SubmitAsync(head.Page.GetByRole(AriaRole.Button, new() { Name = "Save the comment" }));
            await Expect(head.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Write the comment");
            await Accessibility.AssertNoViolationsAsync(head.Page, "the annotation form with an error");
            var about = head.Page.GetByLabel("About", new() { Exact = true });
            var firstItem = await about.Locator("option").Nth(1).GetAttributeAsync("value");
            await about.SelectOptionAsync(firstItem!);
            await head.Page.GetByRole(AriaRole.Textbox, new() { Name = "Comment", Exact = true }).FillAsync("Browser test: which figures show this?");
            await head.SubmitAsync(head.Page.GetByRole(AriaRole.Button, new() { Name = "Save the comment" }));
            await Expect(head.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your comment is saved");
            await Expect(head.Page.GetByText("Browser test: which figures show this?")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(head.Page, "a self-assessment with a comment");

            // A theme found across departments, accepted in the Head of Improvement's words.
            await head.GoToAsync($"/collation/{periodId}/themes");
            await Accessibility.AssertNoViolationsAsync(head.Page, "the candidate themes");
            var candidate = head.Page.Locator("form[action$='/themes/accept']").First;
            await candidate.GetByLabel("Title in the overview").FillAsync("Browser test theme");
            await candidate.GetByLabel("What the theme is").FillAsync("Several departments say the same thing.");
            await head.SubmitAsync(candidate.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Accept into the overview") }));
            await Expect(head.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The theme is in the overview");

            // The overview.
            await head.GoToAsync($"/collation/{periodId}/overview");
            await Expect(head.Page.GetByLabel("Theme title").First).ToHaveValueAsync(new Regex(".+"));
            await head.Page.GetByRole(AriaRole.Textbox, new() { Name = "Key issues", Exact = true }).FillAsync("Browser test key issue: demand for care placements.");
            await Accessibility.AssertNoViolationsAsync(head.Page, "the overview form");
            await head.SubmitAsync(head.Page.GetByRole(AriaRole.Button, new() { Name = "Save the overview" }));
            await Expect(head.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The overview is saved");

            await head.GoToAsync($"/collation/{periodId}/exceptions");
            await Accessibility.AssertNoViolationsAsync(head.Page, "the areas of concern by exception");
            await head.GoToAsync($"/collation/{periodId}/preview");
            await Expect(head.Page.GetByText("Browser test key issue")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(head.Page, "the draft preview");

            // Check and issue.
            await head.GoToAsync($"/collation/{periodId}/issue");
            await head.ExpectHeadingAsync(new Regex("^Issue version \\d+ of the corporate performance report"));
            await Accessibility.AssertNoViolationsAsync(head.Page, "the check before issuing");
            await head.SubmitAsync(head.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Issue version") }));
            await Expect(head.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The report is issued");
            reportUrl = new Uri(head.Page.Url).AbsolutePath;
            await Expect(head.Page.GetByText("Browser test: which figures show this?")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(head.Page, "the issued report");

            var download = await head.Page.RunAndWaitForDownloadAsync(() =>
                head.Page.GetByRole(AriaRole.Link, new() { Name = "Download the PDF" }).ClickAsync());
            Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
            var path = await download.PathAsync();
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        }

        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.SignInAsync("cabinet");
        await cabinet.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await cabinet.ExpectHeadingAsync("Corporate performance reports");
        await Expect(cabinet.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Collation" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the list of issued reports");
        await cabinet.Page.Locator($"a[href='{reportUrl}']").ClickAsync();
        await Expect(cabinet.Page.GetByText("Browser test key issue")).ToBeVisibleAsync();
        await Expect(cabinet.Page.GetByRole(AriaRole.Table, new() { Name = "Red, amber and green counts on each tile of the dashboard" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the issued report, read by Cabinet");
    }
}
