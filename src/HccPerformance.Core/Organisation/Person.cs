namespace HccPerformance.Core.Organisation;

/// <summary>A person with an account, as other features name and notify them.</summary>
public sealed class Person
{
    public string Id { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public int? DepartmentId { get; init; }
    public string? Email { get; init; }
}
