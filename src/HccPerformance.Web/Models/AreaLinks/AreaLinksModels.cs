using HccPerformance.Core.ImprovementPlan;

namespace HccPerformance.Web.Models.AreaLinks;

/// <summary>The add-area form filled from the record the area emerged from; it posts to the plan's add-area step.</summary>
public sealed class ProposeAreaViewModel
{
    public required ProposalView Proposal { get; init; }
    public NewAreaInput NewArea { get; set; } = new();
}

public sealed class ImpactAssessmentViewModel
{
    public required AreaLinksView Area { get; init; }
    public ImpactAssessmentInput Input { get; set; } = new();
}

public sealed class ServicePlansViewModel
{
    public required AreaLinksView Area { get; init; }
    public ServicePlanLinkInput Input { get; set; } = new();
}

/// <summary>A source record's line: the areas it is in, and for the Head of Improvement, the step to propose one.</summary>
public sealed record InThePlanModel(IReadOnlyList<AreaFromSource> Areas, string? ProposeLink);
