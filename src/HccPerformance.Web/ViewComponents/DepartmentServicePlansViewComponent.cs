using HccPerformance.Core.ImprovementPlan;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>On a department's page (one line in the view): its service plans that carry improvement plan areas, by area (seed 5.7).</summary>
public sealed class DepartmentServicePlansViewComponent(AreaLinksService links) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int departmentId) => View(await links.ForDepartmentAsync(departmentId, HttpContext.RequestAborted));
}
