using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Web.Models.SelfAssessments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>The Head of Improvement's tracker: every department's self-assessment for a period, and who to chase.</summary>
[Authorize(Policy = Policies.OfficerAccess)]
[Route("self-assessments/tracker")]
public sealed class TrackerController(SelfAssessmentService assessments, ReportingPeriodService periods, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? period, CancellationToken ct)
    {
        var all = await periods.ListAsync(ct);
        var chosen = (period is { } id ? all.FirstOrDefault(p => p.Id == id) : null) ?? await periods.CurrentAsync(ct) ?? all.FirstOrDefault();
        if (chosen is null)
        {
            return NotFound();
        }

        return View(new TrackerViewModel
        {
            Period = chosen,
            Periods = all,
            Rows = await assessments.TrackerAsync(chosen.Id, ct),
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            CanRemind = User.IsInRole(Roles.HeadOfImprovement),
        });
    }

    [HttpPost("remind")]
    public async Task<IActionResult> Remind(int period, CancellationToken ct)
    {
        var count = await assessments.RemindAsync(period, ct);
        SetStatus(count == 0 ? "Nobody needed a reminder." : $"Reminders sent to {count} {(count == 1 ? "person" : "people")}. They see them on their home page.");
        return RedirectToAction(nameof(Index), new { period });
    }
}
