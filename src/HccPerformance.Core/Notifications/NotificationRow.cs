namespace HccPerformance.Core.Notifications;

public sealed record NotificationRow(long Id, string Text, string? Link, DateTime CreatedUtc, bool IsRead);
