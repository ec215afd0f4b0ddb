namespace HccPerformance.Core.Concerns;

public enum EscalatedTo
{
    Cmt = 1,
    PerformanceExecutiveMember = 2,
    Cabinet = 3,
    OverviewAndScrutiny = 4,
}
