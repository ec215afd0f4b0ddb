using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Inspections;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models;
using HccPerformance.Web.Models.Inspections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// Inspections and the follow-up of their recommendations (issue 6): everyone signed in reads them (Cabinet included, as the
/// dashboard's detail); the Performance Team records inspections and recommendations; a recommendation's progress is
/// recorded by its department's Chief Officer or the Performance Team. The register checks who may do what on every change.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("inspections")]
public sealed class InspectionsController(
    InspectionRegister register, InspectionProgramme programme, IntelligenceRegister intelligence, DepartmentService departments) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? department, bool? overdue, CancellationToken ct)
    {
        var all = await departments.ListAsync(ct);
        string? problem = null;
        DepartmentSummary? chosen = null;
        if (!string.IsNullOrWhiteSpace(department))
        {
            chosen = int.TryParse(department, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? all.FirstOrDefault(d => d.Id == id) : null;
            if (chosen is null)
            {
                problem = "There is no such department, so every department's inspections are shown. Choose a department from the list.";
            }
        }

        // A mistyped "overdue" in the address is simply not a filter; nothing else of the query string is bound.
        ModelState.Clear();
        return View(new InspectionListViewModel
        {
            List = await register.ListAsync(new InspectionFilter(chosen?.Id, overdue == true), ct),
            // Every department, those no longer active too: the register keeps their history.
            Departments = [.. all.Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))],
            DepartmentName = chosen?.Name,
            FilterProblem = problem,
            CanMaintain = register.CanMaintain,
            // The page shows the next three and the latest three: taken in the query, not from the whole registers in memory.
            Programme = await programme.NextAsync(3, ct),
            LatestIntelligence = await intelligence.LatestAsync(3, ct),
        });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await PageAsync(id, null, ct));

    /// <summary>A new inspection; from the forward programme (<paramref name="expected"/>) the form starts with what was expected.</summary>
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(int? expected, CancellationToken ct)
    {
        var input = new InspectionInput();
        if (expected is { } id)
        {
            var e = await programme.GetAsync(id, ct);
            input = new InspectionInput { Body = e.Inspectorate, Service = e.Service, DepartmentId = e.DepartmentId, ExpectedInspectionId = e.Id };
        }

        return View("Form", new InspectionFormViewModel { Input = input, Departments = Options(await departments.ListAsync(ct), input.DepartmentId) });
    }

    [OnceOnly]
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("new")]
    public Task<IActionResult> Create(InspectionFormViewModel model, CancellationToken ct)
    {
        model.Id = null;
        return PostAsync(model.Input, async () => Done($"The {model.Input.Body.Trim()} inspection is recorded. Add its recommendations now.",
            nameof(Details), new { id = await register.CreateAsync(model.Input, ct) }), () => FormAsync(model, null, ct));
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var i = await register.InspectionAsync(id, ct);
        return View("Form", new InspectionFormViewModel
        {
            Id = id,
            Input = new InspectionInput
            {
                Body = i.Body, Service = i.Service, DepartmentId = i.DepartmentId, ReportedOn = i.ReportedOn, Judgement = i.Judgement, IsStrategic = i.IsStrategic,
                Version = i.Version,
            },
            Departments = Options(await departments.ListAsync(ct), i.DepartmentId),
        });
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, InspectionFormViewModel model, CancellationToken ct)
    {
        model.Id = id;
        return PostAsync(model.Input, async () =>
        {
            await register.UpdateAsync(id, model.Input, ct);
            return Done("The inspection is saved.", nameof(Details), new { id });
        }, () => FormAsync(model, model.Input.DepartmentId, ct));
    }

    [OnceOnly]
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}/recommendations")]
    public Task<IActionResult> AddRecommendation(int id, [Bind(Prefix = "Recommendation")] RecommendationInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await register.AddRecommendationAsync(id, input, ct);
            return Done($"The recommendation is added, owned by {input.Owner.Trim()}. Its department's Chief Officer can record progress on it now.", nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, input, ct)), "Recommendation");

    [HttpGet("recommendations/{id:int}")]
    public async Task<IActionResult> Recommendation(int id, CancellationToken ct) => View(await RecommendationPageAsync(id, null, ct));

    [HttpPost("recommendations/{id:int}")]
    public async Task<IActionResult> UpdateProgress(int id, [Bind(Prefix = "Progress")] RecommendationProgressInput input, CancellationToken ct)
    {
        // Who may is settled before what was typed: someone else's recommendation is the 403 page, never a form with errors.
        await register.RequireCanUpdateAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            await register.UpdateProgressAsync(id, input, ct);
            var view = await register.RecommendationAsync(id, ct);
            return Done(input.Status == RecommendationStatus.Complete
                ? $"Recommendation {view.Recommendation.Number} is marked as complete, with its evidence. The register and the dashboard count it now."
                : $"Progress on recommendation {view.Recommendation.Number} is saved: {InspectionDisplay.Name(input.Status!.Value).ToLowerInvariant()}.",
                nameof(Details), new { id = view.InspectionId });
        }, async () => View(nameof(Recommendation), await RecommendationPageAsync(id, m => m.Progress = input, ct)), "Progress");
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("recommendations/{id:int}/reschedule")]
    public Task<IActionResult> Reschedule(int id, [Bind(Prefix = "Reschedule")] RescheduleInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await register.RescheduleAsync(id, input, ct);
            return Done($"The recommendation is now due on {Display.Date(input.DueOn!.Value)}.", nameof(Recommendation), new { id });
        }, async () => View(nameof(Recommendation), await RecommendationPageAsync(id, m => m.Reschedule = input, ct)), "Reschedule");

    private async Task<IActionResult> FormAsync(InspectionFormViewModel model, int? keep, CancellationToken ct)
    {
        model.Departments = Options(await departments.ListAsync(ct), keep);
        return View("Form", model);
    }

    private async Task<InspectionPageViewModel> PageAsync(int id, RecommendationInput? recommendation, CancellationToken ct) => new()
    {
        Inspection = await register.InspectionAsync(id, ct),
        Departments = Options(await departments.ListAsync(ct)),
        CanMaintain = register.CanMaintain,
        Recommendation = recommendation ?? new RecommendationInput(),
    };

    private async Task<RecommendationPageViewModel> RecommendationPageAsync(int id, Action<RecommendationPageViewModel>? keep, CancellationToken ct)
    {
        var view = await register.RecommendationAsync(id, ct);
        var r = view.Recommendation;
        var model = new RecommendationPageViewModel
        {
            View = view,
            CanUpdate = r.CanUpdate,
            CanReschedule = register.CanMaintain,
            Progress = new RecommendationProgressInput { Status = r.Status, Evidence = r.Evidence, Version = r.Version },
            Reschedule = new RescheduleInput { DueOn = r.DueOn, Version = r.Version },
        };
        keep?.Invoke(model);
        return model;
    }

    /// <summary>The active departments, and the one a record already names even if it is no longer active (so saving keeps it).</summary>
    private static List<SelectListItem> Options(IEnumerable<DepartmentSummary> all, int? keep = null) =>
        [.. all.Where(d => d.IsActive || d.Id == keep).Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))];
}
