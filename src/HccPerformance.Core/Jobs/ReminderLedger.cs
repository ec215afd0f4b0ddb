using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Jobs;

/// <summary>
/// Sends a reminder once. Each feature decides whom to remind of what (it reads its own tables); this is the one place
/// that records it and tells the person through <see cref="INotificationSender"/> (in the site, and by email where the
/// sender does that), saving the two together, one reminder per transaction, so a job that dies half-way leaves every
/// reminder either sent and recorded or neither.
/// </summary>
public sealed class ReminderLedger(AppDbContext db, INotificationSender notifications, TimeProvider clock)
{
    /// <summary>
    /// Sends and records it, with whatever the caller changed in the same unit of work; false, and nothing written, when this
    /// reminder was already sent (here, or by another instance at the same moment).
    /// </summary>
    public async Task<bool> SendOnceAsync(ReminderKey key, string text, string? link, CancellationToken ct = default)
    {
        if (await WasSentAsync(key, ct))
        {
            return false;
        }

        db.Set<ReminderSent>().Add(new ReminderSent(key, clock.GetUtcNow().UtcDateTime));
        notifications.Send(key.UserId, text, link);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            if (!await WasSentAsync(key, ct))
            {
                throw;
            }

            // Another instance sent it between our look and our save: its row holds the key, ours rolled back with our
            // notification. Forget what we added, so the next reminder's save does not try it again.
            foreach (var added in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                added.State = EntityState.Detached;
            }

            return false;
        }
    }

    public Task<bool> WasSentAsync(ReminderKey key, CancellationToken ct = default) =>
        db.Set<ReminderSent>().AsNoTracking().AnyAsync(r => r.Kind == key.Kind && r.Subject == key.Subject && r.UserId == key.UserId && r.Occasion == key.Occasion, ct);
}
