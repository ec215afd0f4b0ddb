using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Concerns;

/// <summary>The dashboard's "Areas of concern" tile: concerns open and report-backs overdue, as the concerns themselves say.</summary>
public sealed class ConcernDashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(int Open, int Overdue)> CountsAsync()
    {
        var today = ConcernTestData.Today(app);
        var concerns = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.AsNoTracking()
            .Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).ToListAsync());
        return (concerns.Count(c => c.IsOpen), concerns.Sum(c => c.OverdueReportBacks(today).Count()));
    }

    [Fact]
    public async Task The_tile_counts_open_concerns_and_overdue_report_backs_and_follows_a_new_concern()
    {
        var (open, overdue) = await CountsAsync();
        Assert.True(open >= 3 && overdue >= 2, "The demo council has open concerns with overdue report-backs.");
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var tile = await TileAsync(cabinet);
        Assert.Contains($"{open} open areas of concern; {overdue} report-backs to CPEG overdue.", tile.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{overdue} overdue", tile.QuerySelector("h2 .tag-red")!.TextContent, StringComparison.Ordinal);

        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", "Dashboard test concern"), ("Input.Evidence", "Red"), ("Input.Source", "ByHand"));
        tile = await TileAsync(cabinet);
        Assert.Contains($"{open + 1} open areas of concern", tile.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The "Areas of concern" box of the glance view, in full on the page it opens (issue 18).</summary>
    private static async Task<AngleSharp.Dom.IElement> TileAsync(SiteClient cabinet)
    {
        var box = (await cabinet.PageAsync("/dashboard")).Document.QuerySelectorAll(".glance > section")
            .Single(s => s.QuerySelector("h2 a")!.TextContent == "Areas of concern");
        return (await cabinet.PageAsync(box.QuerySelector("h2 a")!.GetAttribute("href")!)).Document.QuerySelectorAll(".dashboard > section")[0];
    }
}
