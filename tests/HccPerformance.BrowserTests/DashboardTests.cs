namespace HccPerformance.BrowserTests;

/// <summary>The Corporate Dashboard as Cabinet opens it first (issue 6): every tile, its chart and words, and the way on.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(SiteFixture site)
{
    [Fact]
    public async Task Cabinet_sees_every_tile_with_its_charts_described_and_follows_one_to_its_register()
    {
        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.SignInAsync("cabinet");
        // Members land on "What needs you", which leads to the dashboard.
        await cabinet.ExpectHeadingAsync("What needs you");
        await cabinet.Page.GetByRole(AriaRole.Link, new() { Name = "The Corporate Dashboard" }).ClickAsync();
        await cabinet.ExpectHeadingAsync("Corporate Dashboard");

        var tiles = cabinet.Page.Locator(".dashboard > section");
        await Expect(tiles).ToHaveCountAsync(12);
        foreach (var title in new[] { "LAA scorecard", "NIS scorecard", "Value for Money scorecard", "Community Intelligence scorecard", "Corporate risk register",
            "Top emerging risk issues", "Benchmarking", "Inspection recommendations", "Corporate Improvement Plan", "Aalborg scorecard",
            "Community outcome improvement case studies", "Areas of concern" })
        {
            var tile = cabinet.Page.GetByRole(AriaRole.Region, new() { Name = title, Exact = true });
            await Expect(tile).ToBeVisibleAsync();
            await Expect(tile.Locator(".tile-summary")).Not.ToBeEmptyAsync();
        }

        // Every chart is drawn, and says in words what it shows.
        var charts = cabinet.Page.Locator("canvas[data-chart]");
        Assert.True(await charts.CountAsync() >= 6);
        foreach (var chart in await charts.AllAsync())
        {
            await Expect(chart).ToHaveAttributeAsync("role", "img");
            await Expect(chart).ToHaveAttributeAsync("aria-label", new Regex(@"chart: .*\d"));
            Assert.True(await chart.EvaluateAsync<bool>("c => Chart.getChart(c) !== undefined"), "a chart was not drawn");
        }

        // The heat map is a table: its cells are read as numbers under their headers.
        await Expect(cabinet.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Open strategic risks by impact") })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the Corporate Dashboard");

        await cabinet.Page.GetByLabel("What changed").CheckAsync();
        await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }));
        await Expect(cabinet.Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Since Quarter") }).First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the dashboard's changes since the previous quarter");

        await cabinet.Page.GetByRole(AriaRole.Region, new() { Name = "LAA scorecard", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "LAA scorecard" }).ClickAsync();
        await cabinet.ExpectHeadingAsync("LAA scorecard");
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the LAA scorecard from the dashboard");
    }
}
