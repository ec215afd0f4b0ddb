namespace HccPerformance.Core.ImprovementPlan;

/// <summary>The changes the Head of Improvement may propose to a live plan's areas.</summary>
public enum ProposalKind
{
    Add = 1,
    Reword = 2,
    Retire = 3,
}
