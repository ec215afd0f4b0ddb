namespace HccPerformance.Core.ImprovementPlan;

/// <summary>Lengths shared by the database configuration and the plan's validators.</summary>
public static class PlanLimits
{
    public const int ShortName = 100;
    public const int Description = 1000;
    public const int Reason = 500;
    public const int ShortText = 300;
    public const int Commentary = 1500;
}
