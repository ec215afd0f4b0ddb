namespace HccPerformance.Core.Concerns;

public enum ReportBackReview
{
    Accepted = 1,
    MoreAsked = 2,
}
