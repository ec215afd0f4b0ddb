using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.AreaLinks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// A priority area's links beyond the plan itself (issue 16): proposing an area from the record it emerged from (the form
/// posts to the plan's add-area step), its impact assessment, and the department and service plans that carry it.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("plan")]
public sealed class AreaLinksController(AreaLinksService links) : AppController
{
    /// <summary>The add-area form filled from a record: <c>/plan/areas/new?from=indicator&amp;id=12</c>, or <c>?from=local</c>.</summary>
    [HttpGet("areas/new")]
    public async Task<IActionResult> Propose(string? from, int? id, CancellationToken ct)
    {
        links.RequireHeadOfImprovement();
        var kind = AreaOriginWords.Parse(from) ?? throw new NotFoundException("The record to propose an area from");
        var (proposal, input) = await links.ProposalAsync(kind, id, ct);
        return View(new ProposeAreaViewModel { Proposal = proposal, NewArea = input });
    }

    /// <summary>
    /// The form's post when the plan is live: the area is proposed to CMT with where it came from, and added with it when CMT
    /// agrees (a draft plan takes the area directly, through the plan's add-area step).
    /// </summary>
    [OnceOnly]
    [HttpPost("terms/{id:int}/proposals/from-record")]
    public async Task<IActionResult> ProposeToCmt(int id, [Bind(Prefix = "NewArea")] NewAreaInput input, CancellationToken ct)
    {
        links.RequireHeadOfImprovement();
        return await PostAsync(input, async () =>
            {
                await links.ProposeToCmtAsync(id, input, ct);
                return Done($"{input.ShortName.Trim()} is proposed to CMT with where it came from. It is added to the plan when a CMT member records that CMT agreed it.",
                    nameof(PlanLifeController.Term), new { controller = "PlanLife", id });
            },
            async () => View(nameof(Propose), new ProposeAreaViewModel { Proposal = await links.ProposalToCmtAgainAsync(id, input, ct), NewArea = input }), "NewArea");
    }

    [HttpGet("areas/{id:int}/impact-assessment")]
    public async Task<IActionResult> ImpactAssessment(int id, CancellationToken ct)
    {
        var (area, input) = await links.ImpactAssessmentFormAsync(id, ct);
        return View(new ImpactAssessmentViewModel { Area = area, Input = input });
    }

    [HttpPost("areas/{id:int}/impact-assessment")]
    public async Task<IActionResult> SaveImpactAssessment(int id, [Bind(Prefix = "Input")] ImpactAssessmentInput input, CancellationToken ct)
    {
        await links.RequireImpactAssessorAsync(id, ct);
        return await PostAsync(input, async () =>
            {
                await links.SaveImpactAssessmentAsync(id, input, ct);
                return Done("The impact assessment is saved. It shows on the area's page.", nameof(PlanController.Area), new { controller = "Plan", id });
            },
            async () => View(nameof(ImpactAssessment), new ImpactAssessmentViewModel { Area = await links.AreaAsync(id, ct), Input = input }));
    }

    [HttpGet("areas/{id:int}/service-plans")]
    public async Task<IActionResult> ServicePlans(int id, CancellationToken ct)
    {
        await links.RequireServicePlanRecorderAsync(id, null, ct);
        var area = await links.AreaAsync(id, ct);
        return View(new ServicePlansViewModel
        {
            Area = area,
            Input = new ServicePlanLinkInput { DepartmentId = area.DepartmentsToRecordFor.Count == 1 ? area.DepartmentsToRecordFor[0].Id : null },
        });
    }

    [OnceOnly]
    [HttpPost("areas/{id:int}/service-plans")]
    public async Task<IActionResult> AddServicePlan(int id, [Bind(Prefix = "Input")] ServicePlanLinkInput input, CancellationToken ct)
    {
        await links.RequireServicePlanRecorderAsync(id, input.DepartmentId, ct);
        return await PostAsync(input, async () =>
            {
                await links.AddServicePlanAsync(id, input, ct);
                return Done($"{input.Name.Trim()} is listed as carrying this area.", nameof(ServicePlans), new { id });
            },
            async () => View(nameof(ServicePlans), new ServicePlansViewModel { Area = await links.AreaAsync(id, ct), Input = input }));
    }

    [HttpPost("areas/{id:int}/service-plans/{linkId:int}/remove")]
    public async Task<IActionResult> RemoveServicePlan(int id, int linkId, CancellationToken ct)
    {
        await links.RequireServicePlanRecorderAsync(id, null, ct);
        return await PostAsync(null, async () => Done(await links.RemoveServicePlanAsync(id, linkId, ct)
                ? "The service plan is no longer listed for this area."
                : "That service plan had already been removed.", nameof(ServicePlans), new { id }),
            async () => View(nameof(ServicePlans), new ServicePlansViewModel { Area = await links.AreaAsync(id, ct), Input = new ServicePlanLinkInput() }),
            errorsAtTop: true);
    }
}
