namespace HccPerformance.Core.Common;

/// <summary>The person may not do this to this record (another department's work, a role without the right).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
