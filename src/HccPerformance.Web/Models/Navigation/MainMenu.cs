using HccPerformance.Core.Common;

namespace HccPerformance.Web.Models.Navigation;

/// <summary>
/// The main menu for a person, by their roles (issue 18): a few pages everyone uses, and related pages grouped (registers,
/// CPEG, self-assessments, administration) so the menu fits on one line at 1280 pixels for every role. A group with a
/// single link for someone is that link. Showing a link is only a convenience: every page checks who may see it.
/// </summary>
public static class MainMenu
{
    public const string Registers = "registers";
    public const string Cpeg = "cpeg";
    public const string SelfAssessments = "self-assessments";
    public const string Administration = "administration";

    public static IReadOnlyList<MenuEntry> For(Func<string, bool> isInRole)
    {
        var officer = Roles.IsOfficer(isInRole);
        bool Any(params string[] roles) => roles.Any(isInRole);
        var entries = new List<MenuEntry?>
        {
            MenuEntry.Link("Home", "/"),
            MenuEntry.Link("Dashboard", "/dashboard"),
            MenuEntry.Link("Improvement plan", "/plan"),
            MenuEntry.Link("Reports", "/reports"),
            Group(Registers, "Registers",
            [
                MenuEntry.Link("Scorecards", "/scorecards"),
                MenuEntry.Link("Indicators", "/indicators"),
                MenuEntry.Link("Corporate risks", "/risks"),
                MenuEntry.Link("Emerging risks", "/emerging-risks"),
                MenuEntry.Link("Inspections", "/inspections"),
                MenuEntry.Link("Forward programme of inspections", "/inspections/programme"),
                MenuEntry.Link("Intelligence from inspectorates", "/inspections/intelligence"),
                MenuEntry.Link("Benchmarking", "/benchmarking"),
                MenuEntry.Link("Case studies", "/case-studies"),
                MenuEntry.Link("Aalborg Commitments", "/aalborg"),
                MenuEntry.Link("All registers", "/registers"),
            ]),
            Group(Cpeg, "CPEG",
            [
                officer ? MenuEntry.Link("CPEG", "/cpeg") : null,
                officer ? MenuEntry.Link("Concerns", "/concerns") : null,
                Any(Roles.PerformanceExecutiveMember, Roles.Leader, Roles.Cabinet, Roles.SelectCommittee) ? MenuEntry.Link("Escalated concerns", "/concerns/escalated") : null,
                officer ? MenuEntry.Link("CPEG meetings", "/cpeg/meetings") : null,
                officer ? MenuEntry.Link("Menu of Interventions", "/concerns/menu") : null,
                officer ? MenuEntry.Link("Is it working?", "/concerns/is-it-working") : null,
                Any(Roles.CpegMember, Roles.ChiefExecutive, Roles.HeadOfImprovement, Roles.ChiefOfficer) ? MenuEntry.Link("CPEG's report to CMT", "/cpeg/report") : null,
            ]),
            Any(Roles.PerformanceExecutiveMember, Roles.Leader, Roles.Cabinet, Roles.SelectCommittee) ? MenuEntry.Link("Scrutiny", "/scrutiny") : null,
            Any(Roles.Leader, Roles.Cabinet) ? MenuEntry.Link("Ambition", "/ambition") : null,
            Group(SelfAssessments, "Self-assessments",
            [
                officer ? MenuEntry.Link("Departments", "/departments") : null,
                Any(Roles.HeadOfImprovement, Roles.PerformanceTeam, Roles.CpegMember, Roles.ChiefExecutive) ? MenuEntry.Link("Self-assessments", "/self-assessments/tracker") : null,
                Any(Roles.HeadOfImprovement) ? MenuEntry.Link("Collation", "/collation") : null,
            ]),
            Group(Administration, "Administration",
            [
                Any(Roles.Administrator) ? MenuEntry.Link("Users", "/admin/users") : null,
                Any(Roles.Administrator) ? MenuEntry.Link("Council sign-in", "/admin/council-sign-in") : null,
                Any(Roles.Administrator) ? MenuEntry.Link("Reporting periods", "/admin/reporting-periods") : null,
                Any(Roles.Administrator) ? MenuEntry.Link("Demo data", "/admin/demo-data") : null,
                Any(Roles.Administrator) ? MenuEntry.Link("Outbox", "/admin/outbox") : null,
                Any(Roles.Administrator, Roles.HeadOfImprovement) ? MenuEntry.Link("Audit trail", "/audit") : null,
            ]),
            MenuEntry.Link("Guidance", "/guidance"),
        };
        return [.. entries.OfType<MenuEntry>()];
    }

    /// <summary>A group's links for a person, or null when they have none (its page is then not found for them).</summary>
    public static MenuEntry? Group(string key, Func<string, bool> isInRole) =>
        For(isInRole).FirstOrDefault(e => e.IsGroup && e.Key == key);

    /// <summary>The group, or its one link, or nothing: a menu of one is only a detour.</summary>
    private static MenuEntry? Group(string key, string text, MenuEntry?[] links)
    {
        var shown = links.OfType<MenuEntry>().ToList();
        return shown.Count switch
        {
            0 => null,
            1 => shown[0],
            _ => new MenuEntry(key, text, $"/menu/{key}", shown),
        };
    }
}
