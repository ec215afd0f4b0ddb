using HccPerformance.Core.Common;

namespace HccPerformance.Core.Scrutiny;

/// <summary>
/// Who records the Executive's response to a recommendation, and progress on its action: the one it was made to (the
/// Leader; Cabinet, that is its members and the Leader; a department's Executive Member, for their department only), or
/// the Head of Improvement on the Executive's behalf.
/// </summary>
public static class ScrutinyResponders
{
    public static bool MayRespond(ScrutinyAddressee to, int? departmentId, Func<string, bool> isInRole, int? ownDepartmentId) =>
        isInRole(Roles.HeadOfImprovement) || to switch
        {
            ScrutinyAddressee.Leader => isInRole(Roles.Leader),
            ScrutinyAddressee.Cabinet => Bodies.SitsOn(isInRole, Body.Cabinet),
            ScrutinyAddressee.ExecutiveMember => isInRole(Roles.ExecutiveMember) && departmentId is not null && ownDepartmentId == departmentId,
            _ => false,
        };

    /// <summary>Why someone else may not, in words for the 403 page.</summary>
    public static string WhoMay(ScrutinyAddressee to, string? department) =>
        $"Only {ScrutinyWords.Addressee(to, department)}, or the Head of Improvement on the Executive's behalf, records the response to this recommendation and progress on it.";
}
