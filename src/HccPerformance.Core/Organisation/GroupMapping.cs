using HccPerformance.Core.Common;

namespace HccPerformance.Core.Organisation;

/// <summary>
/// One row of the council sign-in mapping (issue 19): a value of the identity provider's groups or app roles claim gives
/// a role here, and for the roles that answer for a department, that department. An Administrator adds and removes rows;
/// nobody edits one in place, so what a row meant is always in the audit trail as it was added.
/// </summary>
public class GroupMapping : AuditableEntity
{
    /// <summary>Entra ID group object ids are 36 characters; app role values and AD FS group names are longer but not this long.</summary>
    public const int GroupValueMaximum = 256;

    private GroupMapping() { }

    public GroupMapping(string groupValue, string role, int? departmentId)
    {
        var value = groupValue.Trim();
        if (value.Length == 0 || value.Length > GroupValueMaximum)
        {
            throw new DomainException($"Enter the group or app role value, {GroupValueMaximum} characters or fewer", nameof(GroupValue));
        }

        if (!Roles.All.Contains(role))
        {
            throw new DomainException("Choose a role from the list", nameof(Role));
        }

        if (Roles.NeedingDepartment.Contains(role) && departmentId is null)
        {
            throw new DomainException("Choose a department: Chief Officers, Executive Members and Service Managers belong to one", nameof(DepartmentId));
        }

        GroupValue = value;
        Role = role;
        DepartmentId = departmentId;
    }

    /// <summary>The claim's value as the provider sends it (an Entra ID group's object id, or an app role's value).</summary>
    public string GroupValue { get; private set; } = "";
    public string Role { get; private set; } = "";
    public int? DepartmentId { get; private set; }
}
