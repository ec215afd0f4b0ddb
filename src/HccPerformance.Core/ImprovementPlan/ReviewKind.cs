namespace HccPerformance.Core.ImprovementPlan;

/// <summary>The two reviews of seed 5.6: "how well it is working" in the first six months, and the full review at the plan's end.</summary>
public enum ReviewKind
{
    SixMonth = 1,
    Full = 2,
}
