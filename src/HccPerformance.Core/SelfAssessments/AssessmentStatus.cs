namespace HccPerformance.Core.SelfAssessments;

/// <summary>Where a self-assessment is in its journey from the Chief Officer to the Head of Improvement.</summary>
public enum AssessmentStatus
{
    Draft = 1,
    WithExecutiveMember = 2,
    Submitted = 3,
    Returned = 4,
    Resubmitted = 5,
    Accepted = 6,
}
