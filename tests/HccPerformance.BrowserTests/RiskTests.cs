namespace HccPerformance.BrowserTests;

/// <summary>The corporate risk register and the emerging risk issues, as the Performance Team and a Chief Officer keep them (issue 6).</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class RiskTests(SiteFixture site)
{
    private static async Task<int> CellAsync(IPage page, int likelihood, int impact) =>
        int.Parse(await page.Locator($"#heat-map td[data-likelihood='{likelihood}'][data-impact='{impact}'] .heat-count").InnerTextAsync(),
            System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_Performance_Team_re_assesses_a_risk_and_the_heat_map_moves_it()
    {
        await using var team = await site.OpenSessionAsync();
        await team.SignInAsync("performance.team");
        await team.GoToAsync("/risks");
        await team.ExpectHeadingAsync("Corporate risk register");
        await Expect(team.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Open risks by likelihood") })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(team.Page, "the risk register with its heat map");
        var row = team.Page.Locator("#register tbody tr").Filter(new() { Has = team.Page.GetByRole(AriaRole.Link, new() { Name = "CR 06", Exact = true }) });
        var likelihood = int.Parse(await row.Locator("td").Nth(3).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var impact = int.Parse(await row.Locator("td").Nth(4).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var (toLikelihood, toImpact) = (likelihood, impact) == (4, 5) ? (2, 2) : (4, 5);
        var fromBefore = await CellAsync(team.Page, likelihood, impact);
        var toBefore = await CellAsync(team.Page, toLikelihood, toImpact);

        await team.Page.GetByRole(AriaRole.Link, new() { Name = "CR 06", Exact = true }).ClickAsync();
        await team.ExpectHeadingAsync(new Regex("^CR 06 "));
        await Accessibility.AssertNoViolationsAsync(team.Page, "a risk with its forms");

        // A value from outside the scale (as a stale or altered form could send) is refused beside the field, the note kept.
        await team.Page.Locator("#Assess_Likelihood_5").EvaluateAsync("radio => { radio.value = '6'; radio.checked = true; }");
        await team.Page.GetByLabel("Note (optional)").FillAsync("New disposal contract prices are higher than budgeted.");
        await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Record the assessment" }));
        await Expect(team.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Likelihood is a whole number from 1 (rare) to 5 (almost certain)");
        await Expect(team.Page.Locator("#Assess_Likelihood-error")).ToHaveTextAsync("Likelihood is a whole number from 1 (rare) to 5 (almost certain)");
        await Expect(team.Page.GetByLabel("Note (optional)")).ToHaveValueAsync("New disposal contract prices are higher than budgeted.");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the re-assessment form with an error");

        var likelihoodLabel = toLikelihood == 4 ? "4 Likely" : "2 Unlikely";
        var impactLabel = toImpact == 5 ? "5 Severe" : "2 Minor";
        await team.Page.GetByRole(AriaRole.Group, new() { Name = "Likelihood" }).GetByLabel(likelihoodLabel, new() { Exact = true }).CheckAsync();
        await team.Page.GetByRole(AriaRole.Group, new() { Name = "Impact" }).GetByLabel(impactLabel, new() { Exact = true }).CheckAsync();
        await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Record the assessment" }));
        await Expect(team.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The risk is re-assessed");
        await Expect(team.Page.Locator("#score-history tbody tr").First).ToContainTextAsync("New disposal contract prices are higher than budgeted.");

        await team.Page.GetByRole(AriaRole.Link, new() { Name = "Corporate risk register" }).ClickAsync();
        await team.ExpectHeadingAsync("Corporate risk register");
        Assert.Equal(fromBefore - 1, await CellAsync(team.Page, likelihood, impact));
        Assert.Equal(toBefore + 1, await CellAsync(team.Page, toLikelihood, toImpact));

        await team.GoToAsync("/risks/new");
        await team.ExpectHeadingAsync("Add a risk to the register");
        await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Add the risk" }));
        await Expect(team.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the risk's reference");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the new risk form with errors");

        await team.GoToAsync("/risks?strategic=true");
        await team.Page.GetByRole(AriaRole.Link, new() { Name = "CR 06", Exact = true }).ClickAsync();
        await team.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change the description") }).ClickAsync();
        await team.ExpectHeadingAsync("Change CR 06");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the risk's edit form");
    }

    [Fact]
    public async Task A_Chief_Officer_raises_an_emerging_risk_for_their_department()
    {
        await using var officer = await site.OpenSessionAsync();
        await officer.SignInAsync("chief.officer.env");
        await officer.GoToAsync("/emerging-risks");
        await officer.ExpectHeadingAsync("Top emerging risk issues");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the emerging risk issues");

        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Raise an emerging risk" }).ClickAsync();
        await officer.ExpectHeadingAsync("Raise an emerging risk");
        await Expect(officer.Page.GetByText("Department: Environment.")).ToBeVisibleAsync();
        await Expect(officer.Page.GetByLabel("Department")).ToHaveCountAsync(0);
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the risk" }));
        await Expect(officer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say what the new risk is");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the emerging risk form with an error");

        var title = $"Salt supplies for a long winter (browser test {Guid.NewGuid():N})"[..60];
        await officer.Page.GetByLabel("New risk").FillAsync(title);
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the risk" }));
        await Expect(officer.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("is added to the emerging risk issues");
        var row = officer.Page.Locator("#emerging-risks tbody tr").Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("Environment");
        await Expect(row).ToContainTextAsync("Chief Officer, Environment");
        await Expect(row).ToContainTextAsync("Open");

        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Update") }).ClickAsync();
        await officer.ExpectHeadingAsync("Update an emerging risk");
        await officer.Page.GetByLabel("Closed", new() { Exact = true }).CheckAsync();
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        await Expect(officer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say what became of the risk");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the emerging risk update with an error");
    }
}
