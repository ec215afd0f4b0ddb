using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Notifications;

/// <summary>A message to one person in the site: a reminder, a step that needs them. Read on their home page.</summary>
public class Notification
{
    private Notification() { }

    public Notification(string userId, string text, string? link, DateTime createdUtc)
    {
        UserId = userId;
        Text = text;
        Link = link;
        CreatedUtc = createdUtc;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? ReadUtc { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadUtc ??= nowUtc;
}

/// <summary>How people are told. In the site today; an email channel can implement this later without touching callers.</summary>
public interface INotificationSender
{
    /// <summary>Queues the message in the caller's unit of work: it is saved with the change that caused it.</summary>
    void Send(string userId, string text, string? link);
}

public sealed class InSiteNotificationSender(AppDbContext db, TimeProvider clock) : INotificationSender
{
    public void Send(string userId, string text, string? link) =>
        db.Notifications.Add(new Notification(userId, text, link, clock.GetUtcNow().UtcDateTime));
}

public sealed record NotificationRow(long Id, string Text, string? Link, DateTime CreatedUtc, bool IsRead);

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
