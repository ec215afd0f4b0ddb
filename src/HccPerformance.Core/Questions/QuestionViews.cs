using HccPerformance.Core.Common;

namespace HccPerformance.Core.Questions;

/// <summary>A question as its pages read it, with where it was put and who may answer it.</summary>
public sealed record QuestionView(
    int Id,
    QuestionSubject Subject,
    QuestionKind Kind,
    int? IssuedReportId,
    int? SectionIndex,
    string SectionTitle,
    int? DepartmentId,
    int? ReportingPeriodId,
    string Text,
    string AskedByName,
    Body? AskedFor,
    DateTime AskedUtc,
    string? Answer,
    string? AnsweredByName,
    DateTime? AnsweredUtc,
    Guid Version,
    bool IsDemo = false)
{
    public bool IsAnswered => AnsweredUtc is not null;

    public string KindWord => Question.KindWord(Kind);

    /// <summary>The page the question was put on.</summary>
    public string SubjectLink => Subject == QuestionSubject.ReportSection
        ? $"/reports/{IssuedReportId}#{(SectionIndex is { } i ? $"department-{i}" : "overview")}"
        : $"/departments/{DepartmentId}/self-assessments/{ReportingPeriodId}";

    /// <summary>Where it was put, in words ("the Adult Services section of report 3", "the self-assessment of Adult Services").</summary>
    public string Where => Subject == QuestionSubject.ReportSection
        ? (SectionIndex is null ? "the overview of the corporate performance report" : $"the {SectionTitle} section of the corporate performance report")
        : $"the {SectionTitle} self-assessment";
}

/// <summary>A question page: the question, and whether this reader may answer it (or reword their own answer).</summary>
public sealed record QuestionPage(QuestionView Question, bool MayAnswer);

/// <summary>The questions beside one section, and whether this reader may put one there.</summary>
public sealed record SectionQuestions(IReadOnlyList<QuestionView> Questions, bool MayAsk);

/// <summary>A person's questions: those waiting for their answer, and those they asked with what came back.</summary>
public sealed record YourQuestions(IReadOnlyList<QuestionView> ToAnswer, IReadOnlyList<QuestionView> Asked);
