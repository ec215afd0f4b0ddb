namespace HccPerformance.Core.Common;

/// <summary>Who is acting. The Web project reads it from the request; start-up work acts as the system.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string UserName { get; }
    string DisplayName { get; }

    /// <summary>The department the person belongs to, for the roles that have one.</summary>
    int? DepartmentId { get; }

    bool IsInRole(string role);
}

public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;
    public string UserName => "system";
    public string DisplayName => "System";
    public int? DepartmentId => null;

    public bool IsInRole(string role) => false;
}
