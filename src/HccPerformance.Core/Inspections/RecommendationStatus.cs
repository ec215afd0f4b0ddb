namespace HccPerformance.Core.Inspections;

public enum RecommendationStatus
{
    NotStarted = 1,
    InProgress = 2,
    Complete = 3,
}
