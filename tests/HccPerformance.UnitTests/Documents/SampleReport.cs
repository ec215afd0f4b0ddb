using HccPerformance.Documents.Reports;

namespace HccPerformance.UnitTests.Documents;

/// <summary>
/// A believable corporate performance report for twelve departments (about 40 pages with charts and tables), all of it
/// demo text marked "(demo)". Built the same way every time, with no clock and no randomness, so the tests and the
/// benchmark (which links this file) render the same document.
/// </summary>
public static class SampleReport
{
    public static readonly DateOnly IssuedOn = new(2026, 7, 21);

    public static readonly IReadOnlyList<string> DepartmentNames =
    [
        "Adult Services", "Children's Services", "Environment", "Culture, Communities and Rural Affairs",
        "Property, Business and Regulatory", "Chief Executive's Department", "Highways and Transport (demo)",
        "Public Health (demo)", "Libraries and Heritage (demo)", "Economic Development (demo)",
        "Corporate Resources (demo)", "Trading Standards (demo)",
    ];

    /// <summary>The department whose self-assessment had not been accepted when the sample was issued.</summary>
    public const int NotReceivedIndex = 9;

    private static readonly string[] Subjects =
    [
        "delayed transfers of care", "timeliness of initial assessments", "household waste recycled", "library visits",
        "planning applications decided in time", "staff sickness absence", "road casualties (killed or seriously injured)",
        "young people not in education, employment or training", "carers' assessments", "fly-tipping incidents",
        "invoices paid within 30 days", "museum visitor numbers", "adults in settled accommodation", "school attendance",
    ];

    private static readonly string[] StrengthTemplates =
    [
        "Demo: {0} improved for the third quarter running and is now in the top quartile of our comparator group.",
        "Demo: the new joint team for {0} is working well with partners and the backlog has fallen by a third.",
        "Demo: inspection feedback on {0} was positive, with no recommendations outstanding.",
        "Demo: {0} is on target and ahead of the Local Area Agreement trajectory.",
    ];

    private static readonly string[] ImprovementTemplates =
    [
        "Demo: {0} is below target and behind the comparator average; the trend has not yet turned.",
        "Demo: data quality for {0} is in doubt for two months of the quarter and is being checked.",
        "Demo: performance on {0} varies too much between districts.",
    ];

    private static readonly string[] RiskTemplates =
    [
        "Demo: rising demand could push {0} further from target before the winter.",
        "Demo: a key contract for {0} ends in March and the retender is at risk of slipping.",
        "Demo: vacancies in the team responsible for {0} remain hard to fill.",
    ];

    private static readonly string[] ActionTemplates =
    [
        "Demo: a recovery plan for {0} goes to the departmental management team next month.",
        "Demo: weekly monitoring of {0}, reported to the Executive Member.",
        "Demo: visit two better performing councils on {0} and report back to CPEG.",
    ];

    public static CorporateReportContent TwelveDepartments()
    {
        var departments = DepartmentNames.Select((name, i) => Department(name, i)).ToList();
        return new CorporateReportContent(
            "Hampshire County Council (demo)",
            "Corporate performance report",
            "Quarter 1 2026/27 (April to June 2026)",
            3,
            IssuedOn,
            "OFFICIAL",
            Overview(),
            Dashboard(),
            departments,
            departments.SelectMany(d => d.Concerns).Concat(CorporateConcerns()).ToList(),
            Plan());
    }

    public static DepartmentSection Department(string name, int index)
    {
        string Subject(int k) => Subjects[(index * 3 + k) % Subjects.Length];
        List<AnnotatedItem> Items(string[] templates, int count, int section) =>
        [
            .. Enumerable.Range(0, count).Select(k => new AnnotatedItem(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[(k + index) % templates.Length], Subject(k + section)),
                (k + index + section) % 4 == 0
                    ? [$"Demo annotation: the evidence for this on {Subject(k + section)} should be in the next dashboard; please link the indicator."]
                    : [])),
        ];

        if (index == NotReceivedIndex)
        {
            return new DepartmentSection(name, false, "With the Executive Member", $"Chief Officer, {name}", "", [], [], [], [], "", null,
                [], [Concern(name, index, 0)]);
        }

