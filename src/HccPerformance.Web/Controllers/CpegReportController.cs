using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Reports;
using HccPerformance.Documents.Word;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Cpeg;
using HccPerformance.Web.Models.Journeys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// CPEG's report to CMT (seed 4.16; Appendix One: "twice a year, or by exception"): the live preview for a date range (the
/// last six months unless asked) as a page, a PDF and a CSV; and the issued, frozen, numbered reports with CMT's
/// consideration of each. For CPEG, CMT and the Head of Improvement.
/// </summary>
[Authorize(Policy = Policies.ReadCpegReport)]
[Route("cpeg")]
public sealed class CpegReportController(CpegReportService reports, CpegReportIssuing issued, IOptions<CouncilOptions> council, TimeProvider clock)
    : AppController
{
    [HttpGet("report")]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var canOpen = Roles.IsOfficer(User.IsInRole);
        if (!ModelState.IsValid)
        {
            // A date the site cannot read (typed into a browser without a date picker): said beside the field in the
            // site's words, with what was typed kept, and no report until the range is readable.
            foreach (var entry in ModelState.Values.Where(e => e.Errors.Count > 0))
            {
                entry.Errors.Clear();
                entry.Errors.Add($"\u201c{entry.AttemptedValue}\u201d is not something the site can read here: enter a date like 31/03/2010");
            }

            return View(new ReportPageViewModel { From = from, To = to, CanOpenConcerns = canOpen });
        }

        try
        {
            var report = await reports.ReportAsync(from, to, ct);
            return View(new ReportPageViewModel { Report = report, From = report.From, To = report.To, CanOpenConcerns = canOpen });
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field ?? "", error.Message);
            return View(new ReportPageViewModel { From = from, To = to, CanOpenConcerns = canOpen });
        }
    }

    [HttpGet("report.pdf")]
    public async Task<IActionResult> Pdf(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var report = await reports.ReportAsync(from, to, ct);
        return File(CpegReportService.Pdf(report, council.Value.Name, "Draft of CPEG's report to CMT"), "application/pdf", $"cpeg-report-to-cmt-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}.pdf");
    }

    /// <summary>The live preview as a Word document (issue 20), for the same readers as its PDF.</summary>
    [HttpGet("report.docx")]
    public async Task<IActionResult> Word(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var report = await reports.ReportAsync(from, to, ct);
        return File(CpegReportWord.Render(report, council.Value.Name, "Draft of CPEG's report to CMT"), WordReport.ContentType,
            $"cpeg-report-to-cmt-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}.docx");
    }

    [HttpGet("report.csv")]
    public async Task<IActionResult> Csv(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var report = await reports.ReportAsync(from, to, ct);
        return TableFiles.Csv(TableExport.Csv(CpegReportService.CsvRows(report)), $"cpeg-report-to-cmt-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}.csv");
    }

    // Issued reports ----------------------------------------------------------------------------------------------------

    [HttpGet("reports")]
    public async Task<IActionResult> Issued(CancellationToken ct) => View(new IssuedCpegReportsViewModel
    {
        Reports = await issued.ListAsync(ct),
        Due = await issued.DueAsync(ct),
        CanIssue = issued.CanIssue,
    });

    [HttpGet("reports/issue")]
    public async Task<IActionResult> Issue(CancellationToken ct)
    {
        RequireIssuer();
        var (from, to) = reports.DefaultRange();
        return View(await IssueModelAsync(new CpegReportIssueInput { From = from, To = to }, ct));
    }

    [OnceOnly]
    [HttpPost("reports/issue")]
    public async Task<IActionResult> Issue([Bind(Prefix = "Input")] CpegReportIssueInput input, CancellationToken ct)
    {
        RequireIssuer();
        return await PostAsync(input, async () =>
        {
            var id = await issued.IssueAsync(input, ct);
            return Done("The report to CMT is issued and numbered; its figures will not change. CMT and CPEG have been told in the site; it waits for CMT's consideration.",
                nameof(IssuedReport), new { id });
        }, async () => View(await IssueModelAsync(input, ct)));
    }

    [HttpGet("reports/{id:int}")]
    public async Task<IActionResult> IssuedReport(int id, CancellationToken ct) => View(await IssuedModelAsync(id, null, ct));

    /// <summary>The issued report as a PDF, drawn from its frozen content.</summary>
    [HttpGet("reports/{id:int}/pdf")]
    public async Task<IActionResult> IssuedPdf(int id, CancellationToken ct)
    {
        var view = await issued.GetAsync(id, ct);
        return File(CpegReportService.Pdf(view.Content, council.Value.Name, CpegReportIssuing.Name(view.Summary.Number)), "application/pdf",
            $"cpeg-report-to-cmt-no-{view.Summary.Number}.pdf");
    }

    /// <summary>The issued report as a Word document (issue 20), drawn from the same frozen content as its PDF, for the same readers.</summary>
    [HttpGet("reports/{id:int}/word")]
    public async Task<IActionResult> IssuedWord(int id, CancellationToken ct)
    {
        var view = await issued.GetAsync(id, ct);
        return File(CpegReportWord.Render(view.Content, council.Value.Name, CpegReportIssuing.Name(view.Summary.Number)), WordReport.ContentType,
            $"cpeg-report-to-cmt-no-{view.Summary.Number}.docx");
    }

    /// <summary>CMT's consideration, appended (who may is checked before what was typed).</summary>
    [OnceOnly]
    [HttpPost("reports/{id:int}/considerations")]
    public async Task<IActionResult> RecordConsideration(int id, [Bind(Prefix = "Input")] ConsiderationInput input, CancellationToken ct)
    {
        await issued.AuthoriseAsync(id, input.Body, ct);
        return await PostAsync(input, async () =>
        {
            await issued.RecordAsync(id, input, ct);
            return Done("CMT's consideration is recorded. CPEG has been told in the site.", nameof(IssuedReport), new { id });
        }, async () => View(nameof(IssuedReport), await IssuedModelAsync(id, input, ct)));
    }

    private void RequireIssuer()
    {
        if (!issued.CanIssue)
        {
            throw new ForbiddenException("CPEG's report to CMT is issued by CPEG (its members or its chair) or by the Head of Improvement.");
        }
    }

    private async Task<IssueCpegReportViewModel> IssueModelAsync(CpegReportIssueInput input, CancellationToken ct) => new()
    {
        Due = await issued.DueAsync(ct),
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        Input = input,
    };

    private async Task<IssuedCpegReportViewModel> IssuedModelAsync(int id, ConsiderationInput? input, CancellationToken ct)
    {
        var view = await issued.GetAsync(id, ct);
        return new IssuedCpegReportViewModel
        {
            Report = view,
            CanOpenConcerns = Roles.IsOfficer(User.IsInRole),
            Journey = new JourneyFormModel
            {
                Journey = view.Journey,
                Action = Url.Action(nameof(RecordConsideration), new { id })!,
                Input = input ?? new ConsiderationInput { Body = view.Journey.Next },
            },
        };
    }
}
