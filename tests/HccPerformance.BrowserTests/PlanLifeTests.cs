using System.Globalization;

namespace HccPerformance.BrowserTests;

/// <summary>
/// Issue 16's "done when", as a newcomer walks it: the demo leaves the next plan a draft; the Head of Improvement finds it from
/// the dashboard's plan box (which says no plan is live), a CMT member records CMT's agreement, a Cabinet member records
/// Cabinet's endorsement, the Head of Improvement records that it was finalised and sets it live, and the dashboard for the
/// current quarter then shows it. Every new state of the plan's page is checked with axe.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PlanLifeTests(SiteFixture site)
{
    [Fact]
    public async Task A_newcomer_takes_the_demo_plan_from_draft_to_live_and_the_dashboard_shows_it_for_the_current_quarter()
    {
        var successor = await site.DemoPlanLiveAsync();

        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.SignInAsync("cabinet");
        await cabinet.GoToAsync("/dashboard");
        var box = cabinet.Page.GetByRole(AriaRole.Region, new() { Name = "Corporate Improvement Plan", Exact = true });
        await Expect(box.Locator("[data-figure='Red']")).ToBeAttachedAsync();
        await box.GetByRole(AriaRole.Link, new() { Name = "Corporate Improvement Plan", Exact = true }).ClickAsync();
        await cabinet.ExpectHeadingAsync(new Regex("^Corporate Improvement Plan"));
        await Expect(cabinet.Page.GetByText($"Priority areas by status in each theme of {successor}")).ToBeAttachedAsync();
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the dashboard's plan box with the new plan live");

        // An earlier quarter still shows the plan live then, the 2008-2011 plan, now closed and kept as it was.
        await cabinet.Page.GetByLabel("Quarter", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Quarter 2 2009/10" });
        await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Form, new() { Name = "Choose what the box shows" }).GetByRole(AriaRole.Button).First);
        await Expect(cabinet.Page.GetByText("Priority areas by status in each theme of Corporate Improvement Plan 2008-2011")).ToBeAttachedAsync();
    }

    /// <summary>
    /// The journey itself, run once per site by whichever test first needs the demo's plan live (<see cref="SiteFixture.DemoPlanLiveAsync"/>),
    /// so tests of a live plan do not depend on the order tests run in. Returns the plan's title.
    /// </summary>
    internal static async Task<string> TakeTheDemoPlanLiveAsync(SiteFixture site)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await using var head = await site.OpenSessionAsync();
        var page = head.Page;
        await head.SignInAsync("head.of.improvement");
        await head.GoToAsync("/plan");
        await Expect(page.Locator("#none-live")).ToContainTextAsync(new Regex("No improvement plan is live for Quarter \\d \\d{4}/\\d{2}\\. The Corporate Improvement Plan \\d{4}-\\d{4} is being prepared: draft"));
        await Accessibility.AssertNoViolationsAsync(page, "the plan page with no plan live");
        await head.GoToAsync("/dashboard/box/plan");
        await Expect(page.Locator(".tile-summary")).ToContainTextAsync(new Regex("No improvement plan is live for Quarter \\d \\d{4}/\\d{2}\\. The Corporate Improvement Plan \\d{4}-\\d{4} is being prepared: draft"));
        await Accessibility.AssertNoViolationsAsync(page, "the dashboard's plan box with no plan live");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^See where the Corporate Improvement Plan") }).ClickAsync();
        var successor = (await head.Heading.TextContentAsync())!.Replace("Demo", "", StringComparison.Ordinal).Trim();
        Assert.Matches(new Regex(@"^Corporate Improvement Plan \d{4}-\d{4}$"), successor);
        var planPage = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("#plan-timeline")).ToBeAttachedAsync();
        await Accessibility.AssertNoViolationsAsync(page, "the draft plan's life, from the dashboard");

        await using (var cmt = await site.OpenSessionAsync())
        {
            await cmt.SignInAsync("chief.executive");
            await cmt.GoToAsync(planPage);
            await cmt.Page.GetByLabel("Date CMT met").FillAsync(today);
            await cmt.Page.GetByLabel("What CMT decided").FillAsync("CMT agreed the draft plan for Cabinet (browser test).");
            await cmt.SubmitAsync(cmt.Page.GetByRole(AriaRole.Button, new() { Name = "Record CMT's agreement" }));
            await Expect(cmt.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("CMT's agreement is recorded");
            await Accessibility.AssertNoViolationsAsync(cmt.Page, "the plan agreed by CMT");
        }

        await using (var cabinet = await site.OpenSessionAsync())
        {
            await cabinet.SignInAsync("cabinet");
            await cabinet.GoToAsync(planPage);
            await cabinet.Page.GetByLabel("Date Cabinet met").FillAsync(today);
            await cabinet.Page.GetByLabel("Cabinet's resolution").FillAsync("Cabinet endorsed the plan (browser test).");
            await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Record Cabinet's endorsement" }));
            await Expect(cabinet.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Cabinet's endorsement is recorded");
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the plan endorsed by Cabinet");
        }

        await head.GoToAsync(planPage);
        await page.GetByLabel("Date it was finalised").FillAsync(today);
        await page.GetByLabel("The Leader agreed the final plan").CheckAsync();
        await page.GetByLabel("The Chief Executive agreed the final plan").CheckAsync();
        await head.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record that it was finalised" }));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The plan is finalised.");
        await Accessibility.AssertNoViolationsAsync(page, "the finalised plan");

        await page.GetByLabel("Live from").FillAsync(today);
        await head.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Set the plan live" }));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The plan is live.");
        await Expect(page.Locator("#plan-timeline")).ToContainTextAsync("Live");
        await Accessibility.AssertNoViolationsAsync(page, "the live plan's life");
        return successor;
    }
}
