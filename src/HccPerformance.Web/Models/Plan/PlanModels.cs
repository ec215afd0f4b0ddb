using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Models.Plan;

public sealed class PlanPageViewModel
{
    public required PlanView Plan { get; init; }
    public required PlanFilter Filter { get; init; }
    public required IReadOnlyList<SelectListItem> Departments { get; init; }
    public bool Filtered => Filter != new PlanFilter();
    public bool CanRefresh { get; init; }
    public NewAreaInput NewArea { get; set; } = new();
}

public sealed class AreaPageViewModel
{
    public required AreaView Area { get; set; }
    public required AreaPermissions Can { get; set; }
    public ProgressInput Progress { get; set; } = new();
    public TargetInput Target { get; set; } = new();
    public MilestoneInput Milestone { get; set; } = new();
    public AccountabilityInput Accountability { get; set; } = new();
    public RewordInput Reword { get; set; } = new();
    public TargetValueInput TargetValue { get; set; } = new();
    public RetireInput Retire { get; set; } = new();
    public IReadOnlyList<SelectListItem> Departments { get; set; } = [];
    public DateOnly Today { get; init; }
}

public static class RagStyle
{
    public static string Tag(Rag rag) => rag switch
    {
        Rag.Green => "tag-green",
        Rag.Amber => "tag-amber",
        Rag.Red => "tag-red",
        _ => "tag-grey",
    };
}
