using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Reports;

/// <summary>
/// What the collation services share: the Head of Improvement check, the active departments, and loading, changing and
/// saving a period's <see cref="CollatedReport"/> (one concurrency token for all of it). Public only so the container can
/// build it; its members are for the collation services.
/// </summary>
public sealed class CollatedReports(AppDbContext db, ICurrentUser user, TimeProvider clock, ReportingPeriodService periods, OrganisationReads organisation)
{
    internal DateTime Now => clock.GetUtcNow().UtcDateTime;

    internal async Task<List<(int Id, string Name)>> ActiveDepartmentsAsync(CancellationToken ct) =>
        [.. (await organisation.ActiveDepartments.OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct))
            .Select(d => (d.Id, d.Name))];

    internal Task<CollatedReport?> LoadAsync(int periodId, CancellationToken ct) =>
        db.CollatedReports.AsNoTracking().Include(r => r.Themes).Include(r => r.Challenges).Include(r => r.ThemeDecisions).Include(r => r.ExceptionDecisions)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.ReportingPeriodId == periodId, ct);

    internal async Task<CollatedReport> ReportForChangeAsync(int periodId, Guid? version, CancellationToken ct)
    {
        await periods.GetAsync(periodId, ct);
        var report = await db.CollatedReports.Include(r => r.Themes).Include(r => r.Challenges).Include(r => r.ThemeDecisions).Include(r => r.ExceptionDecisions)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.ReportingPeriodId == periodId, ct);
        if (report is null)
        {
            report = new CollatedReport(periodId);
            db.CollatedReports.Add(report);
            return report;
        }

        // A form read before there was a report carries an empty version: someone has started one since, so it conflicts.
        if (version is { } v)
        {
            db.ExpectVersion(report, v);
        }

        // Its parts are rows of their own: mark the report changed so its version moves with them.
        db.Entry(report).State = EntityState.Modified;
        return report;
    }

    internal async Task ChangeReportAsync(int periodId, Action<CollatedReport> change, CancellationToken ct)
    {
        RequireHeadOfImprovement();
        var report = await ReportForChangeAsync(periodId, null, ct);
        change(report);
        await SaveReportAsync(report, ct);
    }

    internal Task SaveReportAsync(CollatedReport report, CancellationToken ct) =>
        db.SaveOrConflictAsync(async () =>
        {
            var theirs = await LoadAsync(report.ReportingPeriodId, ct);
            return new ConcurrencyConflictException(
                $"{theirs?.ModifiedBy ?? theirs?.CreatedBy ?? "Someone"} changed the overview while you were working on it. Their version is shown below; your text is still in the form. Save again to replace theirs.",
                theirs?.Version ?? Guid.Empty,
                new Dictionary<string, string?>
                {
                    ["Key issues"] = theirs?.KeyIssues,
                    ["Cross-cutting issues"] = theirs?.CrossCuttingIssues,
                    ["Common themes"] = theirs is null ? null : string.Join("\n", theirs.Themes.OrderBy(t => t.Position).Select(t => t.Title)),
                });
        }, ct);

    internal void RequireHeadOfImprovement()
    {
        if (!user.IsInRole(Roles.HeadOfImprovement))
        {
            throw new ForbiddenException("Only the Head of Improvement collates the self-assessments and issues the corporate performance report.");
        }
    }
}
