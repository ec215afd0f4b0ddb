namespace HccPerformance.Core.Concerns;

/// <summary>
/// Where a concern goes beyond CPEG (Appendix One, Appendix Two items 13, 14, 15 and 17). Each is a <see cref="Common.Body"/>
/// (<see cref="Escalation.BodyOf"/>), so who reads and answers it is <see cref="Common.Bodies"/>, written once. Stored by name.
/// </summary>
public enum EscalatedTo
{
    Cmt = 1,
    PerformanceExecutiveMember = 2,
    Cabinet = 3,
    OverviewAndScrutiny = 4,

    /// <summary>The Leader (Appendix One: the Chief Executive escalates "to CMT, Cabinet and the Leader").</summary>
    Leader = 5,
}
