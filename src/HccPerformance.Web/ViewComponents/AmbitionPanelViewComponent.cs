using HccPerformance.Core.Ambition;
using HccPerformance.Web.Models.Ambition;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// "The council's ambition" on an indicator's or plan area's page: the current ambition, how many came before, and a link to
/// its ambition page, where those who may set a new one. A view component, so those pages take one line.
/// </summary>
public sealed class AmbitionPanelViewComponent(AmbitionService ambition) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AmbitionSubject subject, int id)
    {
        var page = await ambition.PageAsync(subject, id, HttpContext.RequestAborted);
        return View(new AmbitionPanelViewModel(page.Subject, page.Current, page.Earlier.Count, page.MaySet, page.Requests.Count));
    }
}
