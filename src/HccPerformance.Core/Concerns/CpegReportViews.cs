using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

// IsDemo on these rows defaults to false so an issued report frozen before the marks existed still reads back (issue 17).
public sealed record ReportIntervention(string Name, string Officer, int FrequencyMonths, Rag? LatestRag, DateOnly? LatestReportedOn, DateOnly? NextDueOn, int Overdue,
    bool IsDemo = false);

public sealed record ReportEscalation(string To, DateOnly On, string Reason, bool IsDemo = false);

/// <summary>One concern as the report to CMT shows it; the words are the site's, so the page, the PDF and the CSV agree.</summary>
public sealed record ReportConcern(int Id, string Title, string Department, string Source, string Status, DateOnly RaisedOn,
    string LocalImportance, IReadOnlyList<ReportIntervention> Interventions, IReadOnlyList<ReportEscalation> Escalations,
    string? OutcomeKind, string? Outcome, DateOnly? ClosedOn, bool IsDemo = false);

public sealed record ReportSummary(int Concerns, int RaisedInRange, int WaitingForCpeg, int UnderWay, int NotImportantLocally,
    int ClosedInRange, int Improved, int Held, int Worsened, int Escalated, int OverdueReportBacks);

/// <summary>
/// CPEG's report to CMT for a range. <see cref="Demo"/>: made from demo data, so its PDF and CSV say "DEMO"; an issued
/// report keeps it in its frozen content (reports frozen before the mark existed read as not demo).
/// </summary>
public sealed record CpegReport(DateOnly From, DateOnly To, DateOnly MadeOn, ReportSummary Summary, IReadOnlyList<ReportConcern> Concerns, bool Demo = false);

/// <summary>Whether CPEG's report to CMT is due: the state, when the last was issued and when the next is due.</summary>
public sealed record CpegReportDue(CpegReportDueState State, DateOnly? LastIssuedOn, DateOnly? DueOn);

/// <summary>An issued CPEG report to CMT as lists show it, with its journey's stage.</summary>
public sealed record IssuedCpegSummary(int Id, int Number, DateOnly From, DateOnly To, DateTime IssuedUtc, string IssuedBy, string? ExceptionReason, int StepsDone,
    bool IsDemo = false)
{
    public Common.Body? WaitingFor => Common.Journey.Next(IssuedCpegReport.Steps, StepsDone);
}

/// <summary>An issued CPEG report to CMT for its page: as issued, and its journey.</summary>
public sealed record IssuedCpegReportView(IssuedCpegSummary Summary, CpegReport Content, Common.JourneyView Journey);
