namespace HccPerformance.BrowserTests;

/// <summary>
/// Issue 17: the Performance Team puts indicators on scorecards from a file, as they would: a file with mistakes lists each
/// row's problem and changes nothing; the corrected file goes in and the indicator shows on the scorecard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScorecardImportTests(SiteFixture site)
{
    [Fact]
    public async Task The_Performance_Team_imports_scorecard_membership_and_puts_right_what_the_page_lists()
    {
        await using var team = await site.OpenSessionAsync();
        var page = team.Page;
        await team.SignInAsync("performance.team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registers" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Scorecards", Exact = true }).ClickAsync();
        await team.ExpectHeadingAsync("Scorecards");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import scorecard membership" }).ClickAsync();
        await team.ExpectHeadingAsync("Import scorecard membership");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Scorecard membership template (CSV)" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "the scorecard membership import");

        // The Aalborg scorecard holds no indicators in the demo, so this changes no tile another test reads.
        await Upload(page, "membership.csv",
            "Indicator code,Scorecard,Weight,Stretch,Year,Stretch target",
            "DEMO 4,Aalborg,2,,,",
            "NI 999,Aalborg,1,,,",
            "DEMO 4,Aalborg,2,,,",
            "DEMO 4,Nowhere,1,,,",
            "DEMO 4,LAA,,Yes,2012/13,5");
        await team.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }));

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was imported: 4 rows have problems");
        var problems = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("problems") });
        await Expect(problems).ToContainTextAsync("there is no indicator NI 999");
        await Expect(problems).ToContainTextAsync("row 2 already puts DEMO 4 on Aalborg");
        await Expect(problems).ToContainTextAsync("there is no scorecard \"Nowhere\"");
        await Expect(problems).ToContainTextAsync("2012/13 is not a year of the Local Area Agreement");
        await Accessibility.AssertNoViolationsAsync(page, "the membership import with problems listed");

        await Upload(page, "membership.csv",
            "Indicator code,Scorecard,Weight,Stretch,Year,Stretch target",
            "DEMO 4,Aalborg,2,,,");
        await team.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }));

        await team.ExpectHeadingAsync("Scorecards");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("membership.csv is imported: 1 added, 0 changed, 0 already as the file gives them.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aalborg", Exact = true }).ClickAsync();
        await team.ExpectHeadingAsync("Aalborg scorecard");
        await Expect(page.Locator("#scorecard tbody tr", new() { HasText = "DEMO 4" })).ToHaveCountAsync(1);
    }

    private static Task Upload(IPage page, string name, params string[] lines) =>
        page.GetByLabel("File (.csv or .xlsx)").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"),
        });
}
