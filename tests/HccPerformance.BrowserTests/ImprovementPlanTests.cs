namespace HccPerformance.BrowserTests;

/// <summary>The Corporate Improvement Plan as its readers and its accountable officers use it (issue 4).</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ImprovementPlanTests(SiteFixture site)
{
    [Fact]
    public async Task An_accountable_officer_records_progress_and_it_shows_on_the_plan()
    {
        // A live plan: the demo leaves it a draft, and the newcomer's journey (PlanLifeTests) takes it live once per site.
        await site.DemoPlanLiveAsync();
        await using var officer = await site.OpenSessionAsync();
        await officer.SignInAsync("chief.officer.ccra");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Improvement plan", Exact = true }).ClickAsync();
        // The plan live today: the demo's successor, for the years from the financial year it was seeded in.
        await officer.ExpectHeadingAsync(new Regex(@"^Corporate Improvement Plan \d{4}-\d{4}$"));
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the plan");

        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "VCS", Exact = true }).ClickAsync();
        await officer.ExpectHeadingAsync("VCS");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "a priority area");
        await officer.Page.GetByLabel("Red").CheckAsync();
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say why the area is Red");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "a priority area with an error");

        await officer.Page.GetByLabel("Commentary").FillAsync("Two infrastructure grants ended early; we are bridging them until April.");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Progress recorded");

        await officer.GoToAsync("/plan?rag=Red");
        var row = officer.Page.GetByRole(AriaRole.Row).Filter(new() { Has = officer.Page.GetByRole(AriaRole.Link, new() { Name = "VCS", Exact = true }) });
        await Expect(row).ToContainTextAsync("Red");
    }

    [Fact]
    public async Task Cabinet_reads_the_plan_and_the_Head_of_Improvement_maintains_it_on_accessible_pages()
    {
        // A live plan: the demo leaves it a draft, and the newcomer's journey (PlanLifeTests) takes it live once per site.
        await site.DemoPlanLiveAsync();
        await using (var cabinet = await site.OpenSessionAsync())
        {
            await cabinet.SignInAsync("cabinet");
            await cabinet.GoToAsync("/plan?theme=2");
            await Expect(cabinet.Page.GetByRole(AriaRole.Link, new() { Name = "NEET" })).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the plan filtered by theme");
        }

        await using var head = await site.OpenSessionAsync();
        await head.SignInAsync("head.of.improvement");
        await head.GoToAsync("/plan");
        await head.Page.GetByRole(AriaRole.Link, new() { Name = "Road maintenance" }).ClickAsync();
        // The live plan's area (2026-2029): its maintenance forms, where a bad figure is refused with the typing kept.
        await head.ExpectHeadingAsync(new Regex("Road maintenance"));
        await head.Page.GetByLabel("Measure").FillAsync("Unclassified roads needing repair (demo)");
        await head.Page.GetByLabel("Target value").FillAsync("ten");
        await head.Page.GetByRole(AriaRole.Button, new() { Name = "Add target" }).ClickAsync();
        await Expect(head.Page.GetByLabel("Measure")).ToHaveValueAsync("Unclassified roads needing repair (demo)");
        await Accessibility.AssertNoViolationsAsync(head.Page, "the area's maintenance forms with errors");
    }
}
