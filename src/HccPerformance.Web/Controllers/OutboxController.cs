using HccPerformance.Core.Common;
using HccPerformance.Core.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>The Administrator's outbox (issue 19): what waits, what went and what failed with the server's reason; a failed one sent again.</summary>
[Route("admin/outbox")]
[Authorize(Policy = Policies.Administration)]
public sealed class OutboxController(OutboxAdministration outbox) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await outbox.GetAsync(ct));

    /// <summary>A change of a failed message's state, not a create; a second click is refused in words (it is already waiting).</summary>
    [HttpPost("{id:long}/retry")]
    public Task<IActionResult> Retry(long id, CancellationToken ct) => PostAsync(null, async () =>
    {
        var to = await outbox.RetryAsync(id, ct);
        return Done($"The message to {to} will be sent again at the next round, within a minute.", nameof(Index));
    }, async () => View(nameof(Index), await outbox.GetAsync(ct)), errorsAtTop: true);
}
