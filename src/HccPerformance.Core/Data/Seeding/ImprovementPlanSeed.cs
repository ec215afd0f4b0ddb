using System.Text.Json;
using HccPerformance.Core.ImprovementPlan;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// The Corporate Improvement Plan 2008-2011 as section 5.8 of the reference document lists it: three themes and 32
/// priority areas, each with its short name and description as written there. Reference data, not demo data.
/// </summary>
public static class ImprovementPlanSeed
{
    public const int StartYear = 2008;
    public const int EndYear = 2011;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public sealed record SeedArea(string Name, string Description);

    public sealed record SeedTheme(int Number, string Name, string? Subtitle, IReadOnlyList<SeedArea> Areas);

    public static IReadOnlyList<SeedTheme> Themes()
    {
        using var stream = typeof(ImprovementPlanSeed).Assembly.GetManifestResourceStream("improvement-plan-2008.json")
            ?? throw new InvalidOperationException("The improvement plan is missing from the assembly.");
        return JsonSerializer.Deserialize<List<SeedTheme>>(stream, JsonOptions) ?? [];
    }

    /// <summary>The plan's first focus year, its plan live from 1 April 2008 (it was in operation before the site recorded steps).</summary>
    public static CorporateImprovementPlan Build(DateTime? recordedUtc = null)
    {
        var term = PlanTerm.InOperation(StartYear, EndYear, "System", recordedUtc ?? new DateTime(StartYear, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        var plan = new CorporateImprovementPlan(term, focusYear: StartYear);
        plan.Cite(Common.ReferenceSources.ImprovementPlan2008);
        foreach (var theme in Themes())
        {
            plan.AddTheme(theme.Number, theme.Name, theme.Subtitle);
            foreach (var area in theme.Areas)
            {
                plan.AddArea(theme.Number, area.Name, area.Description);
            }
        }

        return plan;
    }
}
