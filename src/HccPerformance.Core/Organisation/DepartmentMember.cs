namespace HccPerformance.Core.Organisation;

public sealed record DepartmentMember(string DisplayName, string Role);
