namespace HccPerformance.Documents.Reports;

// The corporate performance report as plain data (seed 4.19-4.20). Collation builds it; an issued version stores it as
// JSON exactly as it was, and the PDF and the HTML page are both drawn from it, so they always say the same thing.

/// <summary>The whole report: cover details, the overview, the dashboard summary, one section per department, the
/// concerns and interventions, and the improvement plan's status by theme. <see cref="Demo"/> records that it was made
/// from demo data, so the frozen version, its PDF and its page say "DEMO" however long after; such a report carries no
/// protective marking. (Versions frozen before the mark existed read as not demo.)</summary>
public sealed record CorporateReportContent(
    string Council,
    string Title,
    string Period,
    int VersionNumber,
    DateOnly IssuedOn,
    string ProtectiveMarking,
    ReportOverview Overview,
    DashboardSummary Dashboard,
    IReadOnlyList<DepartmentSection> Departments,
    IReadOnlyList<ConcernSummary> Concerns,
    IReadOnlyList<PlanThemeStatus> Plan,
    bool Demo = false)
{
    /// <summary>The protective marking to print: none on a demo report, whatever the settings say.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Marking => Demo || string.IsNullOrWhiteSpace(ProtectiveMarking) ? null : ProtectiveMarking;
}

/// <summary>The Head of Improvement's overview: key issues, common themes, cross-cutting issues, challenge per
/// department, and by exception the areas of concern for CMT.</summary>
public sealed record ReportOverview(
    string KeyIssues,
    IReadOnlyList<TitledText> CommonThemes,
    string CrossCuttingIssues,
    IReadOnlyList<TitledText> Challenges,
    IReadOnlyList<TitledText> Exceptions);

/// <summary>A heading and its text: a theme, a department's challenge, an exception.</summary>
public sealed record TitledText(string Title, string Text);

/// <summary>The Corporate Dashboard on one page: each tile's RAG counts (drawn as a bar) and a line of words.</summary>
public sealed record DashboardSummary(IReadOnlyList<DashboardTileSummary> Tiles);

public sealed record DashboardTileSummary(string Title, int Red, int Amber, int Green, int NoData, string Summary)
{
    /// <summary>Demo data (issue 17): the page and the PDF mark it "(demo)".</summary>
    public bool IsDemo { get; init; }
}

/// <summary>
/// One department's self-assessment as accepted (or marked "not received"), with the Head of Improvement's
/// annotations anchored to its items, and the department's concerns. It is printed on exactly one page.
/// </summary>
public sealed record DepartmentSection(
    string Department,
    bool Received,
    string Status,
    string? ChiefOfficer,
    string OverallStatement,
    IReadOnlyList<AnnotatedItem> Strengths,
    IReadOnlyList<AnnotatedItem> AreasForImprovement,
    IReadOnlyList<AnnotatedItem> Risks,
    IReadOnlyList<AnnotatedItem> Actions,
    string TradeOffs,
    string? ExecutiveMemberComment,
    IReadOnlyList<string> GeneralAnnotations,
    IReadOnlyList<ConcernSummary> Concerns)
{
    /// <summary>Demo data (issue 17): the page and the PDF mark it "(demo)".</summary>
    public bool IsDemo { get; init; }
}

/// <summary>An item of a list and the Head of Improvement's comments anchored to it.</summary>
public sealed record AnnotatedItem(string Text, IReadOnlyList<string> Annotations);

public sealed record ConcernSummary(string Title, string? Department, string Status, IReadOnlyList<InterventionSummary> Interventions)
{
    /// <summary>Demo data (issue 17): the page and the PDF mark it "(demo)".</summary>
    public bool IsDemo { get; init; }
}

public sealed record InterventionSummary(string Name, string ResponsibleOfficer, string LatestRag, string? NextReportBackDue);

public sealed record PlanThemeStatus(string Theme, int Red, int Amber, int Green, int NoData, IReadOnlyList<PlanAreaStatus> Areas);

public sealed record PlanAreaStatus(string Area, string Rag, string? Lead)
{
    /// <summary>Demo data (issue 17): the page and the PDF mark it "(demo)".</summary>
    public bool IsDemo { get; init; }
}
