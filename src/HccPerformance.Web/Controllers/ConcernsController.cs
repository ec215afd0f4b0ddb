using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Models.Concerns;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Areas of concern and CPEG's decisions on them (framework process 5). Officers read; CPEG decides.</summary>
[Authorize(Policy = Policies.OfficerAccess)]
[Route("concerns")]
public sealed class ConcernsController(ConcernService concerns, DepartmentService departments, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["CanRaise"] = concerns.CanRaise;
        return View(await concerns.ListAsync(ct));
    }

    /// <summary>The form, filled in from its source when raised from an indicator, a risk or another record.</summary>
    [HttpGet("new")]
    public async Task<IActionResult> Create(ConcernSource? source, int? sourceId, string? title, string? evidence, int? department, CancellationToken ct) =>
        concerns.CanRaise
            ? View(await RaiseModelAsync(new RaiseInput
            {
                Source = sourceId is null ? ConcernSource.ByHand : source ?? ConcernSource.ByHand, SourceId = sourceId,
                Title = title ?? "", Evidence = evidence ?? "", DepartmentId = department,
            }, ct))
            : Forbid();

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] RaiseInput input, CancellationToken ct)
    {
        try
        {
            var id = await concerns.RaiseAsync(input.Title ?? "", input.DepartmentId, input.Source, input.SourceId, input.Evidence ?? "", ct);
            SetStatus("The concern is raised. It is on CPEG's list to decide whether it matters locally.");
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (DomainException error)
        {
            AddError(error);
            return View(await RaiseModelAsync(input, ct));
        }
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await PageAsync(id, null, ct));

    [HttpPost("{id:int}/decide")]
    public Task<IActionResult> Decide(int id, [Bind(Prefix = "Decide")] DecideInput input, CancellationToken ct) =>
        StepAsync(id, m => m.Decide = input, "Decide", () => input.Important is { } important
            ? concerns.DecideLocalImportanceAsync(id, important, input.LocalImportanceReason ?? "", input.Version, ct)
            : throw new DomainException("Say whether the concern matters locally", nameof(DecideInput.Important)),
            "CPEG's decision is recorded.", ct);

    [HttpPost("{id:int}/interventions")]
    public Task<IActionResult> Assign(int id, [Bind(Prefix = "Assign")] AssignInput input, CancellationToken ct) =>
        StepAsync(id, m => m.Assign = input, "Assign",
            () => concerns.AssignAsync(id, input.MenuItemId ?? 0, input.ResponsibleUserId ?? "", input.FrequencyMonths, input.Version, ct),
            "The intervention is assigned and its officer has been told, with the report-back dates.", ct);

    [HttpPost("{id:int}/interventions/{interventionId:int}")]
    public Task<IActionResult> Change(int id, int interventionId, [Bind(Prefix = "Change")] ChangeInput input, CancellationToken ct)
    {
        input.InterventionId = interventionId;
        return StepAsync(id, m => m.Change = input, "Change",
            () => concerns.ChangeInterventionAsync(id, interventionId, input.ResponsibleUserId ?? "", input.FrequencyMonths, input.Version, ct),
            "The intervention is changed; a new officer has been told.", ct);
    }

    [HttpPost("{id:int}/report-backs/{reportBackId:int}")]
    public Task<IActionResult> Report(int id, int reportBackId, [Bind(Prefix = "Report")] ReportInput input, CancellationToken ct) =>
        StepAsync(id, m => m.Report = input, "Report",
            () => concerns.SubmitReportBackAsync(id, reportBackId, input.Progress ?? "", input.Evidence, input.Rag ?? Rag.NoData, input.Version, ct),
            "Your report-back is with CPEG.", ct);

    [HttpPost("{id:int}/report-backs/{reportBackId:int}/review")]
    public Task<IActionResult> Review(int id, int reportBackId, [Bind(Prefix = "Review")] ReviewInput input, CancellationToken ct) =>
        StepAsync(id, m => m.Review = input, "Review", () => input.Decision is { } review
            ? concerns.ReviewAsync(id, reportBackId, review, input.ReviewNote, input.Version, ct)
            : throw new DomainException("Accept the report-back or ask for more", nameof(ReviewInput.Decision)),
            "CPEG's review of the report-back is recorded.", ct);

    [HttpPost("{id:int}/escalate")]
    public Task<IActionResult> Escalate(int id, [Bind(Prefix = "Escalate")] EscalateInput input, CancellationToken ct) =>
        StepAsync(id, m => m.Escalate = input, "Escalate", () => input.Body is { } body
            ? concerns.EscalateAsync(id, body, input.Reason ?? "", input.Version, ct)
            : throw new DomainException("Choose where the concern goes", nameof(EscalateInput.Body)),
            "The escalation is recorded.", ct);

    [HttpPost("{id:int}/close")]
    public Task<IActionResult> Close(int id, [Bind(Prefix = "Close")] CloseInput input, CancellationToken ct) =>
        StepAsync(id, m => m.Close = input, "Close", () => concerns.CloseAsync(id, input.OutcomeKind, input.Outcome ?? "", input.Version, ct),
            "The concern is closed with its outcome.", ct);

    private async Task<IActionResult> StepAsync(int id, Action<ConcernPageViewModel> keep, string prefix, Func<Task> step, string done, CancellationToken ct)
    {
        try
        {
            await step();
            SetStatus(done);
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (ConcurrencyConflictException conflict)
        {
            ModelState.Clear();
            ModelState.AddModelError("", conflict.Message);
            return View(nameof(Details), await PageAsync(id, null, ct));
        }
        catch (DomainException error)
        {
            AddError(error, prefix);
            return View(nameof(Details), await PageAsync(id, keep, ct));
        }
    }

    private async Task<ConcernPageViewModel> PageAsync(int id, Action<ConcernPageViewModel>? keep, CancellationToken ct)
    {
        var (concern, department, people) = await concerns.GetAsync(id, ct);
        var model = new ConcernPageViewModel
        {
            Concern = concern,
            Department = department,
            People = people,
            Menu = await concerns.MenuAsync(ct),
            Officers = concerns.CanDecide ? await concerns.OfficersAsync(ct) : [],
            CanDecide = concerns.CanDecide,
            CurrentUserId = concerns.CurrentUserId,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        keep?.Invoke(model);
        foreach (var version in new Action<Guid>[] { v => model.Decide.Version = v, v => model.Assign.Version = v, v => model.Report.Version = v, v => model.Change.Version = v,
            v => model.Review.Version = v, v => model.Escalate.Version = v, v => model.Close.Version = v })
        {
            version(concern.Version);
        }

        return model;
    }

    private async Task<RaisePageViewModel> RaiseModelAsync(RaiseInput input, CancellationToken ct) =>
        new() { Input = input, Departments = [.. (await departments.ListAsync(ct)).Where(d => d.IsActive)] };
}
