namespace HccPerformance.BrowserTests;

/// <summary>
/// Charts never cut their labels (issue 18: the Aalborg chart read "ement towards sustainability"): on every box's
/// detail page, at 1280 and at 390 pixels wide, each axis's labels, measured in the chart's own font, fit inside the
/// axis and the axis inside the canvas.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ChartLabelTests(SiteFixture site)
{
    // For each chart: the labels that do not fit, as "label (needs N px, has M px)". Vertical axes draw their labels
    // right-aligned against the chart, so a label wider than its axis runs off the canvas's left edge.
    private const string Overflowing = """
        () => Array.from(document.querySelectorAll('canvas[data-chart]')).flatMap(canvas => {
            const chart = Chart.getChart(canvas);
            if (!chart) { return ['a chart was not drawn']; }
            const ctx = chart.ctx;
            const problems = [];
            Object.values(chart.scales).forEach(scale => {
                if (!scale.options.display || !scale.ticks) { return; }
                ctx.font = Chart.helpers.toFont(scale.options.ticks.font).string;
                if (scale.isHorizontal()) {
                    if (scale.bottom > chart.height + 1 || scale.top < -1) { problems.push(`${scale.id} axis runs off the canvas`); }
                    return;
                }
                const lines = scale.ticks.flatMap(t => Array.isArray(t.label) ? t.label : [t.label]).map(String);
                const padding = scale.options.ticks.padding || 0;
                lines.forEach(line => {
                    const width = ctx.measureText(line).width;
                    if (width > scale.width - padding + 1 || scale.left < -1) {
                        problems.push(`"${line}" (needs ${Math.ceil(width)} px, has ${Math.floor(scale.width - padding)} px)`);
                    }
                });
            });
            return problems;
        })
        """;

    [Fact]
    public async Task Every_chart_keeps_its_labels_whole_at_1280_and_390_pixels()
    {
        await using var session = await site.OpenSessionAsync();
        await session.SignInAsync("cabinet");
        await session.GoToAsync("/dashboard");
        var boxes = await session.Page.Locator(".glance > section h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(boxes);

        var problems = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            await session.Page.SetViewportSizeAsync(width, 900);
            foreach (var box in boxes)
            {
                await session.GoToAsync(box);
                problems.AddRange((await session.Page.EvaluateAsync<string[]>(Overflowing)).Select(p => $"{box} at {width} px: {p}"));
            }
        }

        Assert.Empty(problems);
    }
}
