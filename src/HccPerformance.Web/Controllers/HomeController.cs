using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Home;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

public sealed class HomeController(ReportingPeriodService periods, DepartmentService departments, TimeProvider clock) : AppController
{
    /// <summary>Each role lands where its work is (ux.md, "Home pages by role").</summary>
    [HttpGet("/")]
    public IActionResult Index()
    {
        var departmentId = User.DepartmentId();
        if (User.IsInRole(Roles.ChiefOfficer) && departmentId is { } own)
        {
            return RedirectToAction(nameof(DepartmentsController.Details), "Departments", new { id = own });
        }

        if (User.IsInRole(Roles.HeadOfImprovement))
        {
            return RedirectToAction(nameof(Overview));
        }

        if (User.IsInRole(Roles.ChiefExecutive) || User.IsInRole(Roles.CpegMember) || User.IsInRole(Roles.PerformanceExecutiveMember)
            || User.IsInRole(Roles.Cabinet) || User.IsInRole(Roles.SelectCommittee))
        {
            return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
        }

        if ((User.IsInRole(Roles.ExecutiveMember) || User.IsInRole(Roles.ServiceManager)) && departmentId is { } portfolio)
        {
            return RedirectToAction(nameof(DepartmentsController.Details), "Departments", new { id = portfolio });
        }

        if (User.IsInRole(Roles.Administrator) && !User.IsInRole(Roles.PerformanceTeam))
        {
            return RedirectToAction(nameof(UsersController.Index), "Users");
        }

        return RedirectToAction(nameof(Overview));
    }

    /// <summary>The quarter at a glance for the Head of Improvement and the Performance Team.</summary>
    [HttpGet("/home")]
    [Authorize(Policy = Policies.OfficerAccess)]
    public async Task<IActionResult> Overview(CancellationToken ct) => View(new OverviewViewModel
    {
        Period = await periods.CurrentAsync(ct),
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        Departments = [.. (await departments.ListAsync(ct)).Where(d => d.IsActive)],
    });
}
