using HccPerformance.Core.ImprovementPlan;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// On an indicator, benchmarking, inspection recommendation or concern page (one line in the view): "In the improvement
/// plan: area" for each area that emerged from the record, and for the Head of Improvement, "Propose as an improvement
/// plan area", which opens the plan's add-area form filled from the record.
/// </summary>
public sealed class InThePlanViewComponent(AreaLinksService links) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AreaOriginKind kind, int sourceId)
    {
        var areas = await links.AreasFromAsync(kind, sourceId, HttpContext.RequestAborted);
        var propose = links.IsHeadOfImprovement ? $"/plan/areas/new?from={AreaOriginWords.From(kind)}&id={sourceId}" : null;
        return areas.Count == 0 && propose is null ? Content("") : View(new Models.AreaLinks.InThePlanModel(areas, propose));
    }
}
