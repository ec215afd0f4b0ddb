using HccPerformance.Core.Ambition;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Ambition;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// The council's ambition (issue 15): everyone signed in reads it; the Leader and Cabinet members set the council's ambition
/// for any indicator or plan area, Executive Members ambition for best practice within their portfolio, on pages of their own
/// (members-only people do not open officers' pages); CPEG's ambition view flags targets that are not ambitious enough and
/// CPEG records what it asked for. Who is asking is settled before what was typed.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("ambition")]
public sealed class AmbitionController(AmbitionService ambition) : AppController
{
    private const string Kinds = "{kind:regex(^(indicators|plan-areas)$)}";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, CancellationToken ct)
    {
        ModelState.Clear();
        return View(new AmbitionListViewModel { List = await ambition.ListAsync(search, ct) });
    }

    [HttpGet(Kinds + "/{id:int}")]
    public async Task<IActionResult> Subject(string kind, int id, CancellationToken ct)
    {
        var page = await ambition.PageAsync(SubjectOf(kind), id, ct);
        return View(new AmbitionPageViewModel
        {
            Page = page,
            Input = new AmbitionInput { ForYear = page.Current?.ForYear ?? ambition.CurrentYear, Version = page.Current?.Version ?? Guid.Empty },
        });
    }

    [OnceOnly]
    [Authorize(Roles = AmbitionRoles.Setters)]
    [HttpPost(Kinds + "/{id:int}")]
    public async Task<IActionResult> Record(string kind, int id, [Bind(Prefix = "Input")] AmbitionInput input, CancellationToken ct)
    {
        var subject = SubjectOf(kind);
        var view = await ambition.RequireSetterAsync(subject, id, ct);
        return await PostAsync(input, async () =>
        {
            await ambition.SetAsync(subject, id, input, ct);
            return Done($"The ambition for {view.Name} is recorded. CPEG's ambition view now judges its targets against it.",
                nameof(Subject), new { kind, id });
        }, async () => View(nameof(Subject), new AmbitionPageViewModel { Page = await ambition.PageAsync(subject, id, ct), Input = input }));
    }

    [OnceOnly]
    [Authorize(Roles = Roles.CpegMember + "," + Roles.ChiefExecutive)]
    [HttpPost(Kinds + "/{id:int}/requests")]
    public async Task<IActionResult> RecordRequest(string kind, int id, [Bind(Prefix = "Request")] AmbitionRequestInput input, CancellationToken ct)
    {
        var subject = SubjectOf(kind);
        var view = await ambition.RequireRequesterAsync(subject, id, ct);
        return await PostAsync(input, async () =>
        {
            await ambition.RecordRequestAsync(subject, id, input, ct);
            return Done($"What CPEG asked for about {view.Name} is recorded. It shows beside the row on CPEG's ambition view.",
                nameof(Subject), new { kind, id });
        }, async () =>
        {
            var page = await ambition.PageAsync(subject, id, ct);
            return View(nameof(Subject), new AmbitionPageViewModel
            {
                Page = page, Request = input,
                Input = new AmbitionInput { ForYear = page.Current?.ForYear ?? ambition.CurrentYear, Version = page.Current?.Version ?? Guid.Empty },
            });
        }, "Request");
    }

    [Authorize(Roles = AmbitionRoles.ReviewReaders)]
    [HttpGet("review")]
    public async Task<IActionResult> Review(string? year, string? flagged, CancellationToken ct)
    {
        // Only the year and the filter are read from the address; a year that is not one is said, not a 500.
        ModelState.Clear();
        string? problem = null;
        int? chosen = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (FinancialYears.TryParse(year, out var y))
            {
                chosen = y;
            }
            else
            {
                problem = "That is not a financial year, so the current year's targets are shown. Choose a year from the list.";
            }
        }

        var review = await ambition.ReviewAsync(chosen, flagged is "true" or "on", ct);
        if (chosen is { } c && !review.Years.Contains(c))
        {
            problem = $"No indicator has a target for {FinancialYears.Name(c)}. Choose a year from the list.";
        }

        return View(new AmbitionReviewViewModel { Review = review, Problem = problem });
    }

    private static AmbitionSubject SubjectOf(string kind) => kind == "plan-areas" ? AmbitionSubject.PlanArea : AmbitionSubject.Indicator;

    /// <summary>The address segment of a subject, for links.</summary>
    public static string KindOf(AmbitionSubject subject) => subject == AmbitionSubject.PlanArea ? "plan-areas" : "indicators";
}
