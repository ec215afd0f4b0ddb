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
        var canOpen = Roles.All.Except([Roles.Cabinet, Roles.SelectCommittee]).Any(User.IsInRole);
        if (!ModelState.IsValid)
        {
            // A date the browser could not send as a date: said beside the field, the default range shown meanwhile.
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
