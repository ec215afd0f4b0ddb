using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.Web.Models.SelfAssessments;

public sealed class AssessmentPageViewModel
{
    public IReadOnlyList<SelfAssessmentService.ItemWithLink> Links { get; init; } = [];
    public required AssessmentView View { get; init; }
    public required AssessmentPermissions Can { get; init; }
    public ReviewInput Input { get; set; } = new();
    public PeriodSummary? PreviousPeriod { get; init; }
    public DateOnly Today { get; init; }
}

public sealed class AssessmentEditViewModel
{
    public required AssessmentView View { get; set; }
    public AssessmentInput Input { get; set; } = new();
    public DateOnly Today { get; init; }
}

public sealed record SectionDiff(string Heading, IReadOnlyList<DiffPart> Parts);

public sealed class CompareViewModel
{
    public required AssessmentView View { get; init; }
    public required string Title { get; init; }
    public required string BeforeLabel { get; init; }
    public required string AfterLabel { get; init; }
    public required IReadOnlyList<SectionDiff> Sections { get; init; }
}

public sealed class TrackerViewModel
{
    public required PeriodSummary Period { get; init; }
    public required IReadOnlyList<PeriodSummary> Periods { get; init; }
    public required IReadOnlyList<TrackerRow> Rows { get; init; }
    public DateOnly Today { get; init; }
    public bool CanRemind { get; init; }
}

public static class Sections
{
    public static readonly (string Field, string Heading, string Hint)[] All =
    [
        (nameof(AssessmentInput.OverallStatement), "Overall statement", "A short statement on performance, inspection, risks and action."),
        (nameof(AssessmentInput.Strengths), "Key strengths", "One item per line."),
        (nameof(AssessmentInput.AreasForImprovement), "Areas for improvement", "One item per line. An honest appraisal has some."),
        (nameof(AssessmentInput.Risks), "Outstanding risks", "One item per line."),
        (nameof(AssessmentInput.Actions), "How these are being addressed", "One item per line: the action on the areas for improvement and the risks."),
        (nameof(AssessmentInput.TradeOffs), "Trade-offs made to balance the budget", "What was given up or delayed, and why."),
    ];

    public static string Text(AssessmentContent content, string field) => field switch
    {
        nameof(AssessmentInput.OverallStatement) => content.OverallStatement,
        nameof(AssessmentInput.Strengths) => string.Join("\n", content.Strengths),
        nameof(AssessmentInput.AreasForImprovement) => string.Join("\n", content.AreasForImprovement),
        nameof(AssessmentInput.Risks) => string.Join("\n", content.Risks),
        nameof(AssessmentInput.Actions) => string.Join("\n", content.Actions),
        _ => content.TradeOffs,
    };

    public static IReadOnlyList<SectionDiff> Compare(AssessmentContent before, AssessmentContent after) =>
        [.. All.Select(s => new SectionDiff(s.Heading, TextDiff.Words(Text(before, s.Field), Text(after, s.Field))))];

    public static string TagClass(string status) => status switch
    {
        "Accepted" => "tag-green",
        "Submitted" or "Resubmitted" => "tag-blue",
        "Returned" => "tag-amber",
        _ => "tag-grey",
    };
}

public sealed class ItemLinksViewModel
{
    public required AssessmentView View { get; init; }
    public required IReadOnlyList<SelfAssessmentService.ItemWithLink> Items { get; init; }
    public required IReadOnlyList<(int Id, string Name, string Theme)> PlanAreas { get; init; }
    public required IReadOnlyList<(int Id, string Name, string Group)> Indicators { get; init; }
    public required IReadOnlyList<(int Id, string Name)> Risks { get; init; }
}
