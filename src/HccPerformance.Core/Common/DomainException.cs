namespace HccPerformance.Core.Common;

/// <summary>A broken business rule. <see cref="Field"/> names the input it is about, so the page can show the message beside it.</summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
