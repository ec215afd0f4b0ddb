namespace HccPerformance.Core.Organisation;

public sealed record DepartmentSummary(int Id, string Code, string Name, bool IsActive, Guid Version, int People, string? Source = null);
