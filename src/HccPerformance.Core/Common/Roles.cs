namespace HccPerformance.Core.Common;

/// <summary>The site's roles (framework.md, Roles). A person may hold several; the bodies they sit on follow (<see cref="Bodies"/>).</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string ChiefOfficer = nameof(ChiefOfficer);
    public const string ExecutiveMember = nameof(ExecutiveMember);
    public const string HeadOfImprovement = nameof(HeadOfImprovement);
    public const string CpegMember = nameof(CpegMember);
    public const string ChiefExecutive = nameof(ChiefExecutive);
    public const string PerformanceExecutiveMember = nameof(PerformanceExecutiveMember);
    public const string Leader = nameof(Leader);
    public const string Cabinet = nameof(Cabinet);
    public const string SelectCommittee = nameof(SelectCommittee);
    public const string ServiceManager = nameof(ServiceManager);
    public const string PerformanceTeam = nameof(PerformanceTeam);

    public static readonly IReadOnlyList<string> All =
    [
        ChiefOfficer, ExecutiveMember, HeadOfImprovement, CpegMember, ChiefExecutive,
        PerformanceExecutiveMember, Leader, Cabinet, SelectCommittee, ServiceManager, PerformanceTeam, Administrator,
    ];

    /// <summary>
    /// Members who read the council's performance but take no part in the officers' work: the Leader, Cabinet members and
    /// Select Committee members see the dashboard, the plan, issued reports and what reaches their body; nothing in draft.
    /// </summary>
    public static readonly IReadOnlyList<string> MembersOnly = [Leader, Cabinet, SelectCommittee];

    /// <summary>Everyone else: officers, and the Executive Members who work with them on their departments.</summary>
    public static readonly IReadOnlyList<string> Officers = [.. All.Except(MembersOnly)];

    /// <summary>Whether this person holds any role that opens the officers' pages.</summary>
    public static bool IsOfficer(Func<string, bool> isInRole) => Officers.Any(isInRole);

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
        Leader => "Leader of the Council",
        Cabinet => "Cabinet member",
        SelectCommittee => "Select Committee member",
        ServiceManager => "Service Manager",
        PerformanceTeam => "Corporate Performance Team",
        Administrator => "Administrator",
        _ => role,
    };
}
