namespace HccPerformance.Core.Jobs;

/// <summary>What makes a reminder the same reminder: sent once per key, ever.</summary>
public sealed record ReminderKey(string Kind, string Subject, string UserId, string Occasion);
