using HccPerformance.Core.Common;
using HccPerformance.Core.Reports;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Journeys;
using HccPerformance.Web.Models.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// Issued versions of the corporate performance report (seed 4.20), never changed, each read by whom its stage allows
/// (<see cref="ReportAudience"/>), and its journey: CMT, then the Performance Executive Member, then Cabinet (seed 3.4).
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("reports")]
public sealed class ReportsController(ReportReader reports, ReportJourney journey) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await reports.ListAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await PageAsync(id, null, ct));

    /// <summary>The PDF as it was drawn at issue: the same bytes every time.</summary>
    [HttpGet("{id:int}/pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        var file = await reports.PdfAsync(id, ct);
        return File(file.Bytes, file.ContentType, file.FileName);
    }

    /// <summary>The Word version (issue 20), from the same frozen content, for the same readers as the PDF.</summary>
    [HttpGet("{id:int}/word")]
    public async Task<IActionResult> Word(int id, CancellationToken ct)
    {
        var file = await reports.WordAsync(id, ct);
        return File(file.Bytes, file.ContentType, file.FileName);
    }

    /// <summary>A body's consideration of this version, appended to its journey (who may is checked before what was typed).</summary>
    [OnceOnly]
    [HttpPost("{id:int}/considerations")]
    public async Task<IActionResult> RecordConsideration(int id, [Bind(Prefix = "Input")] ConsiderationInput input, CancellationToken ct)
    {
        await journey.AuthoriseAsync(id, input.Body, ct);
        return await PostAsync(input, async () =>
        {
            await journey.RecordAsync(id, input, ct);
            var (summary, _) = await reports.GetAsync(id, ct);
            return Done(summary.WaitingFor is { } next
                ? $"{Journey.Capital(Bodies.Name(input.Body!.Value))}'s consideration is recorded. The report now goes to {Bodies.Name(next)}, who have been told in the site, and CPEG has been told."
                : "Cabinet's consideration is recorded: the report's journey is complete. CPEG has been told.", nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, input, ct)));
    }

    private async Task<ReportPageViewModel> PageAsync(int id, ConsiderationInput? input, CancellationToken ct)
    {
        var (summary, content) = await reports.GetAsync(id, ct);
        var steps = await journey.JourneyAsync(id, ct);
        return new ReportPageViewModel
        {
            Content = content,
            Issued = summary,
            Journey = new JourneyFormModel
            {
                Journey = steps,
                Action = Url.Action(nameof(RecordConsideration), new { id })!,
                Input = input ?? new ConsiderationInput { Body = steps.Next },
            },
        };
    }
}
