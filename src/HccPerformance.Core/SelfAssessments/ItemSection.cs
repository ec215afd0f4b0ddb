namespace HccPerformance.Core.SelfAssessments;

/// <summary>The four lists of short items a self-assessment holds (seed 4.18).</summary>
public enum ItemSection
{
    Strength = 1,
    AreaForImprovement = 2,
    Risk = 3,
    Action = 4,
}
