using HccPerformance.Core.Common;

namespace HccPerformance.Core.Ambition;

/// <summary>Who does what with ambition (Appendix One), for the controllers' attributes and the service's checks alike.</summary>
public static class AmbitionRoles
{
    /// <summary>
    /// Read CPEG's ambition view: CPEG (its members and the Chief Executive, who chairs it), the Head of Improvement who
    /// liaises with it, the Corporate Performance Team, and CMT (the Chief Officers), for whom CPEG acts.
    /// </summary>
    public const string ReviewReaders = Roles.CpegMember + "," + Roles.ChiefExecutive + "," + Roles.HeadOfImprovement + ","
        + Roles.PerformanceTeam + "," + Roles.ChiefOfficer;

    /// <summary>Set ambition: the Leader and Cabinet members (the council's), Executive Members (within their portfolio).</summary>
    public const string Setters = Roles.Leader + "," + Roles.Cabinet + "," + Roles.ExecutiveMember;

    /// <summary>Record what CPEG asked for: those who sit on CPEG (<see cref="Bodies"/>).</summary>
    public static bool RecordsRequests(Func<string, bool> isInRole) => Bodies.SitsOn(isInRole, Body.Cpeg);

    /// <summary>Set the council's ambition for anything: the Leader and Cabinet members.</summary>
    public static bool SetsCouncilAmbition(Func<string, bool> isInRole) => Bodies.SitsOn(isInRole, Body.Cabinet);
}
