using HccPerformance.Core.Reports;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// One issued corporate performance report (demo text), for the latest quarter whose self-assessments are all or all but
/// one accepted, so Cabinet has something to read on a fresh demo. Issued the same way the Head of Improvement issues one.
/// </summary>
public sealed class DemoReports(AppDbContext db, ReportIssuing issuing, ILogger<DemoReports> logger)
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

        await issuing.IssueAsync(period.ReportingPeriodId, confirmNotReceived: true, issuedBy: "Head of Improvement", notify: false, ct);
        logger.LogInformation("Seeded a demo corporate performance report for period {PeriodId}", period.ReportingPeriodId);
    }
}
