using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Web.Models.SelfAssessments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// A department's quarterly self-assessment: the Chief Officer writes, the Executive Member confirms, the Head of
/// Improvement challenges or accepts. Who may do what to which department is checked again in the service.
/// </summary>
[Authorize(Policy = Policies.OfficerAccess)]
[Route("departments/{departmentId:int}/self-assessments/{periodId:int}")]
public sealed class SelfAssessmentsController(
    SelfAssessmentService assessments, ReportingPeriodService periods, Core.ImprovementPlan.PlanService plan, Core.Indicators.IndicatorService indicators, Core.Risks.RiskRegister risks, TimeProvider clock)
    : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Details(int departmentId, int periodId, CancellationToken ct) =>
        View(await PageModelAsync(departmentId, periodId, new ReviewInput(), ct));

    /// <summary>The assessment on one page as a PDF, for whoever may read the page (the service checks the same rule).</summary>
    [HttpGet("pdf")]
    public async Task<IActionResult> Pdf(int departmentId, int periodId, [FromServices] Core.Reports.ReportReader reports, CancellationToken ct)
    {
        var file = await reports.SelfAssessmentPdfAsync(departmentId, periodId, ct);
        return File(file.Bytes, file.ContentType, file.FileName);
    }

    [HttpGet("edit")]
    public async Task<IActionResult> Edit(int departmentId, int periodId, CancellationToken ct)
    {
        var view = await assessments.GetAsync(departmentId, periodId, ct);
        if (!assessments.PermissionsFor(view).CanEdit)
        {
            return view.IsEditable && view.Period.IsOpen ? Forbid() : RedirectWithStatus(departmentId, periodId,
                view.Period.IsOpen ? $"This self-assessment is {SelfAssessment.Describe(view.Status!.Value)}, so it cannot be changed now." : $"{view.Period.Name} is closed for reporting.");
        }

        return View(new AssessmentEditViewModel { View = view, Input = AssessmentInput.From(view.Content, view.Version), Today = Today });
    }

    [HttpPost("edit")]
    public Task<IActionResult> Edit(int departmentId, int periodId, AssessmentEditViewModel model, string? next, CancellationToken ct)
    {
        assessments.RequireWriter(departmentId);
        return PostAsync(model.Input, async () =>
        {
            await assessments.SaveAsync(departmentId, periodId, model.Input, ct);
            return next == "send"
                ? RedirectToAction(nameof(CheckAnswers), new { departmentId, periodId })
                : Done($"Saved at {clock.GetLocalNow():HH:mm}. Nothing has been sent: only people in your department can see a draft.", nameof(Edit), new { departmentId, periodId });
        }, async () =>
        {
            model.View = await assessments.GetAsync(departmentId, periodId, ct);
            return View(model);
        });
    }

    /// <summary>Saves on a timer from the browser; the same rules as the form, answered in JSON.</summary>
    [HttpPost("autosave")]
    public async Task<IActionResult> Autosave(int departmentId, int periodId, [Bind(Prefix = "Input")] AssessmentInput input, CancellationToken ct)
    {
        assessments.RequireWriter(departmentId);
        if (!ModelState.IsValid)
        {
            return UnprocessableEntity(new { message = ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage });
        }

        try
        {
            var version = await assessments.SaveAsync(departmentId, periodId, input, ct);
            return Json(new { version, savedAt = clock.GetLocalNow().ToString("HH:mm", DependencyInjection.Culture) });
        }
        catch (ConcurrencyConflictException conflict)
        {
            return Conflict(new { message = conflict.Message + " Use \"Save draft\" to see their version." });
        }
        catch (DomainException error)
        {
            return UnprocessableEntity(new { message = error.Message });
        }
    }

    /// <summary>Check your answers before the irreversible step of sending it to the Executive Member.</summary>
    [HttpGet("send")]
    public async Task<IActionResult> CheckAnswers(int departmentId, int periodId, CancellationToken ct) =>
        View(await PageModelAsync(departmentId, periodId, new ReviewInput(), ct));

    [HttpPost("send")]
    public Task<IActionResult> Send(int departmentId, int periodId, [Bind(Prefix = "Input")] ReviewInput input, CancellationToken ct) =>
        StepAsync(departmentId, periodId, input, () => assessments.RequireWriter(departmentId), () => assessments.SendToExecutiveMemberAsync(departmentId, periodId, input.Version, ct),
            "Sent to your Executive Member to review. You will be told when they confirm it or send it back.", nameof(CheckAnswers), ct);

    [HttpPost("send-back")]
    public Task<IActionResult> SendBack(int departmentId, int periodId, [Bind(Prefix = "Input")] ReviewInput input, CancellationToken ct) =>
        StepAsync(departmentId, periodId, input, () => assessments.RequireReviewer(departmentId), () => assessments.SendBackAsync(departmentId, periodId, input, ct),
            "Sent back to the Chief Officer with your comment.", nameof(Details), ct);

    [HttpPost("confirm")]
    public Task<IActionResult> Confirm(int departmentId, int periodId, [Bind(Prefix = "Input")] ReviewInput input, CancellationToken ct) =>
        StepAsync(departmentId, periodId, input, () => assessments.RequireReviewer(departmentId), () => assessments.ConfirmAsync(departmentId, periodId, input, ct),
            "Confirmed as reviewed with you. It has gone to the Head of Improvement, and the Chief Officer has been told.", nameof(Details), ct);

    [HttpPost("return")]
    public Task<IActionResult> Return(int departmentId, int periodId, [Bind(Prefix = "Input")] ReviewInput input, CancellationToken ct) =>
        StepAsync(departmentId, periodId, input, assessments.RequireChallenger, () => assessments.ReturnAsync(departmentId, periodId, input, ct),
            "Returned to the Chief Officer with your challenge. It will come back to you when it is resubmitted.", nameof(Details), ct);

    [HttpPost("accept")]
    public Task<IActionResult> Accept(int departmentId, int periodId, [Bind(Prefix = "Input")] ReviewInput input, CancellationToken ct) =>
        StepAsync(departmentId, periodId, input, assessments.RequireChallenger, () => assessments.AcceptAsync(departmentId, periodId, input.Version, ct),
            "Accepted for the corporate performance report. The Chief Officer has been told.", nameof(Details), ct);

    [HttpPost("resubmit")]
    public Task<IActionResult> Resubmit(int departmentId, int periodId, [Bind(Prefix = "Input")] ReviewInput input, CancellationToken ct) =>
        StepAsync(departmentId, periodId, input, () => assessments.RequireWriter(departmentId), () => assessments.ResubmitAsync(departmentId, periodId, input.Version, ct),
            "Resubmitted to the Head of Improvement as a new version.", nameof(CheckAnswers), ct);

    /// <summary>Which plan area each item is about, chosen by the Chief Officer while writing.</summary>
    [HttpGet("links")]
    public async Task<IActionResult> Links(int departmentId, int periodId, CancellationToken ct)
    {
        var view = await assessments.GetAsync(departmentId, periodId, ct);
        if (!assessments.PermissionsFor(view).CanEdit)
        {
            return Forbid();
        }

        return View(await LinksModelAsync(view, ct));
    }

    /// <remarks>The prefixes are explicit: a dictionary with none of its fields posted must stay empty, not read the whole form.</remarks>
    [HttpPost("links")]
    public Task<IActionResult> Links(int departmentId, int periodId, Guid version, [Bind(Prefix = "area")] Dictionary<int, int?>? area,
        [Bind(Prefix = "indicator")] Dictionary<int, int?>? indicator, [Bind(Prefix = "risk")] Dictionary<int, int?>? risk, CancellationToken ct)
    {
        assessments.RequireWriter(departmentId);
        return PostAsync(null, async () =>
        {
            await assessments.LinkItemsAsync(departmentId, periodId, version, area ?? [], indicator ?? [], risk ?? [], ct);
            return RedirectWithStatus(departmentId, periodId, "Links saved. Each plan area's and indicator's page now shows what this self-assessment says about it.");
        }, async () => View(await LinksModelAsync(await assessments.GetAsync(departmentId, periodId, ct), ct)), errorsAtTop: true);
    }

    private async Task<ItemLinksViewModel> LinksModelAsync(AssessmentView view, CancellationToken ct)
    {
        var liveYear = await plan.LiveYearIdAsync(null, ct);
        var current = liveYear is { } y ? await plan.PlanAsync(y, new Core.ImprovementPlan.PlanFilter(), ct) : null;
        return new ItemLinksViewModel
        {
            View = view,
            Items = await assessments.ItemLinksAsync(view.DepartmentId, view.Period.Id, ct),
            PlanAreas = [.. (current?.Themes ?? []).SelectMany(t => t.Areas.Where(a => !a.IsRetired).Select(a => (a.Id, a.ShortName, $"{t.Number}. {t.Name}")))],
            // The department's own indicators first: those are what its self-assessment usually talks about.
            Indicators = [.. (await indicators.IndicatorsAsync(null, null, false, ct))
                .Select(i => (i.Id, $"{i.Code}: {i.Title}", i.Department == view.DepartmentName ? $"{view.DepartmentName}'s indicators" : "Other indicators"))
                .OrderBy(i => i.Item3.StartsWith("Other", StringComparison.Ordinal))],
            Risks = await risks.OpenRisksAsync(ct),
        };
    }

    /// <summary>What changed between two submitted versions, or since the previous quarter.</summary>
    [HttpGet("compare")]
    public async Task<IActionResult> Compare(int departmentId, int periodId, int? from, int? to, bool previousQuarter, CancellationToken ct)
    {
        var view = await assessments.GetAsync(departmentId, periodId, ct);
        if (previousQuarter)
        {
            var previous = await periods.PreviousAsync(periodId, ct);
            AssessmentView? before = null;
            try
            {
                before = previous is null ? null : await assessments.GetAsync(departmentId, previous.Id, ct);
            }
            catch (ForbiddenException)
            {
                // Last quarter's was never submitted, so only its department may read it: compare with nothing.
            }

            return View(new CompareViewModel
            {
                View = view,
                Title = $"What changed since {previous?.Name ?? "the previous quarter"}",
                BeforeLabel = previous?.Name ?? "Previous quarter",
                AfterLabel = view.Period.Name,
                Sections = Sections.Compare(before?.Content ?? AssessmentContent.Empty, view.Content),
            });
        }

        var older = view.Versions.FirstOrDefault(v => v.Number == from);
        var newer = to is null ? null : view.Versions.FirstOrDefault(v => v.Number == to);
        if (older is null)
        {
            return NotFound();
        }

        return View(new CompareViewModel
        {
            View = view,
            Title = newer is null ? $"What changed since version {older.Number}" : $"Version {older.Number} compared with version {newer.Number}",
            BeforeLabel = $"Version {older.Number}",
            AfterLabel = newer is null ? "Now" : $"Version {newer.Number}",
            Sections = Sections.Compare(older.Content, newer?.Content ?? view.Content),
        });
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<AssessmentPageViewModel> PageModelAsync(int departmentId, int periodId, ReviewInput input, CancellationToken ct)
    {
        var view = await assessments.GetAsync(departmentId, periodId, ct);
        input.Version = view.Version ?? Guid.Empty;
        return new AssessmentPageViewModel
        {
            View = view,
            Links = await assessments.ItemLinksAsync(departmentId, periodId, ct),
            Can = assessments.PermissionsFor(view),
            Input = input,
            PreviousPeriod = await periods.PreviousAsync(periodId, ct),
            Today = Today,
        };
    }

    /// <summary>
    /// A step of the workflow, posted from the assessment's page (or Check your answers, whose errors go at the top: the
    /// field they are about is on the writing page). A refused step shows the page as it is now, the comment kept.
    /// </summary>
    private Task<IActionResult> StepAsync(int departmentId, int periodId, ReviewInput input, Action may, Func<Task> step, string done, string failedView, CancellationToken ct)
    {
        // Who may is settled before what was typed: a forbidden step is the 403 page, never the page with errors.
        may();
        return PostAsync(input, async () =>
        {
            await step();
            return RedirectWithStatus(departmentId, periodId, done);
        }, async () =>
        {
            var model = await PageModelAsync(departmentId, periodId, new ReviewInput { Comment = input.Comment }, ct);
            ModelState.Remove("Input.Version");
            return View(failedView, model);
        }, errorsAtTop: failedView == nameof(CheckAnswers));
    }

    private IActionResult RedirectWithStatus(int departmentId, int periodId, string message)
    {
        SetStatus(message);
        return RedirectToAction(nameof(Details), new { departmentId, periodId });
    }
}
