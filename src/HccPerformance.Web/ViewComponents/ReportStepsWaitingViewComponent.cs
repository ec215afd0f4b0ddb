using HccPerformance.Core.Concerns;
using HccPerformance.Core.Reports;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// The issued reports waiting for a body this person sits on (the corporate report for CMT, the Performance Executive
/// Member or Cabinet; CPEG's report for CMT), for the members' home, a Chief Officer's own department page and CPEG's home.
/// Nothing is drawn when nothing waits.
/// </summary>
public sealed class ReportStepsWaitingViewComponent(ReportJourney journey, CpegReportIssuing cpegReports) : ViewComponent
{
    /// <param name="show">False where the page is not the person's own (another department's page).</param>
    public async Task<IViewComponentResult> InvokeAsync(bool show = true)
    {
        if (!show)
        {
            return Content("");
        }

        var ct = HttpContext.RequestAborted;
        var waiting = (await journey.WaitingAsync(ct)).Concat(await cpegReports.WaitingAsync(ct)).OrderBy(w => w.IssuedUtc).ToList();
        return waiting.Count == 0 ? Content("") : View(waiting);
    }
}
