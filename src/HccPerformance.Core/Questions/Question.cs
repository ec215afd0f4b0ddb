using HccPerformance.Core.Common;

namespace HccPerformance.Core.Questions;

/// <summary>
/// A question or challenge a member puts on a section of an issued report, or an Executive Member on their department's
/// submitted self-assessment (Appendix One), and the one answer from the officer who answers for it (4.20: Chief Officers
/// "should be on hand to answer relevant questions"). The answer is an edit of the question, so two people answering at
/// once meet its <see cref="AuditableEntity.Version"/>: the second is shown the first answer.
/// </summary>
public class Question : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private Question() { }

    private Question(QuestionSubject subject, QuestionKind kind, string text, string askedById, string askedByName, Body? askedFor, DateTime askedUtc)
    {
        Subject = subject;
        Kind = kind;
        Text = text.Trim();
        AskedById = askedById;
        AskedByName = askedByName;
        AskedFor = askedFor;
        AskedUtc = askedUtc;
    }

    /// <summary>The words a reader sees for the overview's section.</summary>
    public const string OverviewTitle = "Overview";

    public QuestionSubject Subject { get; private set; }
    public QuestionKind Kind { get; private set; }

    /// <summary>The issued version the question was put on (a report section).</summary>
    public int? IssuedReportId { get; private set; }

    /// <summary>The department section's place in that version (frozen, so it never moves); null for the overview.</summary>
    public int? SectionIndex { get; private set; }

    /// <summary>The section's heading as the asker read it: the department's name then, or "Overview".</summary>
    public string SectionTitle { get; private set; } = "";

    /// <summary>The department whose Chief Officer answers; null for the overview (the Head of Improvement answers).</summary>
    public int? DepartmentId { get; private set; }

    /// <summary>The self-assessment's period (a self-assessment question).</summary>
    public int? ReportingPeriodId { get; private set; }

    public string Text { get; private set; } = "";
    public string AskedById { get; private set; } = "";
    public string AskedByName { get; private set; } = "";

    /// <summary>The body the asker put it for, told of the answer with them; null for an Executive Member (no body).</summary>
    public Body? AskedFor { get; private set; }

    public DateTime AskedUtc { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredById { get; private set; }
    public string? AnsweredByName { get; private set; }
    public DateTime? AnsweredUtc { get; private set; }

    public bool IsAnswered => AnsweredUtc is not null;

    public static Question OnReport(int issuedReportId, int? sectionIndex, string sectionTitle, int? departmentId, QuestionKind kind, string text,
        string askedById, string askedByName, Body? askedFor, DateTime askedUtc)
    {
        if (sectionIndex is not null && departmentId is null)
        {
            throw new DomainException("A department's section is answered by its Chief Officer: the department must be known.");
        }

        return new Question(QuestionSubject.ReportSection, kind, text, askedById, askedByName, askedFor, askedUtc)
        {
            IssuedReportId = issuedReportId,
            SectionIndex = sectionIndex,
            SectionTitle = sectionIndex is null ? OverviewTitle : sectionTitle,
            DepartmentId = sectionIndex is null ? null : departmentId,
        };
    }

    public static Question OnAssessment(int departmentId, int reportingPeriodId, string departmentName, QuestionKind kind, string text,
        string askedById, string askedByName, DateTime askedUtc) =>
        new(QuestionSubject.SelfAssessment, kind, text, askedById, askedByName, null, askedUtc)
        {
            DepartmentId = departmentId,
            ReportingPeriodId = reportingPeriodId,
            SectionTitle = departmentName,
        };

    /// <summary>
    /// The one answer. Its author may reword it; anyone else finds it answered (they reach here only with the version they
    /// read, so a second answerer who read it unanswered meets the conflict first).
    /// </summary>
    public void AnswerWith(string text, string byId, string byName, DateTime atUtc)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Write the answer", nameof(Answer));
        }

        if (IsAnswered && AnsweredById != byId)
        {
            throw new DomainException($"{AnsweredByName} has already answered this {KindWord(Kind)}.", nameof(Answer));
        }

        Answer = text.Trim();
        AnsweredById = byId;
        AnsweredByName = byName;
        AnsweredUtc = atUtc;
    }

    public static string KindWord(QuestionKind kind) => kind == QuestionKind.Challenge ? "challenge" : "question";

    /// <summary>How long ago, in words, as a home page says it ("today", "yesterday", "9 days ago").</summary>
    public static string Ago(DateTime thenUtc, DateTime nowUtc) => (DateOnly.FromDateTime(nowUtc).DayNumber - DateOnly.FromDateTime(thenUtc).DayNumber) switch
    {
        <= 0 => "today",
        1 => "yesterday",
        var days => $"{days} days ago",
    };
}
