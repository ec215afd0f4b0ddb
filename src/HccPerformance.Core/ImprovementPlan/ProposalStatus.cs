namespace HccPerformance.Core.ImprovementPlan;

public enum ProposalStatus
{
    Pending = 1,
    Agreed = 2,
    Rejected = 3,
}
