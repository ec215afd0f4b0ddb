using HccPerformance.Core.Concerns;
using HccPerformance.Web.Models.Cpeg;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// The concern page's CPEG part: the decisions recorded about the concern in CPEG's meetings and, for a concern raised from
/// an indicator, its results before and after the first intervention. A view component, so the concern page takes one line
/// and its controller does not change.
/// </summary>
public sealed class ConcernCpegViewComponent(CpegMeetingService meetings, IsItWorkingService isItWorking) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AreaOfConcern concern) => View(new ConcernCpegViewModel
    {
        Decisions = await meetings.DecisionsAboutAsync(concern.Id, concern.Title, HttpContext.RequestAborted),
        Trend = await isItWorking.ForConcernAsync(concern, HttpContext.RequestAborted),
    });
}
