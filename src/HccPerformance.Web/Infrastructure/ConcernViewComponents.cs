using HccPerformance.Core.Concerns;
using HccPerformance.Core.SelfAssessments;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Infrastructure;

/// <summary>What a record's page says about concerns on it: the open one, or a link to raise one.</summary>
public sealed record ConcernLinkModel(ConcernSource Source, int SourceId, string What, (int Id, string Title)? Open, bool CanRaise, bool Qualifies);

/// <summary>
/// On a record's page (a risk, a recommendation, a benchmark, an indicator, a plan area): a link to the open area of
/// concern on it for those who read concerns, or "Raise a concern" for those who may raise one when the record
/// qualifies. Nothing otherwise.
/// </summary>
public sealed class ConcernLinkViewComponent(ConcernService concerns) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ConcernSource source, int sourceId, bool qualifies, string what)
    {
        if (!concerns.CanRaise && !concerns.SeesEverything)
        {
            return Content("");
        }

        var open = await concerns.OpenOnAsync(source, [sourceId], HttpContext.RequestAborted);

        // "Raise a concern" only where this person may (their own department's record, a Service Manager's own indicator).
        var canRaise = concerns.CanRaise && await concerns.MayRaiseOnAsync(source, sourceId, null, HttpContext.RequestAborted);
        if (!canRaise && !concerns.SeesEverything)
        {
            return Content("");
        }

        return View(new ConcernLinkModel(source, sourceId, what, open.TryGetValue(sourceId, out var o) ? o : null, canRaise, qualifies));
    }
}

/// <summary>
/// On a self-assessment's page: its areas for improvement and outstanding risks, each with the open concern raised from
/// it or, for those who may raise one, a link to raise it. One read for the whole list.
/// </summary>
public sealed class ItemConcernsViewComponent(ConcernService concerns) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(IReadOnlyList<SelfAssessmentService.ItemWithLink> items, bool submitted)
    {
        var qualifying = items.Where(i => ConcernSources.Qualifies(i.Section)).ToList();
        if (!submitted || qualifying.Count == 0 || (!concerns.CanRaise && !concerns.SeesEverything))
        {
            return Content("");
        }

        var open = await concerns.OpenOnAsync(ConcernSource.SelfAssessmentItem, [.. qualifying.Select(i => i.ItemId)], HttpContext.RequestAborted);

        // One self-assessment is one department's: whether this person raises on one item is whether they raise on all.
        var canRaise = concerns.CanRaise && await concerns.MayRaiseOnAsync(ConcernSource.SelfAssessmentItem, qualifying[0].ItemId, null, HttpContext.RequestAborted);
        if (!canRaise && open.Count == 0)
        {
            return Content("");
        }

        return View(qualifying.Select(i => (i.Text, new ConcernLinkModel(ConcernSource.SelfAssessmentItem, i.ItemId, i.Text,
            open.TryGetValue(i.ItemId, out var o) ? o : null, canRaise, true))).ToList());
    }
}

/// <summary>
/// "Your interventions" on an officer's home page: their report-backs to CPEG overdue (first, said in words), asked for
/// more, or due within a month, each linking to its concern. Nothing when there are none.
/// </summary>
public sealed class YourInterventionsViewComponent(ConcernService concerns, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var due = await concerns.MyReportBacksAsync(HttpContext.RequestAborted);
        ViewData["Today"] = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return due.Count == 0 ? Content("") : View(due);
    }
}
