namespace HccPerformance.BrowserTests;

/// <summary>Indicators and scorecards as a Service Manager, the Performance Team and Cabinet use them (issue 5).</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class IndicatorTests(SiteFixture site)
{
    private const string PointCount = "() => Chart.getChart('indicator-chart').data.datasets[0].data.length";
    private const string LastPoint = "() => { const d = Chart.getChart('indicator-chart').data; return d.labels[d.labels.length - 1] + '=' + d.datasets[0].data[d.datasets[0].data.length - 1]; }";

    [Fact]
    public async Task A_Service_Manager_enters_a_result_and_sees_the_chart_update()
    {
        await using var manager = await site.OpenSessionAsync();
        await manager.SignInAsync("service.manager");
        // Issue 18: the registers are a group of the main menu.
        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Registers" }).ClickAsync();
        await manager.Page.GetByRole(AriaRole.Link, new() { Name = "Indicators", Exact = true }).ClickAsync();
        await manager.ExpectHeadingAsync("Indicators");
        await manager.Page.GetByLabel("Only mine").CheckAsync();
        await manager.SubmitAsync(manager.Page.GetByRole(AriaRole.Button, new() { Name = "Find" }));
        await Expect(manager.Page.GetByRole(AriaRole.Link, new() { Name = "NI 1", Exact = true })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(manager.Page, "the Service Manager's indicators");

        await manager.Page.GetByRole(AriaRole.Link, new() { Name = "NI 192", Exact = true }).ClickAsync();
        await manager.ExpectHeadingAsync(new Regex("Percentage of household waste sent for reuse, recycling and composting$"));
        await Expect(manager.Page.Locator("#indicator-chart")).ToBeVisibleAsync();
        var before = await manager.Page.EvaluateAsync<int>(PointCount);
        Assert.Equal(await manager.Page.Locator("#results tbody tr").CountAsync(), before);
        await Accessibility.AssertNoViolationsAsync(manager.Page, "an indicator's page with its chart");

        // Sent without a figure: the problem is named beside the field and the note typed is kept.
        await manager.Page.GetByLabel("Note").FillAsync("Garden waste collections restarted in the autumn.");
        await manager.Page.GetByLabel("Confirmed").CheckAsync();
        await manager.SubmitAsync(manager.Page.GetByRole(AriaRole.Button, new() { Name = "Save the result" }));
        await Expect(manager.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the result as a number");
        await Expect(manager.Page.GetByLabel("Note")).ToHaveValueAsync("Garden waste collections restarted in the autumn.");
        await Accessibility.AssertNoViolationsAsync(manager.Page, "an indicator's result form with an error");

        await manager.Page.GetByRole(AriaRole.Textbox, new() { Name = "Result", Exact = true }).FillAsync("47.5");
        await manager.SubmitAsync(manager.Page.GetByRole(AriaRole.Button, new() { Name = "Save the result" }));
        await Expect(manager.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("is saved");

        Assert.Equal(before + 1, await manager.Page.EvaluateAsync<int>(PointCount));
        Assert.EndsWith("=47.5", await manager.Page.EvaluateAsync<string>(LastPoint), StringComparison.Ordinal);
        await Expect(manager.Page.Locator("#results tbody tr").Last).ToContainTextAsync("47.5");

        // A correction replaces the figure on the chart and keeps the old one in the history.
        await manager.Page.Locator("#results tbody tr").Last.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Correct") }).ClickAsync();
        await manager.Page.GetByRole(AriaRole.Textbox, new() { Name = "Result", Exact = true }).FillAsync("48.25");
        await manager.SubmitAsync(manager.Page.GetByRole(AriaRole.Button, new() { Name = "Save the correction" }));
        await Expect(manager.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("is corrected");
        Assert.EndsWith("=48.25", await manager.Page.EvaluateAsync<string>(LastPoint), StringComparison.Ordinal);
        await Expect(manager.Page.GetByRole(AriaRole.Table, new() { Name = "Figures that corrections replaced, latest first" })).ToContainTextAsync("47.5");
        await Accessibility.AssertNoViolationsAsync(manager.Page, "an indicator's page after a correction");
    }

    [Fact]
    public async Task The_Performance_Team_keeps_scorecards_and_is_told_row_by_row_what_is_wrong_with_a_file()
    {
        await using var team = await site.OpenSessionAsync();
        await team.SignInAsync("performance.team");
        await team.Page.GetByRole(AriaRole.Button, new() { Name = "Registers" }).ClickAsync();
        await team.Page.GetByRole(AriaRole.Link, new() { Name = "Scorecards", Exact = true }).ClickAsync();
        await team.ExpectHeadingAsync("Scorecards");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the scorecards");

        await team.Page.GetByRole(AriaRole.Link, new() { Name = "LAA", Exact = true }).ClickAsync();
        await team.ExpectHeadingAsync("LAA scorecard");
        var rags = await team.Page.Locator("#scorecard tbody tr td .tag").AllTextContentsAsync();
        var order = new[] { "Red", "Amber", "Green", "No data" };
        Assert.Equal(rags.OrderBy(r => Array.IndexOf(order, r.Trim())), rags);
        await Accessibility.AssertNoViolationsAsync(team.Page, "a scorecard with its maintenance forms");

        await team.Page.GetByRole(AriaRole.Link, new() { Name = "Code", Exact = true }).ClickAsync();
        await Expect(team.Page.GetByRole(AriaRole.Columnheader, new() { Name = "Code" })).ToHaveAttributeAsync("aria-sort", "ascending");

        await team.GoToAsync("/indicators/import");
        await team.ExpectHeadingAsync("Import results");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the results import");
        await team.Page.GetByLabel("File (.csv or .xlsx)").SetInputFilesAsync(new FilePayload
        {
            Name = "returns.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Indicator code,Period,Value\nNI 999,Q1 2025/26,12\nNI 192,Q1 2025/26,lots\n"),
        });
        await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }));
        await Expect(team.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was imported");
        var problems = team.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("problems") });
        await Expect(problems).ToContainTextAsync("there is no indicator NI 999");
        await Expect(problems).ToContainTextAsync("\"lots\" is not a number");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the import with problems listed");

        await team.GoToAsync("/indicators/new");
        await Accessibility.AssertNoViolationsAsync(team.Page, "the new indicator form");
    }

    [Fact]
    public async Task Cabinet_follows_a_scorecard_to_an_indicator_and_only_reads()
    {
        await using var cabinet = await site.OpenSessionAsync();
        await cabinet.SignInAsync("cabinet");
        await cabinet.GoToAsync("/scorecards");
        await cabinet.Page.GetByRole(AriaRole.Link, new() { Name = "Value for Money", Exact = true }).ClickAsync();
        await cabinet.ExpectHeadingAsync("Value for Money scorecard");
        await Expect(cabinet.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Remove") })).ToHaveCountAsync(0);
        await Expect(cabinet.Page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Trend of the last") }).First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "a scorecard as Cabinet");

        await cabinet.Page.Locator("#scorecard tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(cabinet.Page.Locator("#indicator-chart")).ToBeVisibleAsync();
        await Expect(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Save the result" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(cabinet.Page, "an indicator as Cabinet");
    }
}
