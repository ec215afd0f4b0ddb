using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.BrowserTests;

/// <summary>
/// The Head of Improvement collates a quarter and issues the corporate performance report (issue 8); it goes to CMT first,
/// then the Performance Executive Member, then Cabinet, who reads it and records its resolution (issue 15).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CollationTests(SiteFixture site)
{
    [Fact]
    public async Task The_Head_of_Improvement_collates_and_issues_then_CMT_the_Performance_Executive_Member_and_Cabinet_consider_the_report()
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
            await head.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Button, new() { Name = "Self-assessments" }).ClickAsync();
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

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.SignInAsync("cabinet");
        // It goes to CMT first: not yet on Cabinet's list.
        await cabinet.GoToAsync("/reports");
        await Expect(cabinet.Page.Locator($"a[href='{reportUrl}']")).ToHaveCountAsync(0);

        // CMT, the clearing house: the Chief Executive records its consideration from the report's page.
        await using (var cmt = await site.OpenSessionAsync())
        {
            await cmt.SignInAsync("chief.executive");
            await Expect(cmt.Page.Locator($"#reports-waiting a[href='{reportUrl}']")).ToBeVisibleAsync();
            await cmt.Page.Locator($"#reports-waiting a[href='{reportUrl}']").ClickAsync();
            await Expect(cmt.Page.GetByRole(AriaRole.Heading, new() { Name = "Its journey" })).ToBeVisibleAsync();
            await cmt.Page.GetByLabel("Date of the CMT meeting").FillAsync(today);
            await cmt.Page.GetByLabel("CMT's decisions").FillAsync("Browser test: CMT takes the workforce theme corporately.");
            await cmt.SubmitAsync(cmt.Page.GetByRole(AriaRole.Button, new() { Name = "Record CMT's consideration" }));
            await Expect(cmt.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("CMT's consideration is recorded");
            await Expect(cmt.Page.GetByText("Browser test: CMT takes the workforce theme corporately.")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(cmt.Page, "the report's journey after CMT");
        }

        // The Performance Executive Member finds it on their home page and comments.
        await using (var member = await site.OpenSessionAsync())
        {
            await member.SignInAsync("performance.member");
            await member.ExpectHeadingAsync("What needs you");
            await Accessibility.AssertNoViolationsAsync(member.Page, "what needs the Performance Executive Member");
            await member.Page.Locator($"#reports-waiting a[href='{reportUrl}']").ClickAsync();
            await member.Page.GetByLabel("Date considered").FillAsync(today);
            await member.Page.GetByLabel("Comments").FillAsync("Browser test: ready for Cabinet.");
            await member.SubmitAsync(member.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Record the Executive Member") }));
            await Expect(member.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The report now goes to Cabinet");
        }

        await cabinet.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await cabinet.ExpectHeadingAsync("Corporate performance reports");
        await Expect(cabinet.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Collation" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the list of issued reports");
        await cabinet.Page.Locator($"a[href='{reportUrl}']").ClickAsync();
        await Expect(cabinet.Page.GetByText("Browser test key issue")).ToBeVisibleAsync();
        await Expect(cabinet.Page.GetByRole(AriaRole.Table, new() { Name = "Red, amber and green counts on each tile of the dashboard" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the issued report, read by Cabinet");

        // Cabinet's resolution completes the journey; the timeline shows every step.
        await cabinet.Page.GetByLabel("Date of the Cabinet meeting").FillAsync(today);
        await cabinet.Page.GetByLabel("Cabinet's resolution").FillAsync("Browser test: Cabinet notes the report.");
        await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Record Cabinet's consideration" }));
        await Expect(cabinet.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("the report's journey is complete");
        var steps = cabinet.Page.Locator("#journey ol > li");
        await Expect(steps).ToHaveCountAsync(4);
        await Expect(steps.Nth(1)).ToContainTextAsync("Browser test: CMT takes the workforce theme corporately.");
        await Expect(steps.Nth(2)).ToContainTextAsync("Browser test: ready for Cabinet.");
        await Expect(steps.Nth(3)).ToContainTextAsync("Browser test: Cabinet notes the report.");
        await Expect(cabinet.Page.GetByText("The journey is complete.")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the report's complete journey");
    }
}
