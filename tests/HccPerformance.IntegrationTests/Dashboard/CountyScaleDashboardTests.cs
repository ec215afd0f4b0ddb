using System.Globalization;
using HccPerformance.Benchmarks;
using HccPerformance.Core.Dashboard;
using HccPerformance.Core.Data.Interceptors;
using HccPerformance.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Dashboard;

/// <summary>
/// Issue 18: on a quarter of the county-scale data (the page benchmark's: 500 indicators on the scorecards, 300 risks,
/// 1,500 inspection recommendations, 400 pieces of intelligence...), every count the glance gives is the count on its box's page.
/// </summary>
public sealed class CountyScaleDashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_glance_and_every_boxs_page_agree_on_the_county_scale_data()
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(0, await CountyScaleData.RunAsync([app.DatabasePath, today]));
        // The bulk rows go round the site's change tracking, as another instance's changes would: the dashboard is told.
        app.WithScope(s =>
        {
            s.GetRequiredService<ChangeSignal>().BumpBoxes(DashboardBoxes.All);
            return 0;
        });

        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        var glance = await client.PageAsync("/dashboard");
        // The county's 200 national-style indicators are on the NIS scorecard's box: the data is there.
        Assert.Contains(glance.Document.QuerySelectorAll(".glance > section"), box => box.QuerySelector("h2")!.TextContent.Contains("NIS", StringComparison.Ordinal)
            && box.QuerySelectorAll("[data-figure]").Sum(f => int.Parse(f.GetAttribute("data-value")!, CultureInfo.InvariantCulture)) > 200);
        await DashboardTests.AssertEveryBoxAgreesWithItsDetailAsync(client);
    }
}
