using HccPerformance.Core.Common;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Admin;
using HccPerformance.Web.Models.Home;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Departments: each one's page for its people, and the Administrator's list to maintain them.</summary>
[Route("departments")]
[Authorize(Policy = Policies.OfficerAccess)]
public sealed class DepartmentsController(
    DepartmentService departments, ReportingPeriodService periods, PeopleDirectory people, SelfAssessmentService assessments,
    NotificationInbox inbox, Core.ImprovementPlan.PlanService plan, Core.Indicators.ResultService results, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new DepartmentListViewModel
    {
        Departments = await departments.ListAsync(ct),
        CanEdit = User.IsInRole(Roles.Administrator),
    });

    /// <summary>"Your department this quarter" for its Chief Officer, Executive Member and Service Managers.</summary>
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var department = await departments.GetAsync(id, ct);
        var isOwn = User.DepartmentId() == id;
        return View(new DepartmentViewModel
        {
            Department = department,
            IsOwn = isOwn,
            MaySeeAssessments = assessments.MaySeeAssessmentsOf(id),
            Assessments = await assessments.ForDepartmentAsync(id, ct),
            Notifications = isOwn ? await inbox.RecentAsync(5, ct) : [],
            PlanAreas = await plan.AreasForDepartmentAsync(id, ct),
            RedIndicators = await results.RedsForDepartmentAsync(id, ct),
            Period = await periods.CurrentAsync(ct),
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            People = [.. (await people.InDepartmentAsync(id, ct)).Select(p => new PersonInRole(p.DisplayName, p.Role))],
        });
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.Administration)]
    public IActionResult Create() => View(new DepartmentFormViewModel());

    [OnceOnly]
    [HttpPost("new")]
    [Authorize(Policy = Policies.Administration)]
    public Task<IActionResult> Create(DepartmentFormViewModel model, CancellationToken ct) => PostAsync(model.Input, async () =>
        Done($"{model.Input.Name.Trim()} has been added.", nameof(Details), new { id = await departments.CreateAsync(model.Input, ct) }),
        () => View(model));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.Administration)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var department = await departments.GetAsync(id, ct);
        return View(new DepartmentFormViewModel
        {
            Id = id,
            Input = new DepartmentInput { Code = department.Code, Name = department.Name, IsActive = department.IsActive, Version = department.Version },
        });
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.Administration)]
    public Task<IActionResult> Edit(int id, DepartmentFormViewModel model, CancellationToken ct)
    {
        model.Id = id;
        return PostAsync(model.Input, async () =>
        {
            await departments.UpdateAsync(id, model.Input, ct);
            return Done($"{model.Input.Name.Trim()} has been saved.", nameof(Index));
        }, () => View(model));
    }
}
