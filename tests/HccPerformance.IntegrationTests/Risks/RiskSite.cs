using AngleSharp.Dom;
using HccPerformance.Core.Data;
using HccPerformance.Core.Risks;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Risks;

/// <summary>What the risk tests share: look-ups in the database, and reading the register's tables as a person would.</summary>
internal static class RiskSite
{
    public static Task<int> RiskIdAsync(this AppFactory app, string reference) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Risks.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());

    public static Task<Risk?> RiskAsync(this AppFactory app, string reference) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Risks.AsNoTracking().Include(r => r.Reviews).SingleOrDefaultAsync(r => r.Reference == reference));

    public static Task<int> RiskCountAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Risks.CountAsync());

    public static Task<int> ReviewCountAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<RiskReview>().CountAsync());

    public static Task<int> EmergingCountAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().EmergingRisks.CountAsync());

    public static Task<EmergingRisk?> EmergingAsync(this AppFactory app, string title) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().EmergingRisks.AsNoTracking().SingleOrDefaultAsync(r => r.Title == title));

    public static Task<int> DepartmentIdAsync(this AppFactory app, string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    /// <summary>The heat map's counts as the page shows them, by (likelihood, impact).</summary>
    public static Dictionary<(int Likelihood, int Impact), int> HeatMapCounts(this Page page) =>
        page.Document.QuerySelectorAll("#heat-map td.heat-cell").ToDictionary(
            c => (int.Parse(c.GetAttribute("data-likelihood")!, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(c.GetAttribute("data-impact")!, System.Globalization.CultureInfo.InvariantCulture)),
            c => int.Parse(c.QuerySelector(".heat-count")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The register's rows: each a list of its cells' text, the reference first.</summary>
    public static List<List<string>> RegisterRows(this Page page) =>
        [.. page.Document.QuerySelectorAll("#register tbody tr").Select(r => r.Children.Select(c => c.TextWithoutDemoMarks()).ToList())];

    public static List<string> References(this Page page) => [.. page.RegisterRows().Select(r => r[0])];

    public static string Squash(IElement element) => string.Join(" ", element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
