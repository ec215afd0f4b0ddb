namespace HccPerformance.BrowserTests;

/// <summary>
/// Reference data says where it comes from (issue 17), as a Cabinet member and the Head of Improvement read it: NI 117's
/// direction from reference document 5.8 and the RAG it gives, the plan's 2008 text and the Menu of Interventions.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReferenceSourceTests(SiteFixture site)
{
    [Fact]
    public async Task A_Cabinet_member_and_the_Head_of_Improvement_see_where_the_reference_data_comes_from()
    {
        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.SignInAsync("cabinet");
        await cabinet.GoToAsync("/indicators");
        await cabinet.Page.GetByRole(AriaRole.Link, new() { Name = "NI 117", Exact = true }).ClickAsync();
        await cabinet.ExpectHeadingAsync(new Regex("Not in Education, Training or Employment \\(NEET\\)$"));
        await Expect(cabinet.Page.Locator("#reference-source")).ToContainTextAsync("Source: public list of national indicators");
        await Expect(cabinet.Page.Locator("#polarity-source")).ToContainTextAsync("reference document 5.8");
        await Expect(cabinet.Page.Locator("h1 + p > .tag")).ToHaveTextAsync(new Regex("^(Red|Amber|Green)$"));
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "NI 117 with its sources");

        // The 2008-2011 plan is reference history, read from the list of plans; the demo's successor plan is not reference text.
        await cabinet.GoToAsync("/plan/all");
        await cabinet.Page.GetByRole(AriaRole.Link, new() { Name = "Corporate Improvement Plan 2008-2011", Exact = true }).ClickAsync();
        await Expect(cabinet.Page.Locator("#reference-source")).ToContainTextAsync("Source: reference document 5.8");

        await using var head = await site.OpenSessionAsync();
        await head.SignInAsync("head.of.improvement");
        await head.GoToAsync("/concerns/menu");
        await head.ExpectHeadingAsync("Menu of Interventions");
        await Expect(head.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Cabinet support" }))
            .ToContainTextAsync("Source: reference document, Appendix Two");
        await Accessibility.AssertNoViolationsAsync(head.Page, "the Menu of Interventions with its sources");
    }
}
