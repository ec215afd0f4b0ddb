using HccPerformance.Core.Common;

namespace HccPerformance.IntegrationTests.Support;

public static class TestUsers
{
    public const string Password = "Integration-tests-password";

    public const string ChiefOfficer = "chief.officer";
    public const string ExecutiveMember = "executive.member";
    public const string HeadOfImprovement = "head.of.improvement";
    public const string CpegMember = "cpeg.member";
    public const string ChiefExecutive = "chief.executive";
    public const string PerformanceMember = "performance.member";
    public const string Leader = "leader";
    public const string Cabinet = "cabinet";
    public const string SelectCommittee = "select.committee";
    public const string ServiceManager = "service.manager";
    public const string PerformanceTeam = "performance.team";
    public const string Admin = "admin";

    public static readonly IReadOnlyDictionary<string, string> RoleOf = new Dictionary<string, string>
    {
        [ChiefOfficer] = Roles.ChiefOfficer,
        [ExecutiveMember] = Roles.ExecutiveMember,
        [HeadOfImprovement] = Roles.HeadOfImprovement,
        [CpegMember] = Roles.CpegMember,
        [ChiefExecutive] = Roles.ChiefExecutive,
        [PerformanceMember] = Roles.PerformanceExecutiveMember,
        [Leader] = Roles.Leader,
        [Cabinet] = Roles.Cabinet,
        [SelectCommittee] = Roles.SelectCommittee,
        [ServiceManager] = Roles.ServiceManager,
        [PerformanceTeam] = Roles.PerformanceTeam,
        [Admin] = Roles.Administrator,
    };

    public static IEnumerable<string> AllButAdmin => RoleOf.Keys.Where(u => u != Admin);
}
