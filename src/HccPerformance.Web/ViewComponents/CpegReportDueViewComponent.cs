using HccPerformance.Core.Concerns;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// Whether CPEG's report to CMT is due (twice a year) or overdue, for those who issue it: the Head of Improvement's home and
/// CPEG's home. Nothing is drawn for anyone else.
/// </summary>
public sealed class CpegReportDueViewComponent(CpegReportIssuing reports) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        reports.CanIssue ? View(await reports.DueAsync(HttpContext.RequestAborted)) : Content("");
}
