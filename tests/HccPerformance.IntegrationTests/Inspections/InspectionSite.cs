using System.Globalization;
using HccPerformance.Core.Data;
using HccPerformance.Core.Inspections;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Inspections;

/// <summary>What the inspection tests share: look-ups of the register in the database, read apart from the site's own code.</summary>
internal static class InspectionSite
{
    public static DateOnly TodayOf(AppFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Task<int> DepartmentIdAsync(this AppFactory app, string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    /// <summary>A demo recommendation, found by the start of its words.</summary>
    public static Task<Recommendation> RecommendationAsync(this AppFactory app, string startsWith) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Recommendations.AsNoTracking().SingleAsync(r => EF.Functions.Like(r.Text, startsWith + "%")));

    public static Task<Recommendation> RecommendationAsync(this AppFactory app, int id) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Recommendations.AsNoTracking().SingleAsync(r => r.Id == id));

    public static Task<Inspection> InspectionAsync(this AppFactory app, int id) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Inspections.AsNoTracking().SingleAsync(i => i.Id == id));

    public static Task<Inspection> InspectionAsync(this AppFactory app, string service) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Inspections.AsNoTracking().SingleAsync(i => i.Service == service));

    public static Task<List<Recommendation>> AllRecommendationsAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Recommendations.AsNoTracking().ToListAsync());

    public static Task<List<Inspection>> AllInspectionsAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Inspections.AsNoTracking().ToListAsync());

    public static Task<int> RecommendationCountAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Recommendations.CountAsync());

    public static Task<int> InspectionCountAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Inspections.CountAsync());

    public static Task<Dictionary<int, string>> DepartmentNamesAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.ToDictionaryAsync(d => d.Id, d => d.Name));

    public static int Percent(int complete, int total) => (int)Math.Round(100m * complete / total, MidpointRounding.AwayFromZero);
}
