using HccPerformance.Core.Reports;
using HccPerformance.Documents.Reports;

namespace HccPerformance.Web.Models.Reports;

public sealed class AnnotatePageViewModel
{
    public required AnnotatedAssessment Assessment { get; init; }
    public AnnotationInput Input { get; set; } = new();
}

public sealed class AnnotationEditViewModel
{
    public required AnnotationRow Annotation { get; init; }
    public required int DepartmentId { get; init; }
    public required int PeriodId { get; init; }
    public AnnotationInput Input { get; set; } = new();
}

public sealed class OverviewPageViewModel
{
    public required OverviewView View { get; init; }
    public OverviewInput Input { get; set; } = new();

    public static OverviewInput InputFrom(OverviewView view) => new()
    {
        KeyIssues = view.KeyIssues,
        CrossCuttingIssues = view.CrossCuttingIssues,
        Challenges = view.Departments.ToDictionary(d => d.Id, d => (string?)d.Challenge),
        ThemeTitles = view.Themes.ToDictionary(t => t.Id, t => (string?)t.Title),
        ThemeTexts = view.Themes.ToDictionary(t => t.Id, t => (string?)t.Text),
        Version = view.Version,
    };
}

/// <summary>A page of candidates (themes or areas of concern), each with its own small form; a refused one keeps its typing.</summary>
public sealed class DecisionsPageViewModel<TRow>
{
    public required Core.Organisation.PeriodSummary Period { get; init; }
    public required IReadOnlyList<TRow> Rows { get; init; }
    public DecisionInput? Failed { get; set; }
    public string? FailedField { get; set; }
    public string? FailedMessage { get; set; }
}

public sealed class IssuePageViewModel
{
    public required IssueCheck Check { get; init; }
    public bool ConfirmNotReceived { get; set; }
}

/// <summary>The report as a page: an issued version, or the Head of Improvement's draft preview.</summary>
public sealed class ReportPageViewModel
{
    public required CorporateReportContent Content { get; init; }
    public IssuedSummary? Issued { get; init; }
    public int? PreviewPeriodId { get; init; }

    /// <summary>An issued version's journey (CMT, the Performance Executive Member, Cabinet), with the form for the next step.</summary>
    public Journeys.JourneyFormModel? Journey { get; init; }
}
