using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.Core.Risks;

// What the emerging risk issues page reads, with the outstanding risks the latest self-assessments name.

public sealed record EmergingFilter(int? DepartmentId = null, EmergingRiskStatus? Status = null);

public sealed record EmergingRiskRow(int Id, int DepartmentId, string DepartmentCode, string Department, string Title, string? Description,
    DateOnly RaisedOn, string RaisedBy, EmergingRiskStatus Status, string? Outcome, bool CanUpdate)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record EmergingRiskView(int Id, int DepartmentId, string Department, string Title, string? Description, DateOnly RaisedOn,
    string RaisedBy, EmergingRiskStatus Status, string? Outcome, Guid Version);

/// <summary>An "outstanding risks" item of a department's self-assessment, with whether this person may open the assessment.</summary>
public sealed record OutstandingRiskItem(int DepartmentId, string Department, int PeriodId, AssessmentStatus Status, string Text, bool CanOpen)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

/// <summary>
/// The outstanding risks the self-assessments of one reporting period name. <see cref="Hidden"/> when the person reads
/// self-assessments only in an issued report (Cabinet, Select Committee).
/// </summary>
public sealed record OutstandingRisks(string? Period, IReadOnlyList<OutstandingRiskItem> Items, bool Hidden);

public sealed record EmergingRisksView(IReadOnlyList<EmergingRiskRow> Rows, EmergingFilter Filter, OutstandingRisks FromSelfAssessments);
