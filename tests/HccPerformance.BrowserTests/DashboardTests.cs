namespace HccPerformance.BrowserTests;

/// <summary>
/// The Corporate Dashboard as Cabinet opens it (issues 6 and 18): on a council laptop's 1366x768 screen every box's
/// headline (its name, its figures in words, its direction, its worst items) shows without scrolling, and each box opens
/// its detail, with the tile and its last eight quarters, and from there its register.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(SiteFixture site)
{
    [Theory]
    [InlineData("leader")]
    [InlineData("chief.executive")]
    [InlineData("head.of.improvement")]
    [InlineData("cpeg.member")]
    [InlineData("select.committee")]
    public async Task Every_role_that_reads_the_dashboard_sees_every_box_on_one_laptop_screen(string person)
    {
        await using var browser = await site.OpenSessionAsync();
        await browser.Page.SetViewportSizeAsync(1366, 768);
        await browser.SignInAsync(person);
        await browser.GoToAsync("/dashboard");
        await browser.ExpectHeadingAsync("Corporate Dashboard");

        var boxes = browser.Page.Locator(".glance > section .box-headline");
        Assert.Equal(14, await boxes.CountAsync());
        for (var i = 0; i < 14; i++)
        {
            var headline = await boxes.Nth(i).BoundingBoxAsync();
            Assert.NotNull(headline);
            Assert.True(headline.Y >= 0 && headline.Y + headline.Height <= 768 && headline.X >= 0 && headline.X + headline.Width <= 1366,
                $"For {person}, box {i + 1}'s headline lies at {headline.X},{headline.Y} ({headline.Width}x{headline.Height}), outside the 1366x768 screen");
        }

        Assert.Equal(0, await browser.Page.EvaluateAsync<int>("() => window.scrollY"));
        await Accessibility.AssertNoViolationsAsync(browser.Page, $"the Corporate Dashboard at a glance for {person}");
    }

    [Fact]
    public async Task Cabinet_sees_every_box_on_one_laptop_screen_and_follows_one_to_its_detail_and_register()
    {
        // The plan's box in full charts the quarters a plan was live: the demo's next plan is taken live first (once a site).
        await site.DemoPlanLiveAsync();
        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.Page.SetViewportSizeAsync(1366, 768);
        await cabinet.SignInAsync("cabinet");
        // Members land on "What needs you", which leads to the dashboard.
        await cabinet.ExpectHeadingAsync("What needs you");
        await cabinet.Page.GetByRole(AriaRole.Link, new() { Name = "The Corporate Dashboard" }).ClickAsync();
        await cabinet.ExpectHeadingAsync("Corporate Dashboard");

        var boxes = cabinet.Page.Locator(".glance > section");
        var titles = new[] { "LAA scorecard", "NIS scorecard", "Value for Money scorecard", "Community Intelligence scorecard", "Local PIs scorecard",
            "Corporate risk register", "Top emerging risk issues", "Benchmarking", "Inspection recommendations", "Strategic inspections and intelligence", "Corporate Improvement Plan",
            "Aalborg scorecard", "Community outcome improvement case studies", "Areas of concern" };
        await Expect(boxes).ToHaveCountAsync(titles.Length);
        foreach (var title in titles)
        {
            var box = cabinet.Page.GetByRole(AriaRole.Region, new() { Name = title, Exact = true });
            await Expect(box.Locator(".box-figures")).Not.ToBeEmptyAsync();
            // The direction in words beside an arrow that has a text alternative.
            // (More or fewer where neither is better: intelligence received.)
            await Expect(box.Locator(".box-direction")).ToHaveTextAsync(new Regex("(Better|Worse|Same|More|Fewer|No earlier)"));
            await Expect(box.Locator(".box-direction [role=img]")).ToHaveAttributeAsync("aria-label", new Regex("(better|worse|same|No direction)"));

            // The whole headline lies inside the first screen: nothing to scroll to.
            var headline = await box.Locator(".box-headline").BoundingBoxAsync();
            Assert.NotNull(headline);
            Assert.True(headline.Y >= 0 && headline.Y + headline.Height <= 768 && headline.X >= 0 && headline.X + headline.Width <= 1366,
                $"{title}'s headline lies at {headline.X},{headline.Y} ({headline.Width}x{headline.Height}), outside the 1366x768 screen");
        }

        Assert.Equal(0, await cabinet.Page.EvaluateAsync<int>("() => window.scrollY"));
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the Corporate Dashboard at a glance");

        // Reds first: no box without reds comes before one with them.
        var red = await boxes.EvaluateAllAsync<bool[]>("els => els.map(e => e.classList.contains('box-red'))");
        Assert.Equal(red.OrderByDescending(r => r), red);

        // One click to a box's detail: the tile in full, and its last quarters charted and tabulated.
        await cabinet.Page.GetByRole(AriaRole.Link, new() { Name = "Corporate Improvement Plan", Exact = true }).ClickAsync();
        await cabinet.ExpectHeadingAsync(new Regex("^Corporate Improvement Plan"));
        await Expect(cabinet.Page.Locator("#trend-table tbody tr")).Not.ToHaveCountAsync(0);
        Assert.True(await cabinet.Page.Locator("canvas[data-chart=trend]").EvaluateAsync<bool>("c => Chart.getChart(c) !== undefined"), "the trend chart was not drawn");
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the plan's box in full");

        await cabinet.Page.GetByRole(AriaRole.Region, new() { Name = "Corporate Improvement Plan", Exact = true })
            .GetByRole(AriaRole.Link, new() { Name = "Corporate Improvement Plan", Exact = true }).ClickAsync();
        await Expect(cabinet.Page).ToHaveURLAsync(new Regex("/plan$"));
    }
}
