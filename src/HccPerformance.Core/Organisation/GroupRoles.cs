using HccPerformance.Core.Common;

namespace HccPerformance.Core.Organisation;

/// <summary>
/// The claims-to-roles rule of council sign-in, pure so it is tested alone: the roles a person holds are exactly those
/// the mapping gives the groups in their token (so a group taken away at the provider takes the role away at the next
/// sign-in), and their department is the one the mapping names. Group values compare exactly, as the provider sends them.
/// </summary>
public static class GroupRoles
{
    public sealed record Mapped(IReadOnlySet<string> Roles, int? DepartmentId)
    {
        public bool HasAccess => Roles.Count > 0;
    }

    public sealed record Row(string GroupValue, string Role, int? DepartmentId, int Id);

    public static Mapped Resolve(IEnumerable<string> groups, IEnumerable<Row> mapping)
    {
        var held = groups.Select(g => g.Trim()).ToHashSet(StringComparer.Ordinal);
        var matched = mapping.Where(m => held.Contains(m.GroupValue)).OrderBy(m => m.Id).ToList();
        var roles = matched.Select(m => m.Role).ToHashSet(StringComparer.Ordinal);
        // A person answers for one department; when two rows name different ones, the row added first decides, so the
        // outcome never depends on the order the provider lists groups in.
        var department = matched.FirstOrDefault(m => m.DepartmentId is not null && Common.Roles.NeedingDepartment.Contains(m.Role))?.DepartmentId
            ?? matched.FirstOrDefault(m => m.DepartmentId is not null)?.DepartmentId;
        return new Mapped(roles, department);
    }

    /// <summary>
    /// A mapping in use must keep a row that gives Administrator: people who sign in with their council account have the
    /// roles the mapping gives and no others, so without one the next sign-in of every Administrator would take the role
    /// away and nobody could look after the site (the local break-glass account is for emergencies, not for every day).
    /// </summary>
    public static bool LeavesAnAdministrator(IEnumerable<string> rolesAfter)
    {
        var roles = rolesAfter.ToList();
        return roles.Count == 0 || roles.Contains(Common.Roles.Administrator);
    }
}
