namespace HccPerformance.Core.ImprovementPlan;

/// <summary>Lengths and bounds shared by the database configuration and the plan's life validators.</summary>
public static class PlanLifeLimits
{
    public const int Notes = 2000;
    public const int Comment = 2000;
    public const int ReviewNote = 500;
    public const int LongestTermYears = 5;
    public const int EarliestYear = 2000;
    public const int LatestYear = 2100;
}
