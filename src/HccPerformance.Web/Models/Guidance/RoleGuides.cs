using HccPerformance.Core.Common;

namespace HccPerformance.Web.Models.Guidance;

/// <summary>
/// What each role can do in the site today, and where (issue 17: the guidance is true). Every link is a page that role
/// opens: GuidanceTests signs in as each role and follows them, and fails on words saying a working feature is missing.
/// Change this when a role gains or loses a page.
/// </summary>
public static class RoleGuides
{
    /// <summary>The section for what everyone signed in can do, whatever their roles.</summary>
    public const string Everyone = nameof(Everyone);

    private static readonly GuideLink Dashboard = new("Corporate Dashboard", "/dashboard");
    private static readonly GuideLink Reports = new("Reports", "/reports");
    private static readonly GuideLink Plan = new("Improvement plan", "/plan");
    private static readonly GuideLink Escalated = new("Escalated concerns", "/concerns/escalated");
    private static readonly GuideLink Concerns = new("Concerns", "/concerns");
    private static readonly GuideLink RaiseConcern = new("Raise an area of concern", "/concerns/new");
    private static readonly GuideLink NeedsYou = new("What needs you", "/what-needs-you");
    private static readonly GuideLink Ambition = new("Ambition", "/ambition");
    private static readonly GuideLink AmbitionReview = new("CPEG's ambition view", "/ambition/review");
    private static readonly GuideLink Scrutiny = new("Scrutiny", "/scrutiny");
    private static readonly GuideLink Tracker = new("Self-assessments", "/self-assessments/tracker");
    private static readonly GuideLink CpegHome = new("CPEG's home", "/cpeg");
    private static readonly GuideLink CpegMeetings = new("CPEG meetings", "/cpeg/meetings");
    private static readonly GuideLink CpegReports = new("CPEG's reports to CMT", "/cpeg/reports");
    private static readonly GuideLink Overview = new("This quarter", "/home");
    private static readonly GuideLink Plans = new("Every plan and its life", "/plan/all");

    public static readonly RoleGuide EveryoneGuide = new(Everyone, "Everyone signed in",
        "Following how the council is doing, and keeping their own account safe.",
        [
            Step("Follow the Corporate Dashboard: the scorecards, the registers and the plan, most serious first.", Dashboard,
                new("Scorecards", "/scorecards"), new("Registers", "/registers")),
            Step("Read the Corporate Improvement Plan: each priority area's targets, milestones and progress.", Plan),
            Step("Read the issued corporate performance reports your role may see, with their journey and questions.", Reports),
            Step("Manage your account and set up two-factor sign-in.", new GuideLink("Your account", "/account")),
        ]);

