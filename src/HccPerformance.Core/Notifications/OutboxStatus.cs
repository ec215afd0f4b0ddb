namespace HccPerformance.Core.Notifications;

/// <summary>Where an email stands: waiting (to be sent or tried again), sent (the SMTP server accepted it), or failed for good.</summary>
public enum OutboxStatus
{
    Waiting = 0,
    Sent = 1,
    Failed = 2,
}
