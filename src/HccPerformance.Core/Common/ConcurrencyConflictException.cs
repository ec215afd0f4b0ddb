namespace HccPerformance.Core.Common;

/// <summary>
/// Someone else saved the record since it was read. Carries their version token, so the form can save over theirs on
/// purpose, and their values (labelled for the page), so the page can show both versions.
/// </summary>
public sealed class ConcurrencyConflictException(string message, Guid? theirVersion, IReadOnlyDictionary<string, string?>? theirValues = null)
    : DomainException(message)
{
    /// <summary>The record's token now; null when there is no one record to save over (the page is read again instead).</summary>
    public Guid? TheirVersion { get; } = theirVersion;

    public IReadOnlyDictionary<string, string?> TheirValues { get; } = theirValues ?? new Dictionary<string, string?>();
}
