namespace HccPerformance.Core.Notifications;

/// <summary>How people are told. In the site today; an email channel can implement this later without touching callers.</summary>
public interface INotificationSender
{
    /// <summary>Queues the message in the caller's unit of work: it is saved with the change that caused it.</summary>
    void Send(string userId, string text, string? link);
}
