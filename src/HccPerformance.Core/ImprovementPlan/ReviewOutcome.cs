namespace HccPerformance.Core.ImprovementPlan;

/// <summary>What a review decides for one priority area. Kept and changed areas carry into the next plan.</summary>
public enum ReviewOutcome
{
    Keep = 1,
    Change = 2,
    Retire = 3,
    Completed = 4,
}
