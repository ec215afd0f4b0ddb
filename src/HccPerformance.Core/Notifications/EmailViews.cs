namespace HccPerformance.Core.Notifications;

/// <summary>What every email is composed with, read when it is sent.</summary>
public sealed record EmailContext(string CouncilName, string BaseUrl, bool Demo);

/// <summary>An email's subject and its two bodies.</summary>
public sealed record ComposedEmail(string Subject, string Text, string Html);

/// <summary>A person's own choice, with what the page says about it.</summary>
public sealed record EmailPreferenceView(EmailDelivery Delivery, Guid Version, string? Email, bool EmailOn, TimeOnly SummaryTime);

/// <summary>One email in the Administrator's outbox.</summary>
public sealed record OutboxRow(long Id, string ToName, string ToAddress, string Text, EmailDelivery Delivery, OutboxStatus Status,
    DateTime CreatedUtc, DateTime DueUtc, int Attempts, string? LastError, DateTime? SentUtc, DateTime? FailedUtc);

/// <summary>The outbox: how many wait, went and failed, and the latest of each.</summary>
public sealed record OutboxView(bool EmailOn, int Waiting, int Sent, int Failed, IReadOnlyList<OutboxRow> WaitingRows,
    IReadOnlyList<OutboxRow> FailedRows, IReadOnlyList<OutboxRow> SentRows);
