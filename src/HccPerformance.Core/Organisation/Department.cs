using HccPerformance.Core.Common;

namespace HccPerformance.Core.Organisation;

/// <summary>A department of the council, led by a Chief Officer. Departments are data the Administrator maintains.</summary>
public class Department : AuditableEntity
{
    private Department() { }

    public Department(string code, string name, string? source = null)
    {
        Code = code.Trim();
        Name = name.Trim();
        IsActive = true;
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>A department that no longer exists stays readable for history but takes no new work.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Where a seeded department comes from (issue 17); null for one the Administrator adds.</summary>
    public string? Source { get; private set; }

    public void Update(string code, string name, bool isActive)
    {
        Code = code.Trim();
        Name = name.Trim();
        IsActive = isActive;
    }
}
