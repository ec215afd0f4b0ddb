using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.Core.Reports;

/// <summary>What the report needs of one department's self-assessment for the period (none started: no status).</summary>
public sealed record AssessmentForReport(
    string Department, string? ChiefOfficer, AssessmentStatus? Status, string OverallStatement, string TradeOffs, string? ExecutiveMemberComment,
    IReadOnlyList<ItemForReport> Items, IReadOnlyList<string> GeneralAnnotations)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}
