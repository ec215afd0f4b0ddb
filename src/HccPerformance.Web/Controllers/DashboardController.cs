using HccPerformance.Core.Common;
using HccPerformance.Core.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>The Corporate Dashboard (Appendix Three): what Cabinet and CPEG open first.</summary>
[Route("dashboard")]
[Authorize(Policy = Policies.ReadDashboard)]
public sealed class DashboardController(DashboardService dashboard) : AppController
{
    [HttpGet("")]
    [Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.DashboardOutputCache.Name)]
    public async Task<IActionResult> Index(string? period, string? department, bool changes, CancellationToken ct)
    {
        // Numbers that are not numbers are as unknown as numbers that match nothing: the service says so on the page.
        var view = await dashboard.BuildAsync(Number(period), Number(department), ct);
        ViewData["Changes"] = changes;
        return View(view);
    }

    /// <summary>One box in full, with its last eight quarters (issue 18): where each box of the glance view leads.</summary>
    [HttpGet("box/{key}")]
    public async Task<IActionResult> Box(string key, string? period, string? department, bool changes, CancellationToken ct)
    {
        var detail = await dashboard.BoxAsync(key, Number(period), Number(department), ct) ?? throw new NotFoundException("The dashboard box");
        ViewData["Changes"] = changes;
        return View(detail);
    }

    private static int? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
}
