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
/// Intelligence from inspectorates (issue 18): letters, annual assessments and feedback outside formal recommendations.
/// Everyone signed in reads the register, as the inspection register; the Performance Team adds and changes records.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("inspections/intelligence")]
public sealed class IntelligenceController(IntelligenceRegister intelligence, DepartmentService departments) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? department, CancellationToken ct)
    {
        var all = await departments.ListAsync(ct);
        // A department the address names that does not exist is simply no filter.
        var chosen = int.TryParse(department, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && all.Any(d => d.Id == id) ? id : (int?)null;
        ModelState.Clear();
        return View(new IntelligenceListViewModel
        {
            Records = await intelligence.ListAsync(chosen, ct),
            Departments = [.. all.Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))],
            DepartmentId = chosen,
            CanMaintain = intelligence.CanMaintain,
        });
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Form", new IntelligenceFormViewModel { Departments = await OptionsAsync(null, ct) });

    [OnceOnly]
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("new")]
    public Task<IActionResult> Create([Bind(Prefix = "Input")] IntelligenceInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            var id = await intelligence.AddAsync(input, ct);
            SetStatus($"The {input.Source.Trim()} is recorded.");
            return Redirect(Url.Action(nameof(Index))! + $"#intelligence-{id}");
        }, async () => View("Form", new IntelligenceFormViewModel { Input = input, Departments = await OptionsAsync(input.DepartmentId, ct) }));

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var r = await intelligence.GetAsync(id, ct);
        return View("Form", new IntelligenceFormViewModel
        {
            Id = id,
            Input = new IntelligenceInput
            {
                Source = r.Source, ReceivedOn = r.ReceivedOn, Summary = r.Summary, DepartmentId = r.DepartmentId, DocumentReference = r.DocumentReference, Version = r.Version,
            },
            Departments = await OptionsAsync(r.DepartmentId, ct),
        });
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] IntelligenceInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await intelligence.UpdateAsync(id, input, ct);
            SetStatus("The intelligence record is saved.");
            return Redirect(Url.Action(nameof(Index))! + $"#intelligence-{id}");
        }, async () => View("Form", new IntelligenceFormViewModel { Id = id, Input = input, Departments = await OptionsAsync(input.DepartmentId, ct) }));

    private async Task<List<SelectListItem>> OptionsAsync(int? keep, CancellationToken ct) =>
        [.. (await departments.ListAsync(ct)).Where(d => d.IsActive || d.Id == keep)
            .Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))];
}
