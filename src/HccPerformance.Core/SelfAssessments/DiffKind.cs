namespace HccPerformance.Core.SelfAssessments;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}
