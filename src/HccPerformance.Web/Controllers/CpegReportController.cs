using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Cpeg;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// CPEG's report to CMT (seed 4.16), for a date range (the last six months unless asked): a page, a PDF and a CSV.
/// Its own controller because CMT (the Cabinet role) reads it without officer access to the concerns themselves.
/// </summary>
[Authorize(Policy = Policies.ReadCpegReport)]
[Route("cpeg")]
public sealed class CpegReportController(CpegReportService reports) : AppController
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
        return File(CpegReportService.Pdf(report), "application/pdf", $"cpeg-report-to-cmt-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}.pdf");
    }

    [HttpGet("report.csv")]
    public async Task<IActionResult> Csv(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var report = await reports.ReportAsync(from, to, ct);
        return TableFiles.Csv(TableExport.Csv(CpegReportService.CsvRows(report)), $"cpeg-report-to-cmt-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}.csv");
    }
}
