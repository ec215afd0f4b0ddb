namespace HccPerformance.BrowserTests;

/// <summary>
/// Issue 17: a Cabinet member reading the demo never meets an invented figure or record without its "Demo" mark: on a
/// scorecard (beside each result), on the dashboard (each tile and the items it lists) and on the risk register.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoMarkTests(SiteFixture site)
{
    [Fact]
    public async Task A_Cabinet_member_sees_every_demo_figure_and_record_marked_on_the_scorecard_the_dashboard_and_the_register()
    {
        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.SignInAsync("cabinet");

        await cabinet.GoToAsync("/scorecards");
        // A scorecard of local measures: the LAA's national indicators have no result now (their demo results end in March 2011).
        await cabinet.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Value for Money") }).First.ClickAsync();
        var rows = cabinet.Page.Locator("main table tbody tr");
        Assert.True(await rows.CountAsync() > 0);
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var result = rows.Nth(i).Locator("td").Nth(2);
            if (!(await result.InnerTextAsync()).Contains("No data", StringComparison.Ordinal))
            {
                await Expect(result.Locator(".demo-mark")).ToHaveTextAsync("Demo");
            }
        }

        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "a scorecard with its demo marks");

        await cabinet.GoToAsync("/dashboard");
        await cabinet.ExpectHeadingAsync("Corporate Dashboard");
        var tiles = cabinet.Page.Locator("main .glance section");
        for (var i = 0; i < await tiles.CountAsync(); i++)
        {
            // A scorecard box of national indicators shows only "no data" now (their demo results end with the set, in March 2011):
            // nothing invented shows in it, so nothing is marked. Every other box shows demo figures and is marked.
            var tile = tiles.Nth(i);
            // Only a scorecard's box can show nothing but "no data"; the plan's box is marked for its demo plan and areas.
            var isScorecard = (await tile.GetByRole(AriaRole.Heading).First.InnerTextAsync()).Contains("scorecard", StringComparison.Ordinal);
            var onlyNoData = isScorecard && await tile.Locator("[data-figure='No data']").CountAsync() == 1
                && await tile.Locator("[data-figure='Red'][data-value='0'], [data-figure='Amber'][data-value='0'], [data-figure='Green'][data-value='0']").CountAsync() == 3;
            await Expect(tile.GetByRole(AriaRole.Heading).First.Locator(".demo-mark")).ToHaveCountAsync(onlyNoData ? 0 : 1);
        }

        await Expect(cabinet.Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Aalborg scorecard Demo") })).ToBeVisibleAsync();
        await Expect(cabinet.Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Benchmarking Demo") })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the dashboard with its demo marks");

        await cabinet.GoToAsync("/risks");
        await cabinet.ExpectHeadingAsync("Corporate risk register");
        var register = cabinet.Page.Locator("#register tbody tr");
        for (var i = 0; i < await register.CountAsync(); i++)
        {
            await Expect(register.Nth(i).GetByRole(AriaRole.Rowheader).Locator(".demo-mark")).ToHaveTextAsync("Demo");
        }

        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the risk register with its demo marks");
    }
}
