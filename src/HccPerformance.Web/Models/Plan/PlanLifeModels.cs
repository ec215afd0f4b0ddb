using HccPerformance.Core.ImprovementPlan;

namespace HccPerformance.Web.Models.Plan;

/// <summary>A plan's life page: its timeline, the form for the next step (for whoever may take it), comments, proposals and reviews.</summary>
public sealed class PlanTermPageViewModel
{
    public required PlanTermView Plan { get; set; }
    public required PlanLifePermissions Can { get; set; }
    public PlanCommentInput Comment { get; set; } = new();
    public CmtAgreementInput Agree { get; set; } = new();
    public EndorsementInput Endorse { get; set; } = new();
    public FinalisedInput Finalise { get; set; } = new();
    public GoLiveInput GoLive { get; set; } = new();
    public ProposalInput Proposal { get; set; } = new();
    public ProposalDecisionInput Decision { get; set; } = new();

    /// <summary>The proposal whose decision form was posted and refused, so its errors show beside it.</summary>
    public int? DecisionFor { get; set; }
    public SuccessorInput Successor { get; set; } = new();
}

public sealed class PlanReviewPageViewModel
{
    public required PlanTermView Plan { get; set; }
    public required IReadOnlyList<ReviewEvidence> Evidence { get; set; }
    public required ReviewInput Review { get; set; }
}

public sealed class PlansPageViewModel
{
    public required IReadOnlyList<PlanTermRow> Plans { get; init; }

    /// <summary>"No improvement plan is live for Quarter 3 2026/27" when none is, for the plan page's default.</summary>
    public string? NoneLive { get; init; }

    /// <summary>When none is live: the plan being prepared for today's years, which the page points to.</summary>
    public PlanTermRow? BeingPrepared { get; init; }
}
