using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Plan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// The life of each Corporate Improvement Plan (issue 16): everyone signed in reads it; each step is recorded by the body that
/// takes it (the service checks who sits on which body before anything typed is looked at).
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("plan")]
public sealed class PlanLifeController(PlanLifeService life, TimeProvider clock) : AppController
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    [HttpGet("all")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new PlansPageViewModel { Plans = await life.PlansAsync(ct) });

    [HttpGet("terms/{id:int}")]
    public async Task<IActionResult> Term(int id, CancellationToken ct) => View(await ModelAsync(id, null, ct));

    [OnceOnly]
    [HttpPost("terms/{id:int}/comments")]
    public async Task<IActionResult> AddComment(int id, [Bind(Prefix = "Comment")] PlanCommentInput input, CancellationToken ct)
    {
        await life.RequireCommenterAsync(id, ct);
        return await PostAsync(input, async () => { await life.CommentAsync(id, input, ct); return Done("Your comment is added to the draft.", nameof(Term), new { id }); },
            async () => View(nameof(Term), await ModelAsync(id, m => m.Comment = input, ct)), "Comment");
    }

    [HttpPost("terms/{id:int}/cmt")]
    public async Task<IActionResult> Agree(int id, [Bind(Prefix = "Agree")] CmtAgreementInput input, CancellationToken ct)
    {
        await life.RequireCmtAsync(id, ct);
        return await StepAsync(id, input, () => life.AgreeAsync(id, input, ct), m => m.Agree = input, "CMT's agreement is recorded. The plan now goes to Cabinet for endorsement.", "Agree", ct);
    }

    [HttpPost("terms/{id:int}/cabinet")]
    public async Task<IActionResult> Endorse(int id, [Bind(Prefix = "Endorse")] EndorsementInput input, CancellationToken ct)
    {
        await life.RequireCabinetAsync(id, ct);
        return await StepAsync(id, input, () => life.EndorseAsync(id, input, ct), m => m.Endorse = input,
            "Cabinet's endorsement is recorded. The Head of Improvement finalises the plan with the Leader and Chief Executive.", "Endorse", ct);
    }

    [HttpPost("terms/{id:int}/finalise")]
    public async Task<IActionResult> Finalise(int id, [Bind(Prefix = "Finalise")] FinalisedInput input, CancellationToken ct)
    {
        await life.RequireHeadOfImprovementAsync(id, ct);
        return await StepAsync(id, input, () => life.FinaliseAsync(id, input, ct), m => m.Finalise = input, "The plan is finalised. Set it live when it starts.", "Finalise", ct);
    }

    [HttpPost("terms/{id:int}/live")]
    public async Task<IActionResult> GoLive(int id, [Bind(Prefix = "GoLive")] GoLiveInput input, CancellationToken ct)
    {
        await life.RequireHeadOfImprovementAsync(id, ct);
        return await StepAsync(id, input, () => life.GoLiveAsync(id, input, ct), m => m.GoLive = input,
            "The plan is live. The plan it succeeds is closed and kept as it was.", "GoLive", ct);
    }

    [OnceOnly]
    [HttpPost("terms/{id:int}/proposals")]
    public async Task<IActionResult> Propose(int id, [Bind(Prefix = "Proposal")] ProposalInput input, CancellationToken ct)
    {
        await life.RequireHeadOfImprovementAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            await life.ProposeAsync(id, input, ct);
            return Done("The change is proposed. It is made when a CMT member records that CMT agreed it.", nameof(Term), new { id });
        }, async () => View(nameof(Term), await ModelAsync(id, m => m.Proposal = input, ct)), "Proposal");
    }

    [HttpPost("terms/{id:int}/proposals/{proposalId:int}/decision")]
    public async Task<IActionResult> Decide(int id, int proposalId, [Bind(Prefix = "Decision")] ProposalDecisionInput input, CancellationToken ct)
    {
        await life.RequireCmtAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            await life.DecideAsync(id, proposalId, input, ct);
            return Done(input.Agreed ? "CMT's agreement is recorded and the change is made to the plan." : "CMT's rejection is recorded with its reason.", nameof(Term), new { id });
        }, async () => View(nameof(Term), await ModelAsync(id, m => { m.Decision = input; m.DecisionFor = proposalId; }, ct)), "Decision");
    }

    [HttpGet("terms/{id:int}/review")]
    public async Task<IActionResult> Review(int id, ReviewKind? kind, CancellationToken ct)
    {
        await life.RequireHeadOfImprovementAsync(id, ct);
        var plan = await life.TermAsync(id, ct);
        var evidence = await life.ReviewEvidenceAsync(id, ct);
        var due = plan.Schedule.FirstOrDefault(s => s.State is not (ReviewDueState.Recorded or ReviewDueState.NotTaken));
        return View(new PlanReviewPageViewModel
        {
            Plan = plan,
            Evidence = evidence,
            Review = new ReviewInput
            {
                Kind = kind ?? due?.Kind,
                On = Today,
                Areas = [.. evidence.Select(e => new ReviewAreaInput { Lineage = e.Lineage })],
                Version = plan.Version,
            },
        });
    }

    [OnceOnly]
    [HttpPost("terms/{id:int}/review")]
    public async Task<IActionResult> RecordReview(int id, [Bind(Prefix = "Review")] ReviewInput input, CancellationToken ct)
    {
        await life.RequireHeadOfImprovementAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            await life.RecordReviewAsync(id, input, ct);
            return Done($"The {PlanLifeWords.Review(input.Kind!.Value).ToLowerInvariant()} is recorded with a decision for every area.", nameof(Term), new { id });
        }, async () => View(nameof(Review), new PlanReviewPageViewModel
        {
            Plan = await life.TermAsync(id, ct),
            Evidence = await life.ReviewEvidenceAsync(id, ct),
            Review = input,
        }), "Review");
    }

    [OnceOnly]
    [HttpPost("terms/{id:int}/next")]
    public async Task<IActionResult> StartNext(int id, [Bind(Prefix = "Successor")] SuccessorInput input, CancellationToken ct)
    {
        await life.RequireHeadOfImprovementAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            var year = await life.StartNextAsync(id, input, ct);
            return Done("The next plan is started as a draft with the areas the full review kept or changed. Change its areas now; CPEG and the Chief Officers can comment.",
                nameof(PlanController.Index), new { controller = "Plan", year });
        }, async () => View(nameof(Term), await ModelAsync(id, m => m.Successor = input, ct)), "Successor");
    }

    private async Task<IActionResult> StepAsync(int id, IVersionedInput input, Func<Task> step, Action<PlanTermPageViewModel> keep, string done, string prefix, CancellationToken ct) =>
        await PostAsync(input, async () => { await step(); return Done(done, nameof(Term), new { id }); },
            async () => View(nameof(Term), await ModelAsync(id, keep, ct)), prefix);

    private async Task<PlanTermPageViewModel> ModelAsync(int id, Action<PlanTermPageViewModel>? keep, CancellationToken ct)
    {
        var plan = await life.TermAsync(id, ct);
        var model = new PlanTermPageViewModel
        {
            Plan = plan,
            Can = life.PermissionsFor(plan),
            Agree = new CmtAgreementInput { Version = plan.Version },
            Endorse = new EndorsementInput { Version = plan.Version },
            Finalise = new FinalisedInput { Version = plan.Version },
            GoLive = new GoLiveInput { Version = plan.Version, MetOn = Today < plan.StartsOn ? plan.StartsOn : null },
            Successor = new SuccessorInput { StartYear = plan.EndYear, EndYear = plan.EndYear + 3 },
        };
        keep?.Invoke(model);
        return model;
    }
}
