using HccPerformance.Core.Concerns;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// "Escalations to you" on the home page of anyone who sits on a body concerns are escalated to (issue 15): the Leader,
/// Cabinet, Select Committee members and the Performance Executive Member on "What needs you", CMT's Chief Officers on
/// their own department's page, the Chief Executive on CPEG's home. Those waiting for the body's response first, then
/// the latest answered. Nothing when there are none (or when <paramref name="show"/> is false).
/// </summary>
public sealed class EscalationsToYouViewComponent(ConcernService concerns) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool show = true)
    {
        if (!show)
        {
            return Content("");
        }

        var rows = await concerns.EscalationsToMeAsync(HttpContext.RequestAborted);
        return rows.Count == 0 ? Content("") : View(rows);
    }
}
