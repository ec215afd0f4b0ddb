using HccPerformance.Core.Common;

namespace HccPerformance.Core.Questions;

/// <summary>
/// Who puts questions and who answers them (Appendix One), by role and department: the one place that says so. Whether a
/// person reads the report or the self-assessment at all is the Reports' and SelfAssessments' rule, not this one.
/// </summary>
public static class QuestionRules
{
    /// <summary>The bodies whose members question an issued report: CMT, the Leader, Cabinet, the Performance Executive Member, the Select Committees.</summary>
    public static readonly IReadOnlyList<Body> AskingBodies =
        [Body.Cabinet, Body.Leader, Body.PerformanceExecutiveMember, Body.OverviewAndScrutiny, Body.Cmt];

    /// <summary>Members of the asking bodies and Executive Members ("working with and challenging Chief Officers").</summary>
    public static bool MayAskOnReport(Func<string, bool> isInRole) =>
        AskingBodies.Any(b => Bodies.SitsOn(isInRole, b)) || isInRole(Roles.ExecutiveMember);

    /// <summary>
    /// The body a question is put for, told of the answer with its asker: Cabinet before the others, since the Leader chairs
    /// it; none for an Executive Member, who sits on none of them.
    /// </summary>
    public static Body? BodyOf(Func<string, bool> isInRole) =>
        new[] { Body.Cabinet, Body.PerformanceExecutiveMember, Body.OverviewAndScrutiny, Body.Cmt }.Cast<Body?>()
            .FirstOrDefault(b => Bodies.SitsOn(isInRole, b!.Value));

    /// <summary>Only the department's own Executive Member challenges its Chief Officer on its self-assessment.</summary>
    public static bool MayAskOnAssessment(Func<string, bool> isInRole, int? ownDepartmentId, int departmentId) =>
        isInRole(Roles.ExecutiveMember) && ownDepartmentId == departmentId;

    /// <summary>
    /// The department's Chief Officer answers for its section and its self-assessment; the Head of Improvement, who wrote
    /// the overview, answers for it.
    /// </summary>
    public static bool MayAnswer(Func<string, bool> isInRole, int? ownDepartmentId, int? questionDepartmentId) =>
        questionDepartmentId is { } department
            ? isInRole(Roles.ChiefOfficer) && ownDepartmentId == department
            : isInRole(Roles.HeadOfImprovement);

    /// <summary>Who answers, in words, for a page that says who will.</summary>
    public static string Answerer(int? questionDepartmentId) =>
        questionDepartmentId is null ? "the Head of Improvement" : "the department's Chief Officer";
}
