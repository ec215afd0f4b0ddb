using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Models.Home;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>The Corporate Dashboard (Appendix Three): what Cabinet and CPEG open first.</summary>
[Route("dashboard")]
[Authorize(Policy = Policies.ReadDashboard)]
public sealed class DashboardController(
    ReportingPeriodService periods, DepartmentService departments, PeopleDirectory people, Core.ImprovementPlan.PlanService plan, TimeProvider clock)
    : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? period, CancellationToken ct)
    {
        var all = await periods.ListAsync(ct);
        var current = await periods.CurrentAsync(ct);
        var chosen = period is { } id ? all.FirstOrDefault(p => p.Id == id) ?? current : current;
        var leads = await people.LeadsAsync(ct);
        return View(new DashboardViewModel
        {
            Period = chosen,
            Periods = all,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Plan = await plan.PlanAsync(null, new Core.ImprovementPlan.PlanFilter(), ct),
            Departments = [.. (await departments.ListAsync(ct)).Where(d => d.IsActive).Select(d =>
                new DepartmentLeads(d.Id, d.Name, leads.GetValueOrDefault(d.Id).ChiefOfficer, leads.GetValueOrDefault(d.Id).ExecutiveMember))],
        });
    }
}
