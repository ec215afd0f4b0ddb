namespace HccPerformance.Core.Data.Seeding;

/// <summary>One demo person per role, named by role (never as an invented or real person).</summary>
public sealed record DemoUser(string UserName, string DisplayName, string Role, string? DepartmentCode);
