namespace HccPerformance.BrowserTests;

/// <summary>
/// The council's ambition (issue 15) as a Cabinet member and CPEG use it: Cabinet finds an indicator on its own ambition list,
/// records a stretch ambition for it (a mistake first), and CPEG's ambition view flags that indicator's target as short of it.
/// Every page is checked with axe.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AmbitionTests(SiteFixture site)
{
    private const string Code = "DEMO 8";

    [Fact]
    public async Task Cabinet_records_an_ambition_for_an_indicator_and_CPEGs_ambition_view_flags_its_target_as_short_of_it()
    {
        var words = $"Among the best councils for repairs on time (browser test {Guid.NewGuid().ToString("N")[..6]})";

        await using (var cabinet = await site.OpenSessionAsync())
        {
            await cabinet.SignInAsync("cabinet");
            await cabinet.GoToAsync("/what-needs-you");
            await Expect(cabinet.Page.GetByRole(AriaRole.Heading, new() { Name = "Ambition you set" })).ToBeVisibleAsync();
            await cabinet.GoToAsync("/ambition");
            await cabinet.ExpectHeadingAsync("The council's ambition");
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the ambition list");

            await cabinet.Page.GetByLabel("Find by code, title or department").FillAsync(Code);
            await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Find" }));
            await cabinet.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^{Code} ") }).ClickAsync();
            await cabinet.ExpectHeadingAsync(new Regex($"^Ambition: {Code} "));
            await Expect(cabinet.Page.GetByRole(AriaRole.Heading, new() { Name = "Set the council's ambition" })).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "an indicator's ambition page with its form");

            // A quartile and a figure at once: refused beside the field, the typing kept.
            await cabinet.Page.GetByLabel("Position aimed for").FillAsync(words);
            await cabinet.Page.GetByLabel("Quartile of the benchmarking club (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Top quartile" });
            await cabinet.Page.GetByLabel("Or a stretch figure (optional)").FillAsync("99.5");
            await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Record the ambition" }));
            await Expect(cabinet.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Give a quartile or a figure, not both");
            await Expect(cabinet.Page.GetByLabel("Or a stretch figure (optional)")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(cabinet.Page.GetByLabel("Position aimed for")).ToHaveValueAsync(words);
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the ambition form with an error");

            // Higher is better: a stretch of 99.5% is beyond the demo target.
            await cabinet.Page.GetByLabel("Quartile of the benchmarking club (optional)").SelectOptionAsync(new SelectOptionValue { Label = "No quartile" });
            await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Record the ambition" }));
            await Expect(cabinet.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"The ambition for {Code}");
            await Expect(cabinet.Page.Locator("#current-ambition")).ToContainTextAsync(words);
            await Expect(cabinet.Page.GetByText(new Regex("target falls short of it"))).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "an indicator's ambition page after recording");
        }

        await using var cpeg = await site.OpenSessionAsync();
        await cpeg.SignInAsync("cpeg.member");
        await cpeg.GoToAsync("/ambition/review");
        await cpeg.ExpectHeadingAsync("CPEG's ambition view");
        await Accessibility.AssertNoViolationsAsync(cpeg.Page, "CPEG's ambition view");

        await cpeg.Page.GetByLabel("Flagged only").CheckAsync();
        await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }));
        var row = cpeg.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Targets for .+ flagged only") })
            .GetByRole(AriaRole.Row).Filter(new() { Has = cpeg.Page.GetByText(Code, new() { Exact = true }) });
        await Expect(row).ToContainTextAsync("Target short of the ambition");
        await Expect(row).ToContainTextAsync(words);
        await Accessibility.AssertNoViolationsAsync(cpeg.Page, "CPEG's ambition view, flagged only");

        // CPEG records what it asked for, and it shows beside the row.
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record a request") }).ClickAsync();
        await cpeg.Page.GetByRole(AriaRole.Textbox, new() { Name = "What CPEG asked for", Exact = true }).FillAsync("Asked the Chief Officer to raise the target towards the ambition (browser test).");
        await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Record what CPEG asked" }));
        await Expect(cpeg.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("What CPEG asked for");
        await Accessibility.AssertNoViolationsAsync(cpeg.Page, "an indicator's ambition page with CPEG's request");
        await cpeg.GoToAsync("/ambition/review?flagged=true");
        await Expect(cpeg.Page.GetByRole(AriaRole.Row).Filter(new() { Has = cpeg.Page.GetByText(Code, new() { Exact = true }) })).ToContainTextAsync("raise the target towards the ambition (browser test)");
    }
}
