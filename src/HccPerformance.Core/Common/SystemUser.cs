namespace HccPerformance.Core.Common;

public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;
    public string UserName => "system";
    public string DisplayName => "System";
    public int? DepartmentId => null;

    public bool IsInRole(string role) => false;
}
