namespace HccPerformance.Core.Common;

/// <summary>
/// Who sits on each <see cref="Body"/>, by role: the one place that says so. A person sits on every body one of their roles
/// belongs to (a Chief Officer sits on CMT; the Leader on Cabinet; the Chief Executive on CPEG and CMT).
/// </summary>
public static class Bodies
{
    public static IReadOnlyList<string> RolesOf(Body body) => body switch
    {
        Body.Cpeg => [Roles.CpegMember, Roles.ChiefExecutive],
        Body.Cmt => [Roles.ChiefExecutive, Roles.ChiefOfficer],
        Body.PerformanceExecutiveMember => [Roles.PerformanceExecutiveMember],
        Body.Cabinet => [Roles.Cabinet, Roles.Leader],
        Body.Leader => [Roles.Leader],
        Body.OverviewAndScrutiny => [Roles.SelectCommittee],
        _ => [],
    };

    /// <summary>The bodies this person sits on.</summary>
    public static IReadOnlyList<Body> Of(Func<string, bool> isInRole) =>
        [.. Enum.GetValues<Body>().Where(b => RolesOf(b).Any(isInRole))];

    public static bool SitsOn(Func<string, bool> isInRole, Body body) => RolesOf(body).Any(isInRole);

    /// <summary>The body's name in the council's words, as a sentence would use it ("escalated to ...").</summary>
    public static string Name(Body body) => body switch
    {
        Body.Cpeg => "CPEG",
        Body.Cmt => "CMT",
        Body.PerformanceExecutiveMember => "the Executive Member for Efficiency, Performance and Rural Policy",
        Body.Cabinet => "Cabinet",
        Body.Leader => "the Leader",
        Body.OverviewAndScrutiny => "Overview and Scrutiny (the Select Committees)",
        _ => body.ToString(),
    };
}
