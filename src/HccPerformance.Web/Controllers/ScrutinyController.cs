using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Scrutiny;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models;
using HccPerformance.Web.Models.Scrutiny;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// Select Committees' scrutiny reviews (issue 15). Everyone signed in reaches the list, which shows each person the reviews
/// they may read (<see cref="ScrutinyVisibility"/>); a review they may not read is not found. Select Committee members
/// record reviews, evidence and recommendations and move them on; the Executive records its response to a recommendation
/// and progress on it (<see cref="ScrutinyResponders"/>), checked before what was typed.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("scrutiny")]
public sealed class ScrutinyController(ScrutinyService scrutiny, DepartmentService departments) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new ScrutinyListViewModel { Reviews = await scrutiny.ListAsync(ct), CanRecord = scrutiny.CanRecord });

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await PageAsync(id, null, ct));

    [Authorize(Roles = Roles.SelectCommittee)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Form", new ReviewFormViewModel { FollowsFrom = await scrutiny.FollowsFromOptionsAsync(null, ct) });

    [OnceOnly]
    [Authorize(Roles = Roles.SelectCommittee)]
    [HttpPost("new")]
    public Task<IActionResult> Create(ReviewFormViewModel model, CancellationToken ct)
    {
        model.Id = null;
        model.Status = ScrutinyStatus.Scoping;
        return PostAsync(model.Input, async () => Done($"The review \"{model.Input.Topic.Trim()}\" is recorded, at scoping. Gather its evidence next.",
            nameof(Details), new { id = await scrutiny.CreateAsync(model.Input, ct) }), () => FormAsync(model, null, ct));
    }

    [Authorize(Roles = Roles.SelectCommittee)]
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var r = await scrutiny.ReviewAsync(id, ct);
        return View("Form", new ReviewFormViewModel
        {
            Id = id,
            Status = r.Status,
            Input = new ReviewInput
            {
                Committee = r.Committee, Topic = r.Topic, Scope = r.Scope, FollowsFrom = r.FollowsFrom.Key, Findings = r.Findings, Version = r.Version,
            },
            FollowsFrom = await scrutiny.FollowsFromOptionsAsync(r.FollowsFrom, ct),
        });
    }

    [Authorize(Roles = Roles.SelectCommittee)]
    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, ReviewFormViewModel model, CancellationToken ct)
    {
        model.Id = id;
        return PostAsync(model.Input, async () =>
        {
            await scrutiny.UpdateAsync(id, model.Input, ct);
            return Done("The review is saved.", nameof(Details), new { id });
        }, () => FormAsync(model, id, ct));
    }

    [Authorize(Roles = Roles.SelectCommittee)]
    [HttpPost("{id:int}/step")]
    public Task<IActionResult> Move(int id, [Bind(Prefix = "Move")] MoveReviewInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await scrutiny.MoveAsync(id, input, ct);
            return Done(input.To switch
            {
                ScrutinyStatus.Reported => "The review has reported. Those its recommendations are made to have been told, and their responses are due on the dates given.",
                ScrutinyStatus.Closed => "The review is closed.",
                _ => $"The review is now at \"{ScrutinyWords.Status(input.To!.Value).ToLowerInvariant()}\".",
            }, nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, m => m.Move = input, ct)), "Move", errorsAtTop: true);

    [OnceOnly]
    [Authorize(Roles = Roles.SelectCommittee)]
    [HttpPost("{id:int}/evidence")]
    public Task<IActionResult> AddEvidence(int id, [Bind(Prefix = "Evidence")] EvidenceInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await scrutiny.AddEvidenceAsync(id, input, ct);
            return Done($"The evidence from {input.From.Trim()} is recorded.", nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, m => m.Evidence = input, ct)), "Evidence");

    [OnceOnly]
    [Authorize(Roles = Roles.SelectCommittee)]
    [HttpPost("{id:int}/recommendations")]
    public Task<IActionResult> AddRecommendation(int id, [Bind(Prefix = "Recommendation")] ScrutinyRecommendationInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await scrutiny.AddRecommendationAsync(id, input, ct);
            return Done($"The recommendation is added; the Executive's response is due on {Display.Date(input.DueOn!.Value)}.", nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, m => m.Recommendation = input, ct)), "Recommendation");

    [HttpGet("recommendations/{id:int}")]
    public async Task<IActionResult> Recommendation(int id, CancellationToken ct) => View(await RecommendationPageAsync(id, null, ct));

    [OnceOnly]
    [HttpPost("recommendations/{id:int}/response")]
    public async Task<IActionResult> RecordResponse(int id, [Bind(Prefix = "Response")] ResponseInput input, CancellationToken ct)
    {
        // Who may is settled before what was typed: someone the recommendation is not made to gets the 403 page, never the form.
        await scrutiny.RequireResponderAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            var (reviewId, number) = await scrutiny.RespondAsync(id, input, ct);
            return Done($"The Executive's response to recommendation {number} is recorded: {ScrutinyWords.Response(input.Answer!.Value).ToLowerInvariant()}. The Select Committee has been told.",
                nameof(Details), new { id = reviewId });
        }, async () => View(nameof(Recommendation), await RecommendationPageAsync(id, m => m.Response = input, ct)), "Response");
    }

    [OnceOnly]
    [HttpPost("recommendations/{id:int}/progress")]
    public async Task<IActionResult> AddProgress(int id, [Bind(Prefix = "Progress")] ScrutinyProgressInput input, CancellationToken ct)
    {
        await scrutiny.RequireResponderAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            var (_, number) = await scrutiny.AddProgressAsync(id, input, ct);
            return Done($"Progress on recommendation {number} is recorded.", nameof(Recommendation), new { id });
        }, async () => View(nameof(Recommendation), await RecommendationPageAsync(id, m => m.Progress = input, ct)), "Progress");
    }

    private async Task<IActionResult> FormAsync(ReviewFormViewModel model, int? id, CancellationToken ct)
    {
        FollowsFrom? present = null;
        if (id is { } existing)
        {
            var review = await scrutiny.ReviewAsync(existing, ct);
            model.Status = review.Status;
            present = review.FollowsFrom;
        }

        model.FollowsFrom = await scrutiny.FollowsFromOptionsAsync(present, ct);
        return View("Form", model);
    }

    private async Task<ReviewPageViewModel> PageAsync(int id, Action<ReviewPageViewModel>? keep, CancellationToken ct)
    {
        var review = await scrutiny.ReviewAsync(id, ct);
        var model = new ReviewPageViewModel
        {
            Review = review,
            Departments = [.. (await departments.ListAsync(ct)).Where(d => d.IsActive)
                .Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))],
            Move = new MoveReviewInput { To = review.NextStep, Version = review.Version },
        };
        keep?.Invoke(model);
        // A refused step is shown against the review as it stands now.
        model.Move.Version = review.Version;
        model.Move.To = review.NextStep;
        return model;
    }

    private async Task<ScrutinyRecommendationPageViewModel> RecommendationPageAsync(int id, Action<ScrutinyRecommendationPageViewModel>? keep, CancellationToken ct)
    {
        var reviewId = await scrutiny.ReviewOfAsync(id, ct);
        var review = await scrutiny.ReviewAsync(reviewId, ct);
        var recommendation = review.Recommendations.Single(r => r.Id == id);
        var model = new ScrutinyRecommendationPageViewModel
        {
            Review = review,
            Recommendation = recommendation,
            Response = new ResponseInput { Version = recommendation.Version },
        };
        keep?.Invoke(model);
        return model;
    }
}
