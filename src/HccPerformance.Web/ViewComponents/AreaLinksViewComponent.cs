using HccPerformance.Core.ImprovementPlan;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>On a priority area's page (one line in the view): where it came from, its impact assessment and the service plans that carry it.</summary>
public sealed class AreaLinksViewComponent(AreaLinksService links) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int areaId) => View(await links.AreaAsync(areaId, HttpContext.RequestAborted));
}
