using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Reports;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Issued corporate performance reports (demo text) for the latest quarter whose self-assessments are all or all but one
/// accepted, showing the report's journey: version 1 considered by CMT, the Performance Executive Member and Cabinet;
/// version 2 (a correction) waiting for CMT, so the Chief Executive or a Chief Officer can record CMT's consideration, then
/// performance.member, then cabinet or the leader. And CPEG's report to CMT no. 1, issued about five months ago and
/// considered by CMT, so the next one shows as due. Issued the same way the site issues them.
/// </summary>
public sealed class DemoReports(AppDbContext db, ReportIssuing issuing, CpegReportIssuing cpegReports, TimeProvider clock, ILogger<DemoReports> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.IssuedReports.AnyAsync(ct) || await db.CollatedReports.AnyAsync(ct))
        {
            return;
        }

        var departments = await db.Departments.Where(d => d.IsActive).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var accepted = await db.SelfAssessments.Where(a => a.Status == AssessmentStatus.Accepted)
            .GroupBy(a => new { a.ReportingPeriodId, a.ReportingPeriod!.FinancialYear, a.ReportingPeriod.Quarter })
            .Select(g => new { g.Key.ReportingPeriodId, g.Key.FinancialYear, g.Key.Quarter, Count = g.Count() })
            .ToListAsync(ct);
        var period = accepted.Where(p => p.Count >= Math.Max(1, departments.Count - 1))
            .OrderByDescending(p => p.FinancialYear).ThenByDescending(p => p.Quarter).FirstOrDefault();
        if (period is null || departments.Count == 0)
        {
            return;
        }

        var report = new CollatedReport(period.ReportingPeriodId);
        report.WriteOverview(
            "Demo overview. Most services held or improved their position this quarter. The main pressures are the demand for "
            + "adult social care placements and children's social work caseloads, both above plan, and the cost of winter road maintenance.",
            "Demo text. Recruitment and retention of qualified staff appears in several departments' risks; the Head of Improvement "
            + "suggests CMT looks at it once, corporately, rather than department by department.",
            new Dictionary<int, string?> { [departments[0].Id] = "Demo challenge: the assessment says targets are on track, but gives no figures. Which measures show it?" },
            new Dictionary<int, (string?, string?)>());
        report.AcceptTheme("demo:workforce", "Recruiting and keeping qualified staff (demo)",
            "Demo theme: several departments name vacancies in qualified posts as a risk to their plans for the rest of the year.");
        db.CollatedReports.Add(report);
        await db.SaveChangesAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var first = await issuing.IssueAsync(period.ReportingPeriodId, confirmNotReceived: true, issuedBy: "Head of Improvement", notify: false,
            issuedUtc: now.AddDays(-42), ct);
        var v1 = await db.IssuedReports.Include(r => r.Considerations).SingleAsync(r => r.Id == first, ct);
        Step(v1, Body.Cmt, today.AddDays(-35), "Demo decisions: CMT noted the report and asked the Chief Officers to bring the workforce theme to its next meeting.",
            "Demo note: taken as the first item.", "Chief Executive");
        Step(v1, Body.PerformanceExecutiveMember, today.AddDays(-28),
            "Demo comments: the workforce theme should go to Cabinet with the report; the adult social care figures need a short explanation.",
            null, "Executive Member for Efficiency, Performance and Rural Policy");
        Step(v1, Body.Cabinet, today.AddDays(-21), "Demo resolution: Cabinet noted the report and the actions CMT agreed.", null, "Head of Improvement");
        await db.SaveChangesAsync(ct);

        // A correction: the next version, issued a few days ago, waits for CMT.
        await issuing.IssueAsync(period.ReportingPeriodId, confirmNotReceived: true, issuedBy: "Head of Improvement", notify: false,
            issuedUtc: now.AddDays(-3), ct);

        var cpeg = await cpegReports.IssueAsync(new CpegReportIssueInput { From = today.AddDays(-160).AddMonths(-6), To = today.AddDays(-160) },
            "CPEG member", notify: false, issuedUtc: now.AddDays(-160), ct);
        var issuedCpeg = await db.IssuedCpegReports.Include(r => r.Considerations).SingleAsync(r => r.Id == cpeg, ct);
        var metOn = today.AddDays(-150);
        issuedCpeg.Record(Body.Cmt, metOn, "Demo decisions: CMT noted CPEG's report and asked for the overdue report-backs to be chased.", null, "Chief Executive",
            metOn.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded demo corporate performance reports for period {PeriodId} and CPEG's report to CMT", period.ReportingPeriodId);
    }

    private static void Step(IssuedReport report, Body body, DateOnly metOn, string decisions, string? notes, string by) =>
        report.Record(body, metOn, decisions, notes, by, metOn.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc));
}
