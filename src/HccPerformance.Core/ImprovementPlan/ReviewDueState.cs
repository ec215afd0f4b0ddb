namespace HccPerformance.Core.ImprovementPlan;

public enum ReviewDueState
{
    NotYet = 1,
    Due = 2,
    Overdue = 3,
    Recorded = 4,

    /// <summary>A six-month review never taken before the full review: no longer asked for.</summary>
    NotTaken = 5,
}
