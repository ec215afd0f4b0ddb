using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.Core.Reports;

// What the collation's pages read: the workspace, an annotated assessment, the overview, themes, areas of concern by
// exception and the check before issuing.

public sealed record CollationRow(int DepartmentId, string Department, string Status, bool Readable, int Annotations)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

/// <summary>An issued version as lists show it, with how far it has gone on its journey (<see cref="IssuedReport.Steps"/>).</summary>
public sealed record IssuedSummary(int Id, string PeriodName, int VersionNumber, DateTime IssuedUtc, string IssuedBy, int DepartmentsNotReceived, int StepsDone)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }

    /// <summary>The body it waits for, or none once Cabinet has considered it.</summary>
    public Common.Body? WaitingFor => Common.Journey.Next(IssuedReport.Steps, StepsDone);
}

public sealed record Workspace(PeriodSummary Period, IReadOnlyList<PeriodSummary> Periods, IReadOnlyList<CollationRow> Rows,
    bool HasOverview, int AcceptedThemes, int OpenCandidates, int KeptExceptions, IReadOnlyList<IssuedSummary> Issued);

public sealed record AnnotationRow(int Id, int? ItemId, string? AnchorText, string Text, string By, DateTime AtUtc, Guid Version);

public sealed record AnnotatedAssessment(PeriodSummary Period, int DepartmentId, string Department, string Status, AssessmentContent Content,
    IReadOnlyList<(int Id, ItemSection Section, string Text)> Items, bool ItemsCanBeAnnotated, IReadOnlyList<AnnotationRow> Annotations);

public sealed record OverviewView(PeriodSummary Period, string KeyIssues, string CrossCuttingIssues,
    IReadOnlyList<(int Id, string Name, string Challenge)> Departments, IReadOnlyList<(int Id, string Title, string Text)> Themes, Guid Version);

public sealed record ThemeRow(CandidateTheme Candidate, bool? Accepted);

public sealed record ExceptionRow(string Key, string Source, string OriginalTitle, string OriginalText, string Title, string Text, bool Dropped, bool Edited);

public sealed record IssueCheck(PeriodSummary Period, IReadOnlyList<string> NotAccepted, int NextVersion, bool HasOverview);
