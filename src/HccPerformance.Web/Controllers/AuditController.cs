using HccPerformance.Core.Auditing;
using HccPerformance.Core.Common;
using HccPerformance.Web.Models.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Who changed what, when: for Administrators and the Head of Improvement.</summary>
[Route("audit")]
[Authorize(Policy = Policies.ReadAuditTrail)]
public sealed class AuditController(AuditTrail trail) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? entityType, string? userName, DateOnly? from, DateOnly? to, int page = 1, CancellationToken ct = default)
    {
        var query = new AuditQuery(entityType, userName, from, to, page);
        return View(new AuditViewModel { Page = await trail.ReadAsync(query, ct), Query = query });
    }
}
