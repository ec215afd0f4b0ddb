namespace HccPerformance.Core.Common;

/// <summary>A broken business rule. <see cref="Field"/> names the input it is about, so the page can show the message beside it.</summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>Someone else saved the record since it was read. Carries their values so the page can show both versions.</summary>
public sealed class ConcurrencyConflictException(string message, IReadOnlyDictionary<string, string?> theirValues)
    : DomainException(message)
{
    public IReadOnlyDictionary<string, string?> TheirValues { get; } = theirValues;
}

public sealed class NotFoundException(string what) : Exception($"{what} was not found.");

/// <summary>The person may not do this to this record (another department's work, a role without the right).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