        return new DepartmentSection(
            name,
            true,
            "Accepted",
            $"Chief Officer, {name}",
            $"Demo statement for {name}. Performance this quarter is mixed but improving overall. The main national indicators "
                + $"held steady, with {Subject(0)} and {Subject(1)} improving, while {Subject(2)} remains our main concern. The last "
                + "inspection found services adequate with good capacity to improve. The budget is on course after the savings agreed "
                + "in February, and the risks below are being managed through the departmental management team.",
            Items(StrengthTemplates, 4 + index % 3, 0),
            Items(ImprovementTemplates, 3 + index % 2, 1),
            Items(RiskTemplates, 2 + index % 2, 2),
            Items(ActionTemplates, 3 + index % 3, 3),
            $"Demo: to balance the budget, {Subject(4)} was held at last year's level so that money could go to {Subject(0)}; "
                + "two vacant posts were not filled.",
            index % 4 == 3 ? null : $"Demo comment by the Executive Member: I have challenged the department on {Subject(2)} and support the recovery plan.",
            index % 3 == 0 ? ["Demo general annotation: a good, honest assessment; the areas for improvement match the dashboard."] : [],
            index % 2 == 0 ? [Concern(name, index, 0), Concern(name, index, 1), Concern(name, index, 2)] : [Concern(name, index, 0), Concern(name, index, 1)]);
    }

    private static ConcernSummary Concern(string department, int index, int k) => new(
        $"Demo concern: {Subjects[(index * 5 + k) % Subjects.Length]} in {department}",
        department,
        k switch { 0 => "Intervention under way", 1 => "Report-back due", _ => "Raised, awaiting CPEG" },
        k == 1
            ? [new InterventionSummary("Category four: report back to CPEG within one month", $"Head of Service, {department}", "Amber", "14 Aug 2026")]
            : k == 0
            ?
            [
                new InterventionSummary("Category two: report back to CPEG within three months", $"Assistant Director, {department}",
                    (index % 3) switch { 0 => "Red", 1 => "Amber", _ => "Green" }, "29 Sep 2026"),
                new InterventionSummary("Strategic action plan", $"Service Manager, {department}", "Amber", "31 Aug 2026"),
            ]
            : []);

    private static IEnumerable<ConcernSummary> CorporateConcerns() =>
        Enumerable.Range(1, 40).Select(i => new ConcernSummary(
            $"Demo corporate concern {i}: {Subjects[(i * 2) % Subjects.Length]} across the council",
            null,
            "Intervention under way",
            [
                new InterventionSummary("Corporate support two: commission the Head of Improvement to support and follow up",
                    "Head of Improvement", i % 2 == 0 ? "Amber" : "Red", $"{i + 10} Oct 2026"),
                new InterventionSummary("Mystery shopping to assess the extent of the issue", "Corporate Performance Team", "Green", null),
                new InterventionSummary("Council visits: visit better performing councils and report back", "Service Manager (demo)", "No data",
                    "30 Nov 2026"),
            ]));

    private static ReportOverview Overview()
    {
        var paragraph = "Demo overview text. Across the council, performance this quarter improved on most of the measures that matter "
            + "most locally, but three areas need CMT's attention: delayed transfers of care, the timeliness of children's initial "
            + "assessments and road casualties. Self-assessments were honest and linked their areas for improvement to the "
            + "dashboard's reds; two departments should say more about the trade-offs made to balance their budgets.";
        return new ReportOverview(
            string.Join("\n\n", Enumerable.Repeat(paragraph, 6)),
            [.. Enumerable.Range(1, 8).Select(i => new TitledText($"Demo common theme {i}: {Subjects[i]}",
                $"Demo: {Subjects[i]} appears in the self-assessments of {2 + i % 4} departments, linked to the same indicator. " + paragraph))],
            "Demo cross-cutting issues: recruitment and retention of social workers and planners, the quality of performance data "
                + "entered late in the quarter, and partnership working with the districts on waste and community safety. " + paragraph,
            [.. DepartmentNames.Select(d => new TitledText(d, $"Demo challenge to {d}: the self-assessment should explain why the "
                + "actions listed will turn the trend this time, and what the department will stop doing to pay for them. " + paragraph
                + "\n\n" + paragraph))],
            [.. Enumerable.Range(1, 6).Select(i => new TitledText($"Demo area of concern for CMT {i}: {Subjects[i + 5]}",
                "Demo: red on the dashboard for two quarters; CPEG assigned an intervention and asks CMT to note the risk. " + paragraph))]);
    }

    private static DashboardSummary Dashboard() => new(
    [
        new("LAA", 4, 9, 18, 4, "Demo: 4 of 35 LAA indicators red, down from 6 last quarter."),
        new("NIS", 31, 48, 97, 24, "Demo: 31 of 200 national indicators red; 24 have no data yet this year."),
        new("Value for Money", 3, 11, 24, 2, "Demo: 3 of 40 value for money measures red, all in waste and transport."),
        new("Community Intelligence", 2, 8, 17, 3, "Demo: complaints about highways rose for the second quarter."),
        new("Corporate risk register", 5, 12, 21, 0, "Demo: 5 strategic risks scored red, 1 new this quarter."),
        new("Top emerging risk issues", 0, 6, 0, 9, "Demo: 6 emerging risks raised, 3 from self-assessments."),
        new("Benchmarking", 7, 15, 22, 6, "Demo: 7 measures in the bottom quartile of the comparator group."),
        new("Inspection recommendations", 12, 30, 61, 0, "Demo: 12 recommendations overdue, 5 of them in Children's Services."),
        new("Corporate Improvement Plan", 4, 11, 17, 0, "Demo: 4 of 32 priority areas red, 2 fewer than last quarter."),
        new("Aalborg scorecard", 1, 4, 5, 0, "Demo: overall score 2.9 of 5, up from 2.7."),
        new("Community outcome improvement case studies", 0, 2, 9, 1, "Demo: 11 case studies this quarter, 2 with mixed results."),
    ]);

    private static List<PlanThemeStatus> Plan()
    {
        string[] themes = ["Demo theme 1: Maximising well-being", "Demo theme 2: Enhancing our quality of place", "Demo theme 3: Efficiency and value for money"];
        string[] rags = ["Green", "Green", "Amber", "Red", "Green", "Amber", "No data", "Green"];
        var area = 0;
        return
        [
            .. themes.Select((theme, t) =>
            {
                var areas = Enumerable.Range(0, t == 0 ? 12 : 10).Select(_ =>
                {
                    area++;
                    return new PlanAreaStatus($"Demo priority area {area}: improve {Subjects[area % Subjects.Length]} and report progress to CPEG each quarter",
                        rags[area % rags.Length], area % 7 == 0 ? null : DepartmentNames[area % DepartmentNames.Count]);
                }).ToList();
                return new PlanThemeStatus(theme, areas.Count(a => a.Rag == "Red"), areas.Count(a => a.Rag == "Amber"),
                    areas.Count(a => a.Rag == "Green"), areas.Count(a => a.Rag == "No data"), areas);
            }),
        ];
    }
}
