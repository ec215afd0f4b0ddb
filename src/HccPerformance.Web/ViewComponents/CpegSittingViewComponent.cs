using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// Above CPEG's forms on a concern's page: where a decision taken now is recorded (the meeting in session, or, with none,
/// that only the chair may take an urgent decision). A view component, so the concern page takes one line and needs no new
/// fields: the decision is minuted by the service (issue 15). Shown only to CPEG, and only while the concern is open.
/// </summary>
public sealed class CpegSittingViewComponent(CpegSitting sitting) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AreaOfConcern concern)
    {
        if (!concern.IsOpen || !Bodies.SitsOn(User.IsInRole, Body.Cpeg))
        {
            return Content("");
        }

        return View(await sitting.NowAsync(HttpContext.RequestAborted));
    }
}
