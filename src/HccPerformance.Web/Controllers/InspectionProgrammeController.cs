using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Inspections;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Inspections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// The forward programme of inspections (issue 18): everyone signed in reads it, as the inspection register; the Performance
/// Team adds, changes and removes entries, and records one as an inspection when it happens (the register's form).
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("inspections/programme")]
public sealed class InspectionProgrammeController(InspectionProgramme programme, DepartmentService departments) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new ProgrammeViewModel { Expected = await programme.ListAsync(ct), CanMaintain = programme.CanMaintain });

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Form", new ExpectedInspectionFormViewModel { Departments = await OptionsAsync(null, ct) });

    [OnceOnly]
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("new")]
    public Task<IActionResult> Create([Bind(Prefix = "Input")] ExpectedInspectionInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await programme.AddAsync(input, ct);
            return Done($"The {input.Inspectorate.Trim()} inspection is on the forward programme.", nameof(Index));
        }, async () => View("Form", new ExpectedInspectionFormViewModel { Input = input, Departments = await OptionsAsync(input.DepartmentId, ct) }));

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var e = await programme.GetAsync(id, ct);
        return View("Form", new ExpectedInspectionFormViewModel
        {
            Id = id,
            Input = new ExpectedInspectionInput
            {
                Inspectorate = e.Inspectorate, Service = e.Service, DepartmentId = e.DepartmentId, Scope = e.Scope, Version = e.Version,
                ExpectedMonth = e.ExpectedMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            },
            Departments = await OptionsAsync(e.DepartmentId, ct),
        });
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] ExpectedInspectionInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await programme.UpdateAsync(id, input, ct);
            return Done("The expected inspection is saved.", nameof(Index));
        }, async () => View("Form", new ExpectedInspectionFormViewModel { Id = id, Input = input, Departments = await OptionsAsync(input.DepartmentId, ct) }));

    /// <summary>Off the programme without happening; the form's version guards against removing what someone just changed.</summary>
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}/remove")]
    public async Task<IActionResult> Remove(int id, [FromForm] Guid version, CancellationToken ct)
    {
        try
        {
            await programme.RemoveAsync(id, version, ct);
            return Done("The inspection is off the forward programme.", nameof(Index));
        }
        catch (ConcurrencyConflictException)
        {
            return Done("Someone else changed that expected inspection just now, so it was not removed. Check it and remove it again if you still mean to.", nameof(Index));
        }
    }

    private async Task<List<SelectListItem>> OptionsAsync(int? keep, CancellationToken ct) =>
        [.. (await departments.ListAsync(ct)).Where(d => d.IsActive || d.Id == keep)
            .Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))];
}
