namespace HccPerformance.BrowserTests;

/// <summary>
/// Benchmarking, community outcome case studies and the Aalborg scorecard (issue 6), as the Performance Team and a Chief
/// Officer use them, each page checked with axe, errors shown included. The site is shared, so the tests change only old
/// years' scores and add a case study of their own.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class BenchmarkingAndOutcomesTests(SiteFixture site)
{
    [Fact]
    public async Task The_Performance_Team_corrects_an_Aalborg_score_and_reads_the_benchmarking()
    {
        await using var team = await site.OpenSessionAsync();
        await team.SignInAsync("performance.team");
        await team.GoToAsync("/aalborg");
        await team.ExpectHeadingAsync("Aalborg scorecard");
        await Expect(team.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Scores out of 4 by commitment") }).Locator("tbody tr")).ToHaveCountAsync(10);
        await Accessibility.AssertNoViolationsAsync(team.Page, "the Aalborg scorecard");

        // An earlier year, chosen from the list, then its form.
        await team.Page.GetByLabel("Financial year", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "2010/11" });
        await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }));
        await Expect(team.Page.Locator("#overall")).ToContainTextAsync("Overall score for 2010/11");
        await team.Page.GetByRole(AriaRole.Link, new() { Name = "Change the scores for 2010/11" }).ClickAsync();
        await team.ExpectHeadingAsync("Aalborg scores for 2010/11");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the Aalborg scores form");

        var governance = team.Page.GetByLabel("Score for Governance, out of 4");
        await governance.FillAsync("5");
        await team.Page.GetByLabel("Note on Governance (optional)").FillAsync("Members' challenge sessions began this year.");
        await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Save the scores" }));
        await Expect(team.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("1. Governance: the score is out of 4, so it must be from 0 to 4");
        await Expect(team.Page.Locator("#Input_Scores_0__Score-error")).ToContainTextAsync("must be from 0 to 4");
        await Expect(governance).ToHaveValueAsync("5");
        await Expect(governance).ToHaveAttributeAsync("aria-invalid", "true");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the Aalborg scores form with an error");

        await governance.FillAsync("3.25");
        await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Save the scores" }));
        await Expect(team.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The Aalborg scores for 2010/11 are saved");
        var row = team.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "1. Governance" });
        await Expect(row).ToContainTextAsync("3.25");
        await Expect(row).ToContainTextAsync("Members' challenge sessions began this year.");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the Aalborg scorecard after a change");

        // Benchmarking: the year's indicators, bottom quartile first, then one indicator's comparators.
        await team.GoToAsync("/benchmarking");
        await team.ExpectHeadingAsync("Benchmarking");
        await Expect(team.Page.GetByText("Comparator figures in the demo are invented")).ToBeVisibleAsync();
        await Expect(team.Page.Locator("#benchmarks tbody tr").First.Locator(".tag")).ToHaveTextAsync("Bottom");
        await Accessibility.AssertNoViolationsAsync(team.Page, "benchmarking");

        await team.Page.Locator("ul[aria-labelledby=outliers] a").First.ClickAsync();
        await team.ExpectHeadingAsync(new Regex("^Benchmarking .+ in \\d{4}/\\d{2}"));
        var comparators = team.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("best first") });
        await Expect(comparators.GetByRole(AriaRole.Rowheader, new() { Name = "This council" })).ToBeVisibleAsync();
        await Expect(comparators.Locator("tbody tr")).ToHaveCountAsync(9);
        await Expect(team.Page.Locator("dd .tag")).ToHaveTextAsync("Bottom");
        await Accessibility.AssertNoViolationsAsync(team.Page, "an indicator's comparators");

        await team.Page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Figure") }).FillAsync("12");
        await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Save the figure" }));
        await Expect(team.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Name the comparator council");
        await Accessibility.AssertNoViolationsAsync(team.Page, "an indicator's comparators with an error");

        await team.GoToAsync("/benchmarking/import");
        await team.ExpectHeadingAsync("Import comparator figures");
        await team.Page.GetByLabel("File (.csv or .xlsx)").SetInputFilesAsync(new FilePayload
        {
            Name = "club.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Indicator code,Year,Comparator,Value\nNI 999,2009/10,Demo County A,12\nNI 192,2009/10,Demo County A,lots\n"),
        });
        await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }));
        await Expect(team.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was imported");
        await Expect(team.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("problems") })).ToContainTextAsync("there is no indicator NI 999");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the comparator import with problems listed");
    }

    [Fact]
    public async Task A_Chief_Officer_adds_a_case_study_for_their_department()
    {
        await using var officer = await site.OpenSessionAsync();
        await officer.SignInAsync("chief.officer.env");
        await officer.GoToAsync("/case-studies");
        await officer.ExpectHeadingAsync("Community outcome case studies");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the case studies");

        await officer.Page.GetByLabel("Department").SelectOptionAsync(new SelectOptionValue { Label = "Environment" });
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }));
        await Expect(officer.Page.Locator("#case-studies tbody tr").First).ToContainTextAsync("Environment");
        await officer.Page.Locator("#case-studies tbody a").First.ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Heading, new() { Name = "What was done and what changed" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(officer.Page, "a case study");

        await officer.GoToAsync("/case-studies");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Add a case study" }).ClickAsync();
        await officer.ExpectHeadingAsync("Add a case study");
        await officer.Page.GetByLabel("Outcome").FillAsync("Fewer complaints about fly-tipping on country lanes.");
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Add the case study" }));
        await Expect(officer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the case study's title");
        await Expect(officer.Page.GetByLabel("Outcome")).ToHaveValueAsync("Fewer complaints about fly-tipping on country lanes.");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the case study form with errors");

        await officer.Page.GetByLabel("Title").FillAsync("Demo: fly-tipping cleared faster");
        await officer.Page.GetByLabel("Narrative").FillAsync("The Head of Waste and Resources set up a rapid clearance team with the district councils.");
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Add the case study" }));
        await officer.ExpectHeadingAsync("Demo: fly-tipping cleared faster");
        await Expect(officer.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("is added");
        await Expect(officer.Page.GetByRole(AriaRole.Link, new() { Name = "Change this case study" })).ToBeVisibleAsync();
    }
}
