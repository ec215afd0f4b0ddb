namespace HccPerformance.Core.Common;

/// <summary>
/// The bodies of the accountability chain (seed Appendix One): who considers reports, receives escalations and challenges.
/// Stored by number, so numbers never change.
/// </summary>
public enum Body
{
    /// <summary>The Corporate Performance and Efficiency Group, chaired by the Chief Executive (fn 6).</summary>
    Cpeg = 1,

    /// <summary>The Corporate Management Team: the Chief Executive and the Chief Officers, the "clearing house" before Cabinet (3.4).</summary>
    Cmt = 2,

    /// <summary>The Executive Member for Efficiency, Performance and Rural Policy.</summary>
    PerformanceExecutiveMember = 3,

    /// <summary>Cabinet: its members and the Leader, who chairs it.</summary>
    Cabinet = 4,

    /// <summary>The Leader of the Council.</summary>
    Leader = 5,

    /// <summary>Member Overview and Scrutiny: the Select Committees.</summary>
    OverviewAndScrutiny = 6,
}
