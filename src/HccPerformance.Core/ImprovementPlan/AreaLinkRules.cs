using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>Who writes an area's impact assessment and a department's service plan links (decided once, for the pages and the service).</summary>
public static class AreaLinkRules
{
    private static bool IsKeeper(Func<string, bool> isInRole) => isInRole(Roles.HeadOfImprovement) || isInRole(Roles.PerformanceTeam);

    /// <summary>The Head of Improvement, the Performance Team, or the Chief Officer of the department accountable for the area.</summary>
    public static bool MayAssessImpact(Func<string, bool> isInRole, int? userDepartmentId, int? accountableDepartmentId) =>
        IsKeeper(isInRole) || (accountableDepartmentId is not null && isInRole(Roles.ChiefOfficer) && userDepartmentId == accountableDepartmentId);

    /// <summary>
    /// The departments whose service plans this person records for an area: for the Head of Improvement and the
    /// Performance Team, every department that answers for the area or is involved in it; for a Chief Officer, their own
    /// department if it is one of those; for anyone else, none.
    /// </summary>
    public static IReadOnlyList<int> DepartmentsToRecordFor(Func<string, bool> isInRole, int? userDepartmentId, IEnumerable<int> areaDepartments)
    {
        var answering = areaDepartments.Distinct().ToList();
        if (IsKeeper(isInRole))
        {
            return answering;
        }

        return isInRole(Roles.ChiefOfficer) && userDepartmentId is { } own && answering.Contains(own) ? [own] : [];
    }

    /// <summary>A link is removed by the keepers or by the Chief Officer of the department whose service plan it is.</summary>
    public static bool MayRemoveServicePlan(Func<string, bool> isInRole, int? userDepartmentId, int linkDepartmentId) =>
        IsKeeper(isInRole) || (isInRole(Roles.ChiefOfficer) && userDepartmentId == linkDepartmentId);
}
