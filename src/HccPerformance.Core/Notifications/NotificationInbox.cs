using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Notifications;

public sealed class NotificationInbox(AppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public Task<List<NotificationRow>> RecentAsync(int count = 10, CancellationToken ct = default) =>
        db.Notifications.AsNoTracking()
            .Where(n => n.UserId == currentUser.UserId)
            .OrderByDescending(n => n.Id).Take(count)
            .Select(n => new NotificationRow(n.Id, n.Text, n.Link, n.CreatedUtc, n.ReadUtc != null))
            .ToListAsync(ct);

    public async Task MarkAllReadAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notification in await db.Notifications.Where(n => n.UserId == currentUser.UserId && n.ReadUtc == null).ToListAsync(ct))
        {
            notification.MarkRead(now);
        }

        await db.SaveChangesAsync(ct);
    }
}
