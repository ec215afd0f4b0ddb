namespace HccPerformance.Core.Common;

/// <summary>The people of the framework (Appendix One of the reference document), as role names.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string ChiefOfficer = nameof(ChiefOfficer);
    public const string ExecutiveMember = nameof(ExecutiveMember);
    public const string HeadOfImprovement = nameof(HeadOfImprovement);
    public const string CpegMember = nameof(CpegMember);
    public const string ChiefExecutive = nameof(ChiefExecutive);
    public const string PerformanceExecutiveMember = nameof(PerformanceExecutiveMember);
    public const string Cabinet = nameof(Cabinet);
    public const string SelectCommittee = nameof(SelectCommittee);
    public const string ServiceManager = nameof(ServiceManager);
    public const string PerformanceTeam = nameof(PerformanceTeam);

    public static readonly IReadOnlyList<string> All =
    [
        ChiefOfficer, ExecutiveMember, HeadOfImprovement, CpegMember, ChiefExecutive,
        PerformanceExecutiveMember, Cabinet, SelectCommittee, ServiceManager, PerformanceTeam, Administrator,
    ];

    /// <summary>Roles whose holder answers for one department, so a user holding one must belong to a department.</summary>
    public static readonly IReadOnlySet<string> NeedingDepartment =
        new HashSet<string>(StringComparer.Ordinal) { ChiefOfficer, ExecutiveMember, ServiceManager };

    public static string DisplayName(string role) => role switch
    {
        ChiefOfficer => "Chief Officer",
        ExecutiveMember => "Executive Member",
        HeadOfImprovement => "Head of Improvement",
        CpegMember => "CPEG member",
        ChiefExecutive => "Chief Executive",
        PerformanceExecutiveMember => "Executive Member for Efficiency, Performance and Rural Policy",
        Cabinet => "Cabinet, CMT and Leader",
        SelectCommittee => "Select Committee member",
        ServiceManager => "Service Manager",
        PerformanceTeam => "Corporate Performance Team",
        Administrator => "Administrator",
        _ => role,
    };
}