    public static readonly IReadOnlyList<RoleGuide> All =
    [
        new(Roles.ChiefOfficer, "Chief Officers",
            "Leading their department's services, driving continuous improvement, and reporting weaker performance and risk to the council as a whole. They sit on CMT.",
            [
                Step("Write the department's quarterly self-assessment with the Executive Member and submit it to the Head of Improvement by the deadline (4.17-4.18); resubmit it when it is returned with challenge.",
                    new GuideLink("Your department's page", "/")),
                Step("Answer the questions and challenges members put on the department's section of an issued report.", Reports),
                Step("With CMT, consider each issued corporate performance report first and record CMT's decision; consider CPEG's report to CMT.", Reports, CpegReports),
                Step("Respond, for CMT, to areas of concern CPEG escalates to CMT (menu item 13).", Escalated),
                Step("Raise an area of concern for the department with CPEG, and report back on interventions the department owns.", RaiseConcern, Concerns),
                Step("Record progress on the plan areas the department is accountable for.", Plan),
                Step("Comment on a draft Corporate Improvement Plan; with CMT, which owns the plan (5.4), record CMT's agreement to a draft and CMT's decision on each change the Head of Improvement proposes to the live plan, on the plan's page under every plan and its life.", Plans),
                Step("Raise and update the department's emerging risks, update progress on its inspection recommendations, and add its case studies.",
                    new GuideLink("Emerging risks", "/emerging-risks"), new GuideLink("Inspections", "/inspections"), new GuideLink("Case studies", "/case-studies")),
                Step("See whether targets are ambitious enough, on CPEG's ambition view.", AmbitionReview),
            ]),
        new(Roles.ExecutiveMember, "Executive Members",
            "Keeping watch on their portfolio's services, especially poorer performance and risk, and setting ambition.",
            [
                Step("Review, comment on and confirm the department's self-assessment with the Chief Officer, or send it back; once it is submitted, challenge the Chief Officer on it.",
                    new GuideLink("Your portfolio's department", "/")),
                Step("Ask questions on an issued report that has reached you.", Reports),
                Step("Raise an area of concern for the portfolio with CPEG, and escalate one to the Leader or Cabinet from its page.", RaiseConcern, Concerns),
                Step("Record the ambition for best practice in the portfolio (an Administrator may widen it to more departments).", Ambition),
                Step("Respond to a scrutiny recommendation addressed to you, and record progress on it.", Scrutiny),
            ]),
        new(Roles.HeadOfImprovement, "Head of Improvement",
            "Keeping watch on the council's overall performance, acting as a catalyst for improvement, and reporting areas of risk.",
            [
                Step("See who has submitted this quarter; return each self-assessment with challenge, or accept it.", Overview, Tracker),
                Step("Collate the accepted self-assessments, write the overview of key issues and themes, and issue the corporate performance report (4.19).",
                    new GuideLink("Collation", "/collation"), Reports),
                Step("Answer the questions members put on the report's overview.", Reports),
                Step("Keep the Corporate Improvement Plan: its areas, targets and milestones, and its yearly refresh (5.6).", Plan),
                Step("Propose an area from the record it emerged from (a red indicator, a benchmarking outlier, an inspection recommendation, an area of concern) with \"Propose as an improvement plan area\" on its page, or of local importance: it goes into a draft plan directly, and to CMT while the plan is live.",
                    new GuideLink("Propose an area of local importance", "/plan/areas/new?from=local")),
                Step("Take the plan through its life on its page (5.4, 5.6, 6.4): prepare the draft, which CPEG and the Chief Officers comment on and CMT agrees; once Cabinet has endorsed it, record that it was finalised with the Leader and Chief Executive and set it live on or after 1 April of its first year; propose changes to the live plan for CMT; record the six-month and full reviews when they fall due; after the full review, start the next plan.", Plans),
                Step("Keep the Menu of Interventions, schedule CPEG's meetings, raise areas of concern for any department, and issue CPEG's report to CMT.",
                    new GuideLink("Menu of Interventions", "/concerns/menu"), CpegMeetings, RaiseConcern, CpegReports),
                Step("Record the Executive's response to a scrutiny recommendation on its behalf.", Scrutiny),
                Step("See who changed what, and when.", new GuideLink("Audit trail", "/audit")),
                Step("See whether targets are ambitious enough.", AmbitionReview),
            ]),
        new(Roles.CpegMember, "CPEG members",
            "Agreeing action on significant areas of concern on behalf of CMT, and making sure the council is ambitious enough. Chaired by the Chief Executive, with an Assistant Director from each department.",
            [
                Step("Review the Corporate Dashboard and the self-assessments for areas of concern.", CpegHome, Dashboard, Tracker),
                Step("At CPEG's meetings, decide whether each area of concern matters locally (4.15), assign interventions from the Menu of Interventions, review report-backs, escalate and close; each decision is minuted in the meeting.",
                    CpegMeetings, Concerns),
                Step("See whether the interventions are working.", new GuideLink("Is it working?", "/concerns/is-it-working")),
                Step("Issue CPEG's report to CMT twice a year, or by exception.", CpegReports),
                Step("Comment on a draft Corporate Improvement Plan while the Head of Improvement prepares it.", Plans),
                Step("Check on the ambition view that targets are ambitious enough, and record what CPEG asks for on a subject's ambition page.", AmbitionReview, Ambition),
            ]),
        new(Roles.ChiefExecutive, "Chief Executive",
            "Making sure action is taken on poorer performance and risk. Chairs CPEG and sits on CMT.",
            [
                Step("Chair CPEG: everything a CPEG member does, and confirm each meeting's minutes.", CpegHome, CpegMeetings),
                Step("Between meetings, take an urgent decision on an area of concern; the next meeting ratifies it.", Concerns),
                Step("Escalate an area of concern to CMT, the Performance Executive Member, Cabinet, the Leader or Overview and Scrutiny from its page.", Concerns),
                Step("With CMT, consider each issued report first and CPEG's report to CMT; respond to concerns escalated to CMT.", Reports, CpegReports, Escalated),
                Step("Comment on a draft Corporate Improvement Plan; for CMT, record its agreement to a draft and its decision on each change proposed to the live plan; the plan is then finalised with you and the Leader.", Plans),
            ]),
        new(Roles.PerformanceExecutiveMember, "Executive Member for Efficiency, Performance and Rural Policy (the Performance Executive Member)",
            "Keeping watch on the council's overall performance, especially poorer performance and risk.",
            [
                Step("Start on What needs you: the report waiting for you, referrals, your questions and their answers.", NeedsYou),
                Step("Consider each issued corporate performance report after CMT and before Cabinet, and record your consideration; ask questions and challenge.", Reports),
                Step("Respond to areas of concern CPEG refers to you (menu item 14).", Escalated),
                Step("Follow the Select Committees' scrutiny reviews.", Scrutiny),
            ]),
        new(Roles.Leader, "The Leader of the Council",
            "Overseeing performance, challenging areas to improve and of risk, and setting the overall level of ambition for the council. Sits on Cabinet.",
            [
                Step("Start on What needs you: escalations to the Leader and Cabinet, the report at Cabinet, and ambition.", NeedsYou),
                Step("With Cabinet, consider the report once CMT and the Performance Executive Member have, and record Cabinet's resolution; ask questions and challenge.", Reports),
                Step("Respond to areas of concern escalated to the Leader or to Cabinet (menu item 15).", Escalated),
                Step("Record the council's ambition for chosen indicators and plan areas.", Ambition),
                Step("For Cabinet, record its endorsement of a Corporate Improvement Plan CMT has agreed, with the resolution and any further areas Cabinet asks for (6.4); the Head of Improvement then finalises it with you and the Chief Executive.", Plans),
                Step("Respond to scrutiny recommendations addressed to the Leader or Cabinet.", Scrutiny),
            ]),
        new(Roles.Cabinet, "Cabinet members",
            "Overseeing performance, challenging areas to improve and of risk, and setting the overall level of ambition for the council.",
            [
                Step("Start on What needs you: the report at Cabinet, escalations to Cabinet, your questions and their answers.", NeedsYou),
                Step("Consider the report once CMT and the Performance Executive Member have, and record Cabinet's resolution; ask questions and challenge.", Reports),
                Step("Respond to areas of concern escalated to Cabinet (menu item 15).", Escalated),
                Step("Record the council's ambition for chosen indicators and plan areas.", Ambition),
                Step("Record Cabinet's endorsement of a Corporate Improvement Plan CMT has agreed, with the resolution and any further areas Cabinet asks for (6.4).", Plans),
                Step("Respond to scrutiny recommendations addressed to Cabinet.", Scrutiny),
            ]),
        new(Roles.SelectCommittee, "Select Committee members",
            "Holding the Executive to account on performance, providing challenge and carrying out specific reviews.",
            [
                Step("Start on What needs you: referrals to Overview and Scrutiny, and scrutiny reviews.", NeedsYou),
                Step("Read each issued report once it reaches Cabinet, and ask questions on it.", Reports),
                Step("Respond to areas of concern referred to Overview and Scrutiny (menu item 17).", Escalated),
                Step("Record a scrutiny review, its evidence and its recommendations to the Executive, and follow the Executive's responses.",
                    Scrutiny, new GuideLink("Start a scrutiny review", "/scrutiny/new")),
            ]),
        new(Roles.ServiceManager, "Service Managers",
            "The performance and data quality of the indicators they own. Every national indicator has a named Service Manager (4.23).",
            [
                Step("Enter results, and notes on data quality, for your own indicators.", new GuideLink("Your indicators", "/indicators/mine")),
                Step("Raise an area of concern on one of your indicators, including a blocker you cannot remove yourself, and report back on interventions you own.", RaiseConcern, Concerns),
            ]),
        new(Roles.PerformanceTeam, "Corporate Performance Team",
            "Supporting performance management, including following up areas of concern when CPEG asks (Appendix Two).",
            [
                Step("Define indicators, set their targets, and import results, definitions and who submits each national indicator (4.24).",
                    new GuideLink("Indicators", "/indicators"), new GuideLink("Import results", "/indicators/import"),
                    new GuideLink("Import indicator definitions", "/indicators/import-definitions"), new GuideLink("Import indicator sources", "/indicators/import-sources")),
                Step("Keep the scorecards: their weights and members, many at once with LAA stretch targets.",
                    new GuideLink("Scorecards", "/scorecards"), new GuideLink("Import scorecard membership", "/scorecards/import")),
                Step("Keep the corporate risk register, emerging risks, inspections and their recommendations.",
                    new GuideLink("Risks", "/risks"), new GuideLink("Emerging risks", "/emerging-risks"), new GuideLink("Inspections", "/inspections")),
                Step("Keep benchmarking, the Aalborg scores and case studies.",
                    new GuideLink("Benchmarking", "/benchmarking"), new GuideLink("Import comparator figures", "/benchmarking/import"),
                    new GuideLink("Aalborg", "/aalborg"), new GuideLink("Case studies", "/case-studies")),
                Step("Keep the plan's targets and milestones, and follow the quarter's self-assessments.", Plan, Overview, Tracker),
                Step("Raise an area of concern for any department.", RaiseConcern),
            ]),
        new(Roles.Administrator, "Administrators",
            "Keeping the site running (an IT role). Nobody can register themselves.",
            [
                Step("Manage users and their roles.", new GuideLink("Users", "/admin/users")),
                Step("Add financial years and set each reporting period's deadline.", new GuideLink("Reporting periods", "/admin/reporting-periods")),
                Step("Add and change departments.", new GuideLink("Departments", "/departments")),
                Step("See who changed what, and when.", new GuideLink("Audit trail", "/audit")),
            ]),
    ];

    private static GuideStep Step(string text, params GuideLink[] where) => new(text, where);
}
