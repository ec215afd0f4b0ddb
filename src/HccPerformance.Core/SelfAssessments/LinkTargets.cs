namespace HccPerformance.Core.SelfAssessments;

public static class LinkTargets
{
    public const string Indicator = nameof(Indicator);
    public const string Risk = nameof(Risk);
    public const string PlanArea = nameof(PlanArea);
}
