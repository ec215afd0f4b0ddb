using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Reports;

/// <summary>
/// The Head of Improvement's collation of a period's self-assessments into the corporate performance report (framework
/// process 2, seed 4.19-4.20): the period's workspace, where each department stands and how far the overview, themes,
/// areas of concern by exception and issuing have come. The parts are <see cref="AnnotationService"/>,
/// <see cref="OverviewService"/> (the overview and common themes), <see cref="ConcernsByException"/> and
/// <see cref="ReportIssuing"/>. Only the Head of Improvement may do any of it, checked on every call.
/// </summary>
public sealed class CollationWorkspace(
    AppDbContext db, CollatedReports reports, ReportingPeriodService periods, SelfAssessmentReads assessments,
    OverviewService overview, ConcernsByException byException, ReportIssuing issuing)
{
    /// <summary>The period to collate by default: the latest with any submission, else the current one.</summary>
    public async Task<int?> DefaultPeriodIdAsync(CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        var latest = await assessments.States.Where(a => a.FirstSubmittedUtc != null)
            .OrderByDescending(a => a.FinancialYear).ThenByDescending(a => a.Quarter)
            .Select(a => (int?)a.PeriodId).FirstOrDefaultAsync(ct);
        return latest ?? (await periods.CurrentAsync(ct))?.Id;
    }

    public async Task<Workspace> WorkspaceAsync(int periodId, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        var period = await periods.GetAsync(periodId, ct);
        var departments = await reports.ActiveDepartmentsAsync(ct);
        var states = await assessments.States.Where(a => a.PeriodId == periodId)
            .Select(a => new { a.Id, a.DepartmentId, a.Status, a.IsDemo }).ToListAsync(ct);
        var ids = states.Select(a => a.Id).ToList();
        var counts = await db.Annotations.AsNoTracking().Where(a => ids.Contains(a.SelfAssessmentId))
            .GroupBy(a => a.SelfAssessmentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = departments.Select(d =>
        {
            var a = states.SingleOrDefault(x => x.DepartmentId == d.Id);
            return new CollationRow(d.Id, d.Name, a is null ? SelfAssessment.NotStarted : SelfAssessment.StatusName(a.Status),
                a is not null && AssessmentVisibility.IsReceived(a.Status), a is null ? 0 : counts.GetValueOrDefault(a.Id)) { IsDemo = a?.IsDemo ?? false };
        }).ToList();
        var report = await reports.LoadAsync(periodId, ct);
        var themes = report is null ? [] : await overview.ThemesAsync(periodId, ct);
        var exceptions = await byException.ExceptionsAsync(periodId, ct);
        return new Workspace(period, await periods.ListAsync(ct), rows,
            report is not null && (report.KeyIssues.Length > 0 || report.CrossCuttingIssues.Length > 0),
            report?.Themes.Count ?? 0, report is null ? (await overview.CandidatesAsync(periodId, ct)).Count : themes.Count(t => t.Accepted is null),
            exceptions.Count(e => !e.Dropped), await issuing.IssuedForAsync(periodId, ct));
    }
}
