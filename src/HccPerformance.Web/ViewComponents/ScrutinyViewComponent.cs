using HccPerformance.Core.Common;
using HccPerformance.Core.Scrutiny;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// Scrutiny's part of a home page (one line in the view): a Select Committee member's open reviews and the responses
/// received; the recommendations waiting for this member of the Executive's response, with due and overdue; for the Head
/// of Improvement, every overdue response. Nothing for anyone else.
/// </summary>
public sealed class ScrutinyViewComponent(ScrutinyService scrutiny) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        bool IsInRole(string role) => HttpContext.User.IsInRole(role);
        var shown = scrutiny.CanRecord || ScrutinyVisibility.IsExecutive(IsInRole) || IsInRole(Roles.HeadOfImprovement);
        if (!shown)
        {
            return Content("");
        }

        ViewData["Committee"] = scrutiny.CanRecord;
        ViewData["Executive"] = ScrutinyVisibility.IsExecutive(IsInRole);
        return View(await scrutiny.HomeAsync(HttpContext.RequestAborted));
    }
}
