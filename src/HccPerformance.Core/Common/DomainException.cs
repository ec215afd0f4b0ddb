namespace HccPerformance.Core.Common;

/// <summary>A broken business rule. <see cref="Field"/> names the input it is about, so the page can show the message beside it.</summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

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

public sealed class NotFoundException(string what) : Exception($"{what} was not found.");

/// <summary>The person may not do this to this record (another department's work, a role without the right).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
