using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.SelfAssessments;

public sealed record AssessmentView(
    int? Id, int DepartmentId, string DepartmentName, PeriodSummary Period, AssessmentStatus? Status, AssessmentContent Content,
    Guid? Version, string? ExecutiveMemberComment, string? ConfirmedBy, string? Challenge, DateTime? FirstSubmittedUtc,
    DateTime? LastSubmittedUtc, bool SubmittedLate, IReadOnlyList<VersionSummary> Versions, DateTime? ModifiedUtc, string? ModifiedBy)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }

    public bool IsEditable => Status is null or AssessmentStatus.Draft or AssessmentStatus.Returned;
}

public sealed record VersionSummary(int Number, AssessmentStatus Status, string RecordedBy, DateTime RecordedUtc, AssessmentContent Content);

/// <summary>What each person may do to this assessment now: drives the buttons on the page; the service checks again.</summary>
public sealed record AssessmentPermissions(bool CanEdit, bool CanSendToExecutiveMember, bool CanReview, bool CanChallenge, bool CanResubmit);

public sealed record DepartmentAssessmentRow(int PeriodId, string PeriodName, string Status, DateTime? SubmittedUtc, bool SubmittedLate)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record TrackerRow(int DepartmentId, string DepartmentName, string Status, bool Overdue, string? ChiefOfficer,
    DateTime? SubmittedUtc, bool SubmittedLate, string? Chase)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}
