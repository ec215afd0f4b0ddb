using HccPerformance.Core.Common;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>
/// Who is reading, as far as self-assessments care: the department they lead (as its Chief Officer or Executive Member),
/// and which surfaces show them other departments' submitted assessments.
/// </summary>
public sealed record AssessmentReader(int? LeadsDepartmentId, bool OpensAssessments, bool ReadsOfficerPages)
{
    /// <summary>Someone who leads no department: the view of everyone but the Chief Officer and Executive Member.</summary>
    public static readonly AssessmentReader Outsider = new(null, false, false);

    public static AssessmentReader Of(ICurrentUser user) => new(
        user.IsInRole(Roles.ChiefOfficer) || user.IsInRole(Roles.ExecutiveMember) ? user.DepartmentId : null,
        // The assessment's page: the Head of Improvement, CPEG and the Chief Executive read every submitted one.
        user.IsInRole(Roles.HeadOfImprovement) || user.IsInRole(Roles.CpegMember) || user.IsInRole(Roles.ChiefExecutive),
        // Cabinet and Select Committee members read self-assessments only in an issued report.
        Roles.IsOfficer(user.IsInRole));

    /// <summary>The department's Chief Officer or Executive Member: the only people who read its working text.</summary>
    public bool Leads(int departmentId) => LeadsDepartmentId == departmentId;

    public bool ReadsSubmittedOn(AssessmentSurface surface) => surface switch
    {
        AssessmentSurface.AssessmentPage => OpensAssessments,
        AssessmentSurface.OfficerPages => ReadsOfficerPages,
        _ => true,
    };
}
