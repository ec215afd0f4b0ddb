namespace HccPerformance.Core.Organisation;

/// <summary>One role one person holds.</summary>
public sealed class PersonRole
{
    public string UserId { get; init; } = "";
    public string Role { get; init; } = "";
}
