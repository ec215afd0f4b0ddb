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
