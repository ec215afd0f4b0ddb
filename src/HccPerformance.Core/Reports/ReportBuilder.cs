using HccPerformance.Core.SelfAssessments;
using HccPerformance.Documents.Reports;

namespace HccPerformance.Core.Reports;

/// <summary>
/// Turns the period's assessments into the report's department sections (pure, so the rule is tested on its own): every
/// active department has a section, in name order; only an accepted self-assessment is printed, and any other is marked
/// "not received" with where it is, so the report never presents unaccepted words as the department's.
/// </summary>
public static class ReportBuilder
{
    public const string NotReceived = "Not received";

    public static DepartmentSection Section(AssessmentForReport assessment, IReadOnlyList<ConcernSummary> concerns)
    {
        if (assessment.Status != AssessmentStatus.Accepted)
        {
            var where = assessment.Status is { } s ? SelfAssessment.StatusName(s).ToLowerInvariant() : SelfAssessment.NotStarted.ToLowerInvariant();
            return new DepartmentSection(assessment.Department, false, $"{NotReceived} ({where})", assessment.ChiefOfficer, "",
                [], [], [], [], "", null, [], concerns) { IsDemo = assessment.IsDemo };
        }

        IReadOnlyList<AnnotatedItem> Items(ItemSection section) =>
            [.. assessment.Items.Where(i => i.Section == section).Select(i => new AnnotatedItem(i.Text, i.Annotations))];

        return new DepartmentSection(assessment.Department, true, "Accepted", assessment.ChiefOfficer, assessment.OverallStatement,
            Items(ItemSection.Strength), Items(ItemSection.AreaForImprovement), Items(ItemSection.Risk), Items(ItemSection.Action),
            assessment.TradeOffs, assessment.ExecutiveMemberComment, assessment.GeneralAnnotations, concerns) { IsDemo = assessment.IsDemo };
    }

    /// <summary>The departments a report would mark "not received", by name.</summary>
    public static IReadOnlyList<string> NotAccepted(IEnumerable<AssessmentForReport> assessments) =>
        [.. assessments.Where(a => a.Status != AssessmentStatus.Accepted).Select(a => a.Department)];
}
