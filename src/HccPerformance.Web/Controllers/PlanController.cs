using System.Globalization;
using System.Text;
using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Plan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Controllers;

/// <summary>The Corporate Improvement Plan: everyone signed in reads it (Cabinet included); its people keep it current.</summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("plan")]
public sealed class PlanController(PlanService plan, PlanLifeService life, DepartmentService departments, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? department, int? theme, CrossCuttingTags? tag, Rag? rag, CancellationToken ct)
    {
        var filter = new PlanFilter(department, theme, tag is CrossCuttingTags.None ? null : tag, rag);
        if (year is null && await plan.LiveYearIdAsync(null, ct) is null)
        {
            // Honest about a gap: no plan is shown as current when none is live (issue 16).
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return View("~/Views/PlanLife/Index.cshtml", new PlansPageViewModel
            {
                Plans = await life.PlansAsync(ct),
                NoneLive = PlanLifeWords.NoneLiveFor($"Quarter {ReportingPeriod.QuarterOf(today)} {ReportingPeriod.FinancialYearName(ReportingPeriod.FinancialYearOf(today))}"),
                BeingPrepared = await life.BeingPreparedAsync(ct),
            });
        }

        return View(new PlanPageViewModel
        {
            Plan = await plan.PlanAsync(year, filter, ct),
            Filter = filter,
            Departments = await DepartmentOptionsAsync(ct),
            CanRefresh = plan.CanRefresh,
        });
    }

    [OnceOnly]
    [HttpPost("{year:int}/refresh")]
    public async Task<IActionResult> Refresh(int year, CancellationToken ct)
    {
        try
        {
            var next = await plan.RefreshAsync(year, ct);
            SetStatus("The new plan year has started with the live areas copied forward. Add, reword or retire areas for it now; the earlier year is kept as it was.");
            return RedirectToAction(nameof(Index), new { year = next });
        }
        catch (DomainException error)
        {
            SetStatus(error.Message);
            return RedirectToAction(nameof(Index), new { year });
        }
    }

    [OnceOnly]
    [HttpPost("{year:int}/areas")]
    public Task<IActionResult> AddArea(int year, [Bind(Prefix = "NewArea")] NewAreaInput input, [FromServices] AreaLinksService links, CancellationToken ct)
    {
        plan.RequireHeadOfImprovement();
        return PostAsync(input, async () => Done($"{input.ShortName.Trim()} has been added to the plan, with your reason.", nameof(Area), new { id = await plan.AddAreaAsync(year, input, ct) }),
        async () => input.OriginKind is not null
            ? View("~/Views/AreaLinks/Propose.cshtml", new Models.AreaLinks.ProposeAreaViewModel { Proposal = await links.ProposalAgainAsync(year, input, ct), NewArea = input })
            : View(nameof(Index), new PlanPageViewModel
        {
            Plan = await plan.PlanAsync(year, new PlanFilter(), ct),
            Filter = new PlanFilter(),
            Departments = await DepartmentOptionsAsync(ct),
            NewArea = input,
            CanRefresh = plan.CanRefresh,
        }), "NewArea");
    }

    [HttpPost("areas/{id:int}/reword")]
    public Task<IActionResult> Reword(int id, [Bind(Prefix = "Reword")] RewordInput input, CancellationToken ct) =>
        StepAsync(id, input, m => m.Reword = input, () => plan.RewordAsync(id, input, ct), "The area has been reworded; the reason is kept with it.", "Reword", HeadOfImprovement, ct);

    [HttpPost("areas/{id:int}/retire")]
    public Task<IActionResult> Retire(int id, [Bind(Prefix = "Retire")] RetireInput input, CancellationToken ct) =>
        StepAsync(id, input, m => m.Retire = input, () => plan.RetireAsync(id, input, ct), "The area is retired from this plan year; earlier years still show it.", "Retire", HeadOfImprovement, ct);

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv(int? year, [FromServices] Core.Site.DemoFlag demo, CancellationToken ct)
    {
        return TableFiles.Csv(await plan.ExportRowsAsync(year, ct), $"corporate-improvement-plan-{clock.GetUtcNow():yyyy-MM-dd}.csv", await demo.IsOnAsync(ct));
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportExcel(int? year, [FromServices] Core.Site.DemoFlag demo, CancellationToken ct)
    {
        return await TableFiles.ExcelAsync(await plan.ExportRowsAsync(year, ct), "Improvement plan",
            $"corporate-improvement-plan-{clock.GetUtcNow():yyyy-MM-dd}.xlsx", await demo.IsOnAsync(ct), ct);
    }

    [HttpGet("areas/{id:int}")]
    public async Task<IActionResult> Area(int id, CancellationToken ct) => View(await AreaModelAsync(id, null, ct));

    [OnceOnly]
    [HttpPost("areas/{id:int}/progress")]
    public Task<IActionResult> RecordProgress(int id, [Bind(Prefix = "Progress")] ProgressInput input, CancellationToken ct) =>
        StepAsync(id, input, m => m.Progress = input, () => plan.RecordProgressAsync(id, input, ct), "Progress recorded for this quarter. It shows on the plan now.", "Progress", Recorder(id, ct), ct);

    [OnceOnly]
    [HttpPost("areas/{id:int}/targets")]
    public Task<IActionResult> AddTarget(int id, [Bind(Prefix = "Target")] TargetInput input, CancellationToken ct) =>
        StepAsync(id, input, m => m.Target = input, () => plan.AddTargetAsync(id, input, ct), "Target added.", "Target", Maintainer, ct);

    [OnceOnly]
    [HttpPost("areas/{id:int}/milestones")]
    public Task<IActionResult> AddMilestone(int id, [Bind(Prefix = "Milestone")] MilestoneInput input, CancellationToken ct) =>
        StepAsync(id, input, m => m.Milestone = input, () => plan.AddMilestoneAsync(id, input, ct), "Milestone added.", "Milestone", Maintainer, ct);

    [HttpPost("areas/{id:int}/target-values")]
    public Task<IActionResult> RecordTargetValue(int id, [Bind(Prefix = "TargetValue")] TargetValueInput input, CancellationToken ct) =>
        StepAsync(id, input, m => m.TargetValue = input, () => plan.RecordTargetValueAsync(id, input, ct), "Latest value recorded.", "TargetValue", Recorder(id, ct), ct);

    [HttpPost("areas/{id:int}/milestones/{milestoneId:int}/complete")]
    public Task<IActionResult> CompleteMilestone(int id, int milestoneId, CancellationToken ct) =>
        StepAsync(id, null, _ => { }, () => plan.CompleteMilestoneAsync(id, milestoneId, ct), "Milestone marked as complete today.", "", Recorder(id, ct), ct);

    [HttpPost("areas/{id:int}/accountability")]
    public Task<IActionResult> Accountability(int id, [Bind(Prefix = "Accountability")] AccountabilityInput input, CancellationToken ct) =>
        StepAsync(id, input, m => m.Accountability = input, () => plan.UpdateAccountabilityAsync(id, input, ct), "Accountability and cross-cutting tags saved.", "Accountability", Maintainer, ct);

    /// <summary>A change posted from the area's page, which is shown again when it is refused.</summary>
    /// <remarks>Who may (<paramref name="may"/>) is settled before what was typed: a forbidden post is the 403 page, never the form with errors.</remarks>
    private async Task<IActionResult> StepAsync(int id, object? input, Action<AreaPageViewModel> keep, Func<Task> step, string done, string prefix,
        Func<Task> may, CancellationToken ct)
    {
        await may();
        return await PostAsync(input, async () =>
        {
            await step();
            return Done(done, nameof(Area), new { id });
        }, async () => View(nameof(Area), await AreaModelAsync(id, keep, ct)), prefix);
    }

    private Func<Task> HeadOfImprovement => () =>
    {
        plan.RequireHeadOfImprovement();
        return Task.CompletedTask;
    };

    private Func<Task> Maintainer => () =>
    {
        plan.RequireMaintainer();
        return Task.CompletedTask;
    };

    private Func<Task> Recorder(int id, CancellationToken ct) => () => plan.RequireRecorderAsync(id, ct);

    private async Task<AreaPageViewModel> AreaModelAsync(int id, Action<AreaPageViewModel>? keep, CancellationToken ct)
    {
        var area = await plan.AreaAsync(id, ct);
        var model = new AreaPageViewModel
        {
            Area = area,
            Can = plan.PermissionsFor(area),
            Departments = await DepartmentOptionsAsync(ct),
            Reword = new RewordInput { ShortName = area.ShortName, Description = area.Description, Version = area.Version },
            Retire = new RetireInput { Version = area.Version },
            Accountability = new AccountabilityInput
            {
                AccountableDepartmentId = area.AccountableDepartmentId,
                OtherDepartmentIds = [.. area.OtherDepartmentIds],
                Tags = [.. PlanWords.Each(area.Tags)],
                Version = area.Version,
            },
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        keep?.Invoke(model);
        return model;
    }

    private async Task<IReadOnlyList<SelectListItem>> DepartmentOptionsAsync(CancellationToken ct) =>
        [.. (await departments.ListAsync(ct)).Where(d => d.IsActive).Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))];
}
