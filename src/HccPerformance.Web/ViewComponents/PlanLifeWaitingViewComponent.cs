using HccPerformance.Core.ImprovementPlan;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// What about the improvement plan's life waits for the reader (issue 16): reviews due or overdue for the Head of Improvement and CMT,
/// a draft waiting for CMT, changes waiting for CMT's decision, a plan waiting for Cabinet's endorsement. Nothing is drawn when nothing waits.
/// </summary>
public sealed class PlanLifeWaitingViewComponent(PlanLifeService life) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool show = true)
    {
        if (!show)
        {
            return Content("");
        }

        var waiting = await life.WaitingAsync(HttpContext.RequestAborted);
        return waiting.Count == 0 ? Content("") : View(waiting);
    }
}
