using HccPerformance.Core.Common;
using HccPerformance.Core.Reports;
using HccPerformance.Web.Models.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Issued versions of the corporate performance report (seed 4.20): read by everyone signed in, never changed.</summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("reports")]
public sealed class ReportsController(ReportReader reports) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await reports.ListAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var (summary, content) = await reports.GetAsync(id, ct);
        return View(new ReportPageViewModel { Content = content, Issued = summary });
    }

    /// <summary>The PDF as it was drawn at issue: the same bytes every time.</summary>
    [HttpGet("{id:int}/pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        var file = await reports.PdfAsync(id, ct);
        return File(file.Bytes, file.ContentType, file.FileName);
    }
}
