using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Concerns;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// Areas of concern and CPEG's decisions on them (framework process 5). Officers read them all; Cabinet, the Performance
/// Executive Member and Select Committee members read those escalated to their body, without the forms; CPEG decides.
/// Who may do what is checked again in <see cref="ConcernService"/>.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("concerns")]
public sealed class ConcernsController(ConcernService concerns, DepartmentService departments, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["CanRaise"] = concerns.CanRaise;
        ViewData["EscalatedOnly"] = !concerns.SeesEverything;
        return View(await concerns.ListAsync(false, ct));
    }

    /// <summary>The concerns escalated to the body this member sits on (Cabinet and CMT, the Performance Executive Member, Overview and Scrutiny).</summary>
    [HttpGet("escalated")]
    public async Task<IActionResult> Escalated(CancellationToken ct)
    {
        if (concerns.EscalatedBodies.Count == 0)
        {
            return RedirectToAction(nameof(Index));
        }

        ViewData["EscalatedOnly"] = true;
        return View(nameof(Index), await concerns.ListAsync(true, ct));
    }

    /// <summary>
    /// The form; raised from a record (an indicator, a risk, a recommendation, a benchmark, a self-assessment item, a plan
    /// area) it is filled from the record as it stands now. A record that does not exist is not found.
    /// </summary>
    [HttpGet("new")]
    public async Task<IActionResult> Create(ConcernSource? source, int? sourceId, CancellationToken ct)
    {
        if (!concerns.CanRaise)
        {
            return Forbid();
        }

        if (source is not { } from || AreaOfConcern.WithoutRecord(from) || sourceId is not { } id)
        {
            return View(await RaiseModelAsync(new RaiseInput
            {
                Source = source == ConcernSource.Disempowerment ? ConcernSource.Disempowerment : ConcernSource.ByHand,
                DepartmentId = concerns.OwnDepartmentOnly,
            }, ct));
        }

        SourceDraft draft;
        try
        {
            // A raiser limited to their own department is refused (403) another department's record here.
            draft = await concerns.DraftFromAsync(from, id, ct);
        }
        catch (DomainException)
        {
            return NotFound();
        }

        var input = new RaiseInput { Source = from, SourceId = id, Title = draft.Title, Evidence = draft.Evidence, DepartmentId = draft.DepartmentId };
        var model = await RaiseModelAsync(input, ct);
        if ((await concerns.OpenOnAsync(from, [id], ct)).TryGetValue(id, out var open))
        {
            ModelState.AddModelError("Input.SourceId", $"This is already an open area of concern: \"{open.Title}\". Add to that one instead.");
            model.OpenConcernId = open.Id;
        }
        else if (draft.WhyNot is { } whyNot)
        {
            ModelState.AddModelError("Input.SourceId", whyNot);
        }

        return View(model);
    }

    [OnceOnly]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] RaiseInput input, CancellationToken ct)
    {
        await concerns.RequireRaiserAsync(input.Source, input.SourceId, input.DepartmentId, ct);
        return await PostAsync(input, async () =>
            Done("The concern is raised. It is on CPEG's list to decide whether it matters locally.", nameof(Details), new { id = await concerns.RaiseAsync(input, ct) }),
            async () =>
            {
                var model = await RaiseModelAsync(input, ct);
                if (!AreaOfConcern.WithoutRecord(input.Source) && input.SourceId is { } id
                    && (await concerns.OpenOnAsync(input.Source, [id], ct)).TryGetValue(id, out var open))
                {
                    model.OpenConcernId = open.Id;
                }

                return View(model);
            });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await PageAsync(id, null, ct));

    [HttpPost("{id:int}/decide")]
    public Task<IActionResult> Decide(int id, [Bind(Prefix = "Decide")] DecideInput input, CancellationToken ct) =>
        DecisionAsync(id, input, m => m.Decide = input, "Decide", () => concerns.DecideLocalImportanceAsync(id, input, ct), "CPEG's decision is recorded.", ct);

    [OnceOnly]
    [HttpPost("{id:int}/interventions")]
    public Task<IActionResult> Assign(int id, [Bind(Prefix = "Assign")] AssignInput input, CancellationToken ct) =>
        DecisionAsync(id, input, m => m.Assign = input, "Assign", () => concerns.AssignAsync(id, input, ct),
            "The intervention is assigned and its officer has been told when the first report-back is due.", ct);

    [HttpPost("{id:int}/interventions/{interventionId:int}")]
    public Task<IActionResult> Change(int id, int interventionId, [Bind(Prefix = "Change")] ChangeInterventionInput input, CancellationToken ct)
    {
        input.InterventionId = interventionId;
        return DecisionAsync(id, input, m => m.Change = input, "Change", () => concerns.ChangeInterventionAsync(id, input, ct),
            "The intervention is changed; a new officer has been told.", ct);
    }

    [HttpPost("{id:int}/report-backs/{reportBackId:int}")]
    public async Task<IActionResult> Report(int id, int reportBackId, [Bind(Prefix = "Report")] ReportBackInput input, CancellationToken ct)
    {
        await concerns.RequireReporterAsync(id, reportBackId, ct);
        return await StepAsync(id, input, m => m.Report = input, "Report", () => concerns.SubmitReportBackAsync(id, reportBackId, input, ct), "Your report-back is with CPEG.", ct);
    }

    [HttpPost("{id:int}/report-backs/{reportBackId:int}/review")]
    public Task<IActionResult> Review(int id, int reportBackId, [Bind(Prefix = "Review")] ReportBackReviewInput input, CancellationToken ct) =>
        DecisionAsync(id, input, m => m.Review = input, "Review", () => concerns.ReviewAsync(id, reportBackId, input, ct), "CPEG's review of the report-back is recorded.", ct);

    /// <summary>CPEG escalates to any body; an Executive Member escalates their own department's concern to the Leader or Cabinet.</summary>
    [OnceOnly]
    [HttpPost("{id:int}/escalate")]
    public async Task<IActionResult> Escalate(int id, [Bind(Prefix = "Escalate")] EscalateInput input, CancellationToken ct)
    {
        await concerns.RequireEscalatorAsync(id, ct);
        return await StepAsync(id, input, m => m.Escalate = input, "Escalate", () => concerns.EscalateAsync(id, input, ct),
            "The escalation is recorded and the body's members have been told.", ct);
    }

    /// <summary>A member of the body an escalation reached records the body's one response; CPEG is told.</summary>
    [OnceOnly]
    [HttpPost("{id:int}/escalations/{escalationId:int}/response")]
    public async Task<IActionResult> Respond(int id, int escalationId, [Bind(Prefix = "Respond")] RespondInput input, CancellationToken ct)
    {
        await concerns.RequireResponderAsync(id, escalationId, ct);
        return await StepAsync(id, input, m => (m.Respond, m.RespondingTo) = (input, escalationId), "Respond",
            () => concerns.RespondAsync(id, escalationId, input, ct), "Your response is recorded and CPEG has been told.", ct);
    }

    [HttpPost("{id:int}/close")]
    public Task<IActionResult> Close(int id, [Bind(Prefix = "Close")] CloseConcernInput input, CancellationToken ct) =>
        DecisionAsync(id, input, m => m.Close = input, "Close", () => concerns.CloseAsync(id, input, ct), "The concern is closed with its outcome.", ct);

    /// <summary>CPEG's decisions: only CPEG gets as far as its input being looked at.</summary>
    private Task<IActionResult> DecisionAsync(int id, object input, Action<ConcernPageViewModel> keep, string prefix, Func<Task> step, string done, CancellationToken ct)
    {
        concerns.RequireDecider();
        return StepAsync(id, input, keep, prefix, step, done, ct);
    }

    /// <summary>A step posted from the concern's page, which is shown again (as it is now, the typing kept) when it is refused.</summary>
    private Task<IActionResult> StepAsync(int id, object input, Action<ConcernPageViewModel> keep, string prefix, Func<Task> step, string done, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await step();
            return Done(done, nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, keep, ct)), prefix);

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
            CanEscalate = concerns.CanEscalate(concern),
            EscalateTo = concerns.CanDecide ? Enum.GetValues<EscalatedTo>() : ConcernService.ExecutiveMemberEscalates,
            Responds = [.. concern.Escalations.Where(e => e.Response is null && concerns.CanRespond(e)).Select(e => e.Id)],
            CurrentUserId = concerns.CurrentUserId,
            SourceLink = await concerns.SourceLinkAsync(concern, ct),
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

    private async Task<RaisePageViewModel> RaiseModelAsync(RaiseInput input, CancellationToken ct) => new()
    {
        Input = input,
        Departments = [.. (await departments.ListAsync(ct)).Where(d => d.IsActive && (concerns.OwnDepartmentOnly is not { } own || d.Id == own))],
        AnyDepartment = concerns.OwnDepartmentOnly is null,
        SourceLink = input.Source == ConcernSource.ByHand ? null : await concerns.SourceLinkAsync(input.Source, input.SourceId, ct),
    };
}
