using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Reports;

/// <summary>
/// Cabinet's home is the dashboard and the latest issued report (ux.md): the dashboard names the latest version that has
/// reached Cabinet (after CMT and the Performance Executive Member) and links to it; a newer one still with CMT is not named.
/// </summary>
public sealed class LatestReportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.SelectCommittee)]
    public async Task The_dashboard_links_to_the_latest_issued_report_and_its_PDF(string userName)
    {
        var latest = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedReports.Where(r => r.Considerations.Count >= 2)
            .OrderByDescending(r => r.IssuedUtc).Select(r => new { r.Id, r.PeriodName, r.VersionNumber }).FirstAsync());
        var newest = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedReports.OrderByDescending(r => r.IssuedUtc).Select(r => r.Id).FirstAsync());
        Assert.NotEqual(latest.Id, newest);
        using var member = app.CreateSiteClient();
        await member.SignInAsync(userName);

        var dashboard = await member.PageAsync("/dashboard");

        var line = dashboard.Document.QuerySelector(".latest-report")!;
        Assert.Contains($"{latest.PeriodName}, version {latest.VersionNumber}", line.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/reports/{latest.Id}", $"/reports/{latest.Id}/pdf"], line.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var pdf = await member.GetAsync($"/reports/{latest.Id}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }
}
