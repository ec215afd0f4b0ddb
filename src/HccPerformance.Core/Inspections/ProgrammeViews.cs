namespace HccPerformance.Core.Inspections;

// What the forward programme and the intelligence pages read, and what the dashboard's boxes may show of them.

/// <summary>An inspection on the forward programme; <see cref="IsDue"/> once its month has passed and it is not yet recorded.</summary>
public sealed record ExpectedInspectionRow(
    int Id, string Inspectorate, string Service, int? DepartmentId, string? Department, DateOnly ExpectedMonth, string Scope, bool IsDue, Guid Version)
{
    public bool IsDemo { get; init; }
}

/// <summary>A piece of intelligence from an inspectorate, as the register and the dashboard show it.</summary>
public sealed record IntelligenceRow(
    int Id, string Source, DateOnly ReceivedOn, string Summary, int? DepartmentId, string? Department, string? DocumentReference, Guid Version)
{
    public bool IsDemo { get; init; }
}
