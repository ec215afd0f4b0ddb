namespace HccPerformance.BrowserTests;

/// <summary>
/// Concerns raised from the records they are about (issue 7): a high risk, a self-assessment's area for improvement; an
/// officer's overdue report-backs on their home page; and Cabinet reading a concern escalated to it. axe-clean throughout.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConcernSourcesTests(SiteFixture site)
{
    [Fact]
    public async Task CPEG_raises_a_concern_from_a_high_risk_filled_from_the_risk_and_the_risk_then_shows_it()
    {
        await using var cpeg = await site.OpenSessionAsync();
        await cpeg.SignInAsync("cpeg.member");
        await cpeg.GoToAsync("/risks");
        await cpeg.Page.GetByRole(AriaRole.Link, new() { Name = "CR 02", Exact = true }).ClickAsync();
        await cpeg.ExpectHeadingAsync(new Regex("^CR 02 "));

        await cpeg.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Raise a concern about CR 02") }).ClickAsync();
        await cpeg.ExpectHeadingAsync("Raise a concern");
        await Expect(cpeg.Page.GetByLabel("What is the concern?")).ToHaveValueAsync(new Regex("^CR 02 .*: high risk$"));
        await Expect(cpeg.Page.GetByLabel("Evidence as it stands now")).ToHaveValueAsync(new Regex("likelihood 5 x impact 4 = 20"));
        await Expect(cpeg.Page.GetByRole(AriaRole.Link, new() { Name = "the corporate risk" })).ToHaveAttributeAsync("href", new Regex("^/risks/\\d+$"));
        await Accessibility.AssertNoViolationsAsync(cpeg.Page, "the form filled from a risk");

        await cpeg.Page.GetByLabel("What is the concern?").FillAsync("");
        await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the concern" }));
        await Expect(cpeg.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say what the concern is");
        await Expect(cpeg.Page.GetByLabel("Evidence as it stands now")).ToHaveValueAsync(new Regex("likelihood 5 x impact 4 = 20"));
        await Accessibility.AssertNoViolationsAsync(cpeg.Page, "the form filled from a risk, with an error");

        await cpeg.Page.GetByLabel("What is the concern?").FillAsync("Adult social care demand: high risk for a year");
        await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the concern" }));
        await Expect(cpeg.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The concern is raised");
        await cpeg.ExpectHeadingAsync("Adult social care demand: high risk for a year");
        await Accessibility.AssertNoViolationsAsync(cpeg.Page, "a concern raised from a risk");

        await cpeg.Page.GetByRole(AriaRole.Link, new() { Name = "(the corporate risk)" }).ClickAsync();
        await cpeg.ExpectHeadingAsync(new Regex("^CR 02 "));
        await Expect(cpeg.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Raise a concern") })).ToHaveCountAsync(0);
        await Expect(cpeg.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Open area of concern on CR 02") })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_Head_of_Improvement_raises_a_concern_from_an_area_for_improvement_of_a_self_assessment()
    {
        await using var head = await site.OpenSessionAsync();
        await head.SignInAsync("head.of.improvement");
        await head.Page.GetByRole(AriaRole.Link, new() { Name = "Culture, Communities and Rural Affairs" }).First.ClickAsync();
        await head.ExpectHeadingAsync(new Regex("^Self-assessment: Culture, Communities and Rural Affairs"));
        var section = head.Page.GetByRole(AriaRole.Region, new() { Name = "Areas of concern from this self-assessment" });
        await Expect(section).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(head.Page, "a self-assessment with its items to raise concerns from");

        var item = section.Locator("li").First;
        var text = (await item.Locator(".assessment-text").TextContentAsync())!.Trim();
        await item.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Raise a concern") }).ClickAsync();
        await head.ExpectHeadingAsync("Raise a concern");
        await Expect(head.Page.GetByLabel("Evidence as it stands now")).ToHaveValueAsync(new Regex(Regex.Escape(text)));
        await head.SubmitAsync(head.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the concern" }));
        await Expect(head.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The concern is raised");
        await Expect(head.Page.Locator("dl")).ToContainTextAsync("Self-assessment");

        await head.Page.GetByRole(AriaRole.Link, new() { Name = "(the self-assessment)" }).ClickAsync();
        await head.ExpectHeadingAsync(new Regex("^Self-assessment: Culture, Communities and Rural Affairs"));
        await Expect(section.Locator("li").First.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Open area of concern") })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Cabinet_opens_a_concern_escalated_to_it_and_reads_it_without_the_forms()
    {
        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.SignInAsync("cabinet");
        await cabinet.Page.GetByRole(AriaRole.Link, new() { Name = "Escalated concerns" }).ClickAsync();
        await cabinet.ExpectHeadingAsync("Escalated concerns");
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "Cabinet's escalated concerns");

        var escalated = cabinet.Page.Locator("tbody th a");
        await Expect(escalated).Not.ToHaveCountAsync(0);
        await escalated.First.ClickAsync();
        await Expect(cabinet.Page.GetByRole(AriaRole.Heading, new() { Name = "Escalations" })).ToBeVisibleAsync();
        await Expect(cabinet.Page.Locator("main")).ToContainTextAsync("to Cabinet");
        await Expect(cabinet.Page.Locator("main form")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "a concern escalated to Cabinet, read only");
    }

    [Fact]
    public async Task The_Service_Manager_sees_their_overdue_report_back_on_their_home_page_and_follows_it()
    {
        await using var officer = await site.OpenSessionAsync();
        await officer.SignInAsync("service.manager");
        var yours = officer.Page.GetByRole(AriaRole.Region, new() { Name = "Your interventions" });
        await Expect(yours).ToBeVisibleAsync();
        await Expect(yours.Locator("li").First).ToContainTextAsync("Overdue");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the Service Manager's home page with their interventions");

        await yours.Locator("li").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Cell, new() { Name = "Overdue" }).First).ToBeVisibleAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Send to CPEG" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the concern with the officer's overdue report-back");
    }
}
