using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Data;
using HccPerformance.Documents;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// CPEG's report to CMT (seed 4.16: twice a year, or by exception): every concern open during a date range or closed in it,
/// with its interventions, their latest report-back and next due date, escalations and outcome, and counts at the top.
/// As a page, a PDF and a CSV.
/// </summary>
public sealed class CpegReportService(
    AppDbContext db, ICurrentUser user, TimeProvider clock, OrganisationReads organisation, PeopleDirectory people, Site.DemoFlag demo)
{
    public const int DefaultMonths = 6;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// CPEG, the Chief Executive (who chairs it), the Head of Improvement (who writes it up) and CMT (the Chief Executive and
    /// the Chief Officers), for whom it is written.
    /// </summary>
    public bool CanRead => Bodies.SitsOn(user.IsInRole, Body.Cpeg) || Bodies.SitsOn(user.IsInRole, Body.Cmt) || user.IsInRole(Roles.HeadOfImprovement);

    /// <summary>The last six months up to today, the default range.</summary>
    public (DateOnly From, DateOnly To) DefaultRange() => (Today.AddMonths(-DefaultMonths), Today);

    public async Task<CpegReport> ReportAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        if (!CanRead)
        {
            throw new ForbiddenException("CPEG's report to CMT is for CPEG, the Chief Executive, the Head of Improvement and CMT.");
        }

        return await BuildAsync(from, to, ct);
    }

    /// <summary>The report itself, for a caller that has checked who is asking (issuing, and the demo seeder).</summary>
    internal async Task<CpegReport> BuildAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (defaultFrom, defaultTo) = DefaultRange();
        var start = from ?? defaultFrom;
        var end = to ?? defaultTo;
        if (start > end)
        {
            throw new DomainException("The end of the range must be on or after its start", "To");
        }

        var today = Today;
        var concerns = await db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).Include(c => c.Escalations)
            .Where(c => c.RaisedOn <= end && (c.ClosedOn == null || c.ClosedOn >= start))
            .AsSplitQuery().ToListAsync(ct);
        var departments = await organisation.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var officerIds = concerns.SelectMany(c => c.Interventions).Select(i => i.ResponsibleUserId).Distinct().ToList();
        var officers = await people.DisplayNamesAsync(officerIds, ct);

        var rows = concerns
            .OrderByDescending(c => c.IsOpen).ThenBy(c => c.RaisedOn).ThenBy(c => c.Title, StringComparer.CurrentCulture)
            .Select(c => new ReportConcern(c.Id, c.Title, c.DepartmentId is { } d ? departments.GetValueOrDefault(d) ?? "" : "Council-wide",
                SourceName(c.Source), StatusName(c.Status), c.RaisedOn, LocalImportance(c),
                [.. c.Interventions.OrderBy(i => i.AssignedOn).Select(i => Intervention(i, officers, c.IsOpen, today))],
                [.. c.Escalations.OrderBy(e => e.On).Select(e => new ReportEscalation(BodyName(e.Body), e.On, e.Reason, e.IsDemo))],
                OutcomeKind(c), OutcomeText(c), c.ClosedOn, c.IsDemo))
            .ToList();
        var closedInRange = concerns.Where(c => c.Status == ConcernStatus.Closed && c.ClosedOn >= start && c.ClosedOn <= end).ToList();
        var summary = new ReportSummary(
            concerns.Count,
            concerns.Count(c => c.RaisedOn >= start),
            concerns.Count(c => c.Status == ConcernStatus.Raised),
            concerns.Count(c => c.Status == ConcernStatus.Active),
            concerns.Count(c => c.Status == ConcernStatus.NotImportantLocally),
            closedInRange.Count,
            closedInRange.Count(c => c.OutcomeKind == ConcernOutcome.Improved),
            closedInRange.Count(c => c.OutcomeKind == ConcernOutcome.Held),
            closedInRange.Count(c => c.OutcomeKind == ConcernOutcome.Worsened),
            concerns.Count(c => c.Escalations.Count > 0),
            concerns.Sum(c => c.OverdueReportBacks(today).Count()));
        return new CpegReport(start, end, today, summary, rows, await demo.IsOnAsync(ct));
    }

    /// <summary>
    /// The report as a PDF for CMT's papers, through the site's PDF layout layer, headed with the council's name from its
    /// settings (<paramref name="council"/>); "DEMO" in its header and footer when made from demo data.
    /// </summary>
    public static byte[] Pdf(CpegReport report, string council, string? name = null)
    {
        var title = $"{name ?? "CPEG's report to CMT"}, {Date(report.From)} to {Date(report.To)}";
        var s = report.Summary;
        return new PdfReport()
            .Title(title).Author("Corporate Performance and Efficiency Group (CPEG)").Subject("Areas of concern and interventions")
            .Header(council, "Report to CMT")
            .Footer(title)
            .Demo(report.Demo)
            .Deterministic(report.MadeOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), title)
            .Content(c =>
            {
                c.Heading(title)
                    .Paragraph($"Made on {Date(report.MadeOn)}. Every area of concern open during the period or closed in it, with the interventions CPEG assigned, their latest report-back and next due date, escalations and outcomes.")
                    .Heading("Summary", 2)
                    .Table([3, 1], ["Areas of concern", "Number"], SummaryRows(s).Select(r => new[] { r.Label, r.Count.ToString(EnGb) }))
                    .Heading("Areas of concern", 2);
                if (report.Concerns.Count == 0)
                {
                    c.Paragraph("No areas of concern were open in the period.");
                }

                foreach (var concern in report.Concerns)
                {
                    c.KeepTogether(k =>
                    {
                        k.Heading(DemoText.Mark(concern.Title, concern.IsDemo), 3)
                            .Paragraph($"{concern.Department}. From: {concern.Source}. Raised {Date(concern.RaisedOn)}. Status: {concern.Status}.")
                            .Paragraph($"Matters locally? {concern.LocalImportance}");
                        if (concern.Interventions.Count > 0)
                        {
                            k.Table([3, 2, 1.2, 1.2, 1.4], ["Intervention", "Responsible officer", "Reports back", "Latest RAG", "Next due"],
                                concern.Interventions.Select(i => new[] { DemoText.Mark(i.Name, i.IsDemo), i.Officer, Within(i.FrequencyMonths), LatestRag(i), NextDue(i) }));
                        }
                    });
                    foreach (var e in concern.Escalations)
                    {
                        c.Paragraph(DemoText.Mark($"Escalated to {e.To} on {Date(e.On)}: {e.Reason}", e.IsDemo));
                    }

                    if (concern.Outcome is { } outcome)
                    {
                        c.Paragraph($"Outcome{(concern.OutcomeKind is { } k ? $" ({k})" : "")}: {outcome}");
                    }
                }
            })
            .ToBytes();
    }

    /// <summary>One row per intervention (or per concern without one), for a spreadsheet; each marked when made from demo data.</summary>
    public static List<Dictionary<string, object?>> CsvRows(CpegReport report) => Site.DemoWords.MarkRows(Rows(report), report.Demo);

    private static List<Dictionary<string, object?>> Rows(CpegReport report) =>
    [
        .. report.Concerns.SelectMany(c => (c.Interventions.Count == 0 ? [null] : c.Interventions.Cast<ReportIntervention?>()).Select(i => new Dictionary<string, object?>
        {
            ["Concern"] = c.Title,
            ["Department"] = c.Department,
            ["From"] = c.Source,
            ["Status"] = c.Status,
            ["Raised"] = c.RaisedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Matters locally"] = c.LocalImportance,
            ["Intervention"] = i?.Name ?? "",
            ["Responsible officer"] = i?.Officer ?? "",
            ["Reports back within (months)"] = i?.FrequencyMonths,
            ["Latest RAG"] = i is null ? "" : LatestRag(i),
            ["Next due"] = i?.NextDueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["Overdue report-backs"] = i?.Overdue,
            ["Escalations"] = string.Join("; ", c.Escalations.Select(e => $"{e.To} ({e.On:yyyy-MM-dd}): {e.Reason}")),
            ["Outcome"] = c.OutcomeKind is { } k ? $"{k}: {c.Outcome}" : c.Outcome ?? "",
            ["Closed"] = c.ClosedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        })),
    ];

    public static IEnumerable<(string Label, int Count)> SummaryRows(ReportSummary s) =>
    [
        ("Areas of concern in the report", s.Concerns),
        ("Raised in the period", s.RaisedInRange),
        ("Waiting for CPEG to decide whether they matter locally", s.WaitingForCpeg),
        ("Interventions under way", s.UnderWay),
        ("Closed as not important locally", s.NotImportantLocally),
        ("Closed with an outcome in the period", s.ClosedInRange),
        ("of which improved", s.Improved),
        ("of which held", s.Held),
        ("of which worsened", s.Worsened),
        ("Escalated beyond CPEG", s.Escalated),
        ("Report-backs overdue today", s.OverdueReportBacks),
    ];

    /// <summary>The category's words (Appendix Two: "report back to CPEG within six months"): one report-back at a time.</summary>
    public static string Within(int months) => months == 1 ? "Within one month" : $"Within {months} months";

    public static string LatestRag(ReportIntervention i) => i.LatestRag is { } rag ? $"{RagWords.Name(rag)} ({Date(i.LatestReportedOn!.Value)})" : "Not reported yet";

    public static string NextDue(ReportIntervention i) => i.NextDueOn is { } due ? Date(due) + (i.Overdue > 0 ? $" ({i.Overdue} overdue)" : "") : "None";

    public static string Date(DateOnly day) => day.ToString("d MMM yyyy", EnGb);

    private static ReportIntervention Intervention(Intervention i, IReadOnlyDictionary<string, string> officers, bool open, DateOnly today)
    {
        var latest = i.ReportBacks.Where(r => r.SubmittedOn is not null).MaxBy(r => r.SubmittedOn);
        var next = open ? i.ReportBacks.Where(r => r.SubmittedOn is null).OrderBy(r => r.DueOn).FirstOrDefault() : null;
        return new ReportIntervention(i.Name, officers.GetValueOrDefault(i.ResponsibleUserId) ?? "Unknown", i.FrequencyMonths,
            latest?.Rag, latest?.SubmittedOn, next?.DueOn, open ? i.ReportBacks.Count(r => r.IsOverdue(today)) : 0, i.IsDemo);
    }

    // A concern CPEG closed as not important locally has no improved/held/worsened outcome: its outcome is that decision,
    // with CPEG's reason, never "Open".
    private static string? OutcomeKind(AreaOfConcern c) =>
        c.Status == ConcernStatus.NotImportantLocally ? "Not important locally" : c.OutcomeKind is { } k ? OutcomeName(k) : null;

    private static string? OutcomeText(AreaOfConcern c) =>
        c.Status == ConcernStatus.NotImportantLocally ? c.LocalImportanceReason ?? "CPEG decided it does not matter locally" : c.Outcome;

    private static string LocalImportance(AreaOfConcern c) => (c.Status, c.LocalImportanceReason) switch
    {
        (ConcernStatus.Raised, _) => "Not decided yet",
        (ConcernStatus.NotImportantLocally, var reason) => $"No: {reason}",
        (_, var reason) => $"Yes: {reason}",
    };

    // The same words as the concern pages (Web's ConcernWords), kept here so the PDF and the CSV read alike.
    public static string StatusName(ConcernStatus status) => status switch
    {
        ConcernStatus.Raised => "Waiting for CPEG",
        ConcernStatus.Active => "Interventions under way",
        ConcernStatus.NotImportantLocally => "Closed: not important locally",
        _ => "Closed",
    };

    public static string SourceName(ConcernSource source) => source switch
    {
        ConcernSource.Indicator => "Indicator",
        ConcernSource.Risk => "Corporate risk",
        ConcernSource.Recommendation => "Inspection recommendation",
        ConcernSource.Benchmark => "Benchmarking",
        ConcernSource.SelfAssessmentItem => "Self-assessment",
        ConcernSource.PlanArea => "Improvement plan area",
        _ => "Raised by hand",
    };

    public static string OutcomeName(ConcernOutcome outcome) => outcome switch
    {
        ConcernOutcome.Improved => "Improved",
        ConcernOutcome.Held => "Held",
        _ => "Worsened",
    };

    public static string BodyName(EscalatedTo body) => body switch
    {
        EscalatedTo.Cmt => "CMT",
        EscalatedTo.PerformanceExecutiveMember => "Executive Member for Efficiency, Performance and Rural Policy",
        EscalatedTo.Cabinet => "Cabinet",
        _ => "Overview and Scrutiny",
    };
}
