using System.Globalization;

namespace HccPerformance.BrowserTests;

/// <summary>
/// The plan's life as its people walk it (issue 16): the Head of Improvement finds every plan and the live plan's life, the
/// dashboard shows the plan live in the quarter chosen, and a CMT member records CMT's decision on the change waiting for it.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PlanLifeTests(SiteFixture site)
{
    private const string Proposed = "Digital inclusion (demo)";

    [Fact]
    public async Task The_plans_life_is_walked_by_the_Head_of_Improvement_the_dashboard_and_CMT()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var year = today.Month >= 4 ? today.Year : today.Year - 1;
        var successor = $"Corporate Improvement Plan {year}-{year + 3}";

        await using (var head = await site.OpenSessionAsync())
        {
            var page = head.Page;
            await head.SignInAsync("head.of.improvement");
            await head.GoToAsync("/plan");
            await page.GetByRole(AriaRole.Link, new() { Name = "All plans" }).ClickAsync();
            await head.ExpectHeadingAsync("Corporate Improvement Plans");
            var old = page.Locator("tbody tr").Filter(new() { HasText = "Corporate Improvement Plan 2008-2011" });
            await Expect(old).ToContainTextAsync("Closed");
            var live = page.Locator("tbody tr").Filter(new() { HasText = successor });
            await Expect(live).ToContainTextAsync("live today");
            await Accessibility.AssertNoViolationsAsync(page, "the list of plans");

            await live.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Steps, comments") }).ClickAsync();
            await head.ExpectHeadingAsync(successor);
            await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(Regex.Escape(Proposed)) })).ToContainTextAsync("Waiting for CMT");
            await Accessibility.AssertNoViolationsAsync(page, "the live plan's life");

            await page.GetByRole(AriaRole.Link, new() { Name = "Corporate Improvement Plans" }).ClickAsync();
            await old.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Steps, comments") }).ClickAsync();
            await head.ExpectHeadingAsync("Corporate Improvement Plan 2008-2011");
            await Expect(page.Locator("#plan-timeline")).ToContainTextAsync("Reviewed, 10 Mar 2011");
            await Accessibility.AssertNoViolationsAsync(page, "the closed plan's life");

            // The dashboard's plan box follows the quarter chosen: the plan live then, not the plan live today.
            await head.GoToAsync("/dashboard/box/plan");
            await head.ExpectHeadingAsync("Corporate Improvement Plan");
            await page.GetByLabel("Quarter", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Quarter 1 {year}/{(year + 1) % 100:00}" });
            await SubmitDashboardAsync(head);
            await Expect(page.GetByText($"Priority areas by status in each theme of {successor}")).ToBeAttachedAsync();
            await Accessibility.AssertNoViolationsAsync(page, "the dashboard in a quarter of the live plan");

            await page.GetByLabel("Quarter", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Quarter 2 2009/10" });
            await SubmitDashboardAsync(head);
            await Expect(page.GetByText("Priority areas by status in each theme of Corporate Improvement Plan 2008-2011")).ToBeAttachedAsync();
            await Accessibility.AssertNoViolationsAsync(page, "the dashboard in a quarter of the 2008-2011 plan");
        }

        await using var cmt = await site.OpenSessionAsync();
        await cmt.SignInAsync("chief.executive");
        await cmt.GoToAsync("/plan/all");
        await cmt.Page.Locator("tbody tr").Filter(new() { HasText = successor }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Steps, comments") }).ClickAsync();
        await cmt.ExpectHeadingAsync(successor);
        var decision = cmt.Page.GetByRole(AriaRole.Form, new() { NameRegex = new Regex("^CMT's decision on: .*" + Regex.Escape(Proposed)) });
        await decision.GetByLabel("Date CMT met").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await cmt.SubmitAsync(decision.GetByRole(AriaRole.Button, new() { Name = "CMT agreed" }));
        await Expect(cmt.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("CMT's agreement is recorded and the change is made to the plan.");
        await Expect(cmt.Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(Regex.Escape(Proposed)) })).ToContainTextAsync("Agreed by CMT");
        await Accessibility.AssertNoViolationsAsync(cmt.Page, "the plan's life after CMT's decision");
    }

    private static async Task SubmitDashboardAsync(BrowserSession session)
    {
        var form = session.Page.GetByRole(AriaRole.Form, new() { Name = "Choose what the box shows" });
        await session.SubmitAsync(form.GetByRole(AriaRole.Button).First);
        await session.ExpectHeadingAsync("Corporate Improvement Plan");
    }
}
