namespace HccPerformance.Core.ImprovementPlan;

/// <summary>Lengths of an area's origin, impact assessment and service plan links, shared by the database and the validators.</summary>
public static class AreaLinkLimits
{
    public const int SourceTitle = 300;
    public const int Reason = 500;
    public const int Assessment = 2000;
    public const int ServicePlanName = 200;
    public const int ServicePlanReference = 500;
}
