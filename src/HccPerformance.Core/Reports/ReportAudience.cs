using System.Linq.Expressions;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Reports;

/// <summary>
/// Who reads an issued corporate performance report, by how far it has gone on its journey: the one place that says so
/// (the reports list, the page, the PDF, the dashboard's and the members' "latest report" all ask here). Officers, CPEG
/// and CMT from issue; the Performance Executive Member once CMT has considered it; the Leader, Cabinet members,
/// Executive Members and Select Committee members once it reaches Cabinet, after the Performance Executive Member
/// (committee papers are published with Cabinet's agenda).
/// </summary>
public static class ReportAudience
{
    /// <summary>Steps done before it reaches Cabinet, and so the members.</summary>
    public const int ReachesCabinet = 2;

    /// <summary>How many of the journey's steps must be done before someone holding this role reads a version.</summary>
    public static int StepsBefore(string role) => role switch
    {
        Roles.PerformanceExecutiveMember => 1,
        Roles.ExecutiveMember or Roles.Leader or Roles.Cabinet or Roles.SelectCommittee => ReachesCabinet,
        _ => 0,
    };

    /// <summary>The fewest steps before this person reads a version (their most senior reading role); null for someone with no role.</summary>
    public static int? StepsBeforeReading(Func<string, bool> isInRole)
    {
        var held = Roles.All.Where(isInRole).ToList();
        return held.Count == 0 ? null : held.Min(StepsBefore);
    }

    /// <summary>The versions this person may read, as a query.</summary>
    public static Expression<Func<IssuedReport, bool>> Readable(Func<string, bool> isInRole) =>
        StepsBeforeReading(isInRole) is { } steps ? r => r.Considerations.Count >= steps : r => false;

    /// <summary>Whether this person may read a version that has gone this far.</summary>
    public static bool MayRead(Func<string, bool> isInRole, int stepsDone) => StepsBeforeReading(isInRole) is { } steps && stepsDone >= steps;

    /// <summary>
    /// Who is told when the report has gone this far: the roles that now read it (CPEG and CMT at issue), and CPEG at every
    /// step (Appendix One: "report this to CPEG, CMT and Cabinet").
    /// </summary>
    public static IReadOnlyList<string> ToldAt(int stepsDone) => stepsDone switch
    {
        0 => [.. Bodies.RolesOf(Body.Cpeg), .. Bodies.RolesOf(Body.Cmt)],
        _ => [.. Bodies.RolesOf(Body.Cpeg), .. Roles.All.Where(r => StepsBefore(r) == stepsDone)],
    };
}
