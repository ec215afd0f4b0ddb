using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HccPerformance.Core.Notifications;

/// <summary>The Administrator's view of the outbox: what waits, what went, what failed and why; a failed message sent again.</summary>
public sealed class OutboxAdministration(AppDbContext db, ICurrentUser user, TimeProvider clock, IOptions<EmailOptions> options)
{
    public const int RowsShown = 100;

    public async Task<OutboxView> GetAsync(CancellationToken ct = default)
    {
        RequireAdministrator();
        var counts = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(OutboxStatus status) => counts.SingleOrDefault(c => c.Key == status)?.Count ?? 0;
        return new OutboxView(options.Value.Enabled, Count(OutboxStatus.Waiting), Count(OutboxStatus.Sent), Count(OutboxStatus.Failed),
            await RowsAsync(OutboxStatus.Waiting, ct), await RowsAsync(OutboxStatus.Failed, ct), await RowsAsync(OutboxStatus.Sent, ct));
    }

    /// <summary>Sends a failed message again from its first attempt; the one who asked is told to whom it goes.</summary>
    public async Task<string> RetryAsync(long id, CancellationToken ct = default)
    {
        RequireAdministrator();
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new NotFoundException("The outbox message");
        message.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(() => new DomainException("The message was being sent as you asked: open the outbox again to see how it went."), ct);
        return message.ToAddress;
    }

    private Task<List<OutboxRow>> RowsAsync(OutboxStatus status, CancellationToken ct)
    {
        var rows = db.OutboxMessages.AsNoTracking().Where(m => m.Status == status);
        rows = status == OutboxStatus.Waiting ? rows.OrderBy(m => m.DueUtc).ThenBy(m => m.Id) : rows.OrderByDescending(m => m.Id);
        return rows.Take(RowsShown)
            .Select(m => new OutboxRow(m.Id, m.ToName, m.ToAddress, m.Text, m.Delivery, m.Status, m.CreatedUtc, m.DueUtc, m.Attempts, m.LastError,
                m.SentUtc, m.FailedUtc))
            .ToListAsync(ct);
    }

    private void RequireAdministrator()
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            throw new ForbiddenException("Only an Administrator reads the outbox.");
        }
    }
}
