using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

public sealed record ReportIntervention(string Name, string Officer, int FrequencyMonths, Rag? LatestRag, DateOnly? LatestReportedOn, DateOnly? NextDueOn, int Overdue);

public sealed record ReportEscalation(string To, DateOnly On, string Reason);

/// <summary>One concern as the report to CMT shows it; the words are the site's, so the page, the PDF and the CSV agree.</summary>
public sealed record ReportConcern(int Id, string Title, string Department, string Source, string Status, DateOnly RaisedOn,
    string LocalImportance, IReadOnlyList<ReportIntervention> Interventions, IReadOnlyList<ReportEscalation> Escalations,
    string? OutcomeKind, string? Outcome, DateOnly? ClosedOn);

public sealed record ReportSummary(int Concerns, int RaisedInRange, int WaitingForCpeg, int UnderWay, int NotImportantLocally,
    int ClosedInRange, int Improved, int Held, int Worsened, int Escalated, int OverdueReportBacks);

public sealed record CpegReport(DateOnly From, DateOnly To, DateOnly MadeOn, ReportSummary Summary, IReadOnlyList<ReportConcern> Concerns);
