using HccPerformance.Core.Data;

namespace HccPerformance.Core.Notifications;

public sealed class InSiteNotificationSender(AppDbContext db, TimeProvider clock) : INotificationSender
{
    public void Send(string userId, string text, string? link) =>
        db.Notifications.Add(new Notification(userId, text, link, clock.GetUtcNow().UtcDateTime));
}
