using HccPerformance.Core.Data;
using HccPerformance.Core.Inspections;
using HccPerformance.Core.Risks;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Concerns;

/// <summary>Records of the registers made for one test, so no other test's concern already sits on them.</summary>
internal static class ConcernTestData
{
    public static DateOnly Today(AppFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A new open risk on the register, scored likelihood x impact today; returns its id.</summary>
    public static Task<int> NewRiskAsync(AppFactory app, int likelihood, int impact, string? title = null) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var reference = $"T{Guid.NewGuid().ToString("N")[..6]}";
        var risk = new Risk(reference, title ?? $"Test risk {reference}", isStrategic: true);
        risk.Describe(risk.Title, null, "Director of Testing", null, isStrategic: true, "");
        risk.Assess(likelihood, impact, Today(app), null, "test");
        db.Risks.Add(risk);
        await db.SaveChangesAsync();
        return risk.Id;
    });

    /// <summary>A new inspection's recommendation, due the number of days from today given (negative: overdue); returns its id.</summary>
    public static Task<int> NewRecommendationAsync(AppFactory app, int dueInDays, string text) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var department = await db.Departments.Select(d => d.Id).FirstAsync();
        var reported = Today(app).AddYears(-1);
        var inspection = new Inspection("Audit Commission", "Test service", department, reported);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync();
        var recommendation = new Recommendation(inspection.Id, reported, text, "Head of Testing", department, Today(app).AddDays(dueInDays));
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync();
        return recommendation.Id;
    });
}
