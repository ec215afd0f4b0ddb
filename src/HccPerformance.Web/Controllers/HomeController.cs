using HccPerformance.Core.Common;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Home;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

public sealed class HomeController(
    ReportingPeriodService periods, DepartmentService departments, SelfAssessmentService assessments, NotificationInbox inbox, TimeProvider clock)
    : AppController
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

        if (User.IsInRole(Roles.ChiefExecutive) || User.IsInRole(Roles.CpegMember))
        {
            return RedirectToAction(nameof(CpegController.Home), "Cpeg");
        }

        if (User.IsInRole(Roles.PerformanceExecutiveMember)
            || Roles.MembersOnly.Any(User.IsInRole))
        {
            return RedirectToAction(nameof(NeedsYou));
        }

        if (User.IsInRole(Roles.ServiceManager))
        {
            return RedirectToAction(nameof(IndicatorsController.Mine), "Indicators");
        }

        if (User.IsInRole(Roles.ExecutiveMember) && departmentId is { } portfolio)
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
    public async Task<IActionResult> Overview(CancellationToken ct)
    {
        var period = await periods.CurrentAsync(ct);
        var seesTracker = User.IsInRole(Roles.HeadOfImprovement) || User.IsInRole(Roles.PerformanceTeam)
            || User.IsInRole(Roles.ChiefExecutive) || User.IsInRole(Roles.CpegMember);
        return View(new OverviewViewModel
        {
            Period = period,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Departments = [.. (await departments.ListAsync(ct)).Where(d => d.IsActive)],
            Tracker = period is not null && seesTracker ? await assessments.TrackerAsync(period.Id, ct) : [],
            Notifications = await inbox.RecentAsync(5, ct),
        });
    }

    /// <summary>
    /// The members' home (ux.md): what waits for the bodies they sit on (a report or plan step, escalations to respond to),
    /// their questions and the answers that came back, then the dashboard and the latest issued report. Each part is a view
    /// component owned by its feature, so a feature adds itself with one line.
    /// </summary>
    [HttpGet("/what-needs-you")]
    public async Task<IActionResult> NeedsYou([FromServices] Core.Data.AppDbContext db, CancellationToken ct) => View(new NeedsYouViewModel
    {
        Notifications = await inbox.RecentAsync(5, ct),
        LatestReport = await Core.Reports.ReportReader.LatestAsync(db, User.IsInRole, ct),
    });

    [HttpPost("/notifications/read")]
    public async Task<IActionResult> MarkNotificationsRead(string? returnUrl, CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(ct);
        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(Infrastructure.LocalUrls.Encode(returnUrl)) : RedirectToAction(nameof(Index));
    }
}
