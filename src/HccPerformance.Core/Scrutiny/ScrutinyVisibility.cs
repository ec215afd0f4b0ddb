using System.Linq.Expressions;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Scrutiny;

/// <summary>
/// Who reads a scrutiny review, decided here once, as a pure function (<see cref="MayRead"/>) and the same rule as a query
/// filter (<see cref="VisibleTo"/>); a unit test proves they agree. A reported or closed review is published committee
/// business: everyone signed in reads it. Before that, Select Committee members, the Head of Improvement and the
/// Performance Team read it, and the Executive (the Leader, Cabinet members and Executive Members) once it has
/// recommendations, which will come to them.
/// </summary>
public static class ScrutinyVisibility
{
    /// <summary>The Executive: the Leader and Cabinet members (<see cref="Body.Cabinet"/>) and the Executive Members.</summary>
    public static bool IsExecutive(Func<string, bool> isInRole) =>
        Bodies.SitsOn(isInRole, Body.Cabinet) || isInRole(Roles.ExecutiveMember) || isInRole(Roles.PerformanceExecutiveMember);

    /// <summary>Those who follow a review while it is under way: the committee's members and the officers who support scrutiny.</summary>
    public static bool FollowsWorkInProgress(Func<string, bool> isInRole) =>
        Bodies.SitsOn(isInRole, Body.OverviewAndScrutiny) || isInRole(Roles.HeadOfImprovement) || isInRole(Roles.PerformanceTeam);

    public static bool IsPublished(ScrutinyStatus status) => status is ScrutinyStatus.Reported or ScrutinyStatus.Closed;

    public static bool MayRead(ScrutinyStatus status, bool hasRecommendations, Func<string, bool> isInRole) =>
        IsPublished(status) || FollowsWorkInProgress(isInRole) || (hasRecommendations && IsExecutive(isInRole));

    /// <summary>The same rule for a query: the reviews this person reads.</summary>
    public static Expression<Func<ScrutinyReview, bool>> VisibleTo(Func<string, bool> isInRole)
    {
        if (FollowsWorkInProgress(isInRole))
        {
            return r => true;
        }

        return IsExecutive(isInRole)
            ? r => r.Status == ScrutinyStatus.Reported || r.Status == ScrutinyStatus.Closed || r.Recommendations.Any()
            : r => r.Status == ScrutinyStatus.Reported || r.Status == ScrutinyStatus.Closed;
    }
}
