using System.Text.Json;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Documents.Reports;
using HccPerformance.Documents.Word;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HccPerformance.Core.Reports;

/// <summary>
/// Issued versions of the corporate performance report, for whoever may read them at the stage each has reached
/// (<see cref="ReportAudience"/>: a version someone may not read yet is not listed and is "not found" for them, page and PDF;
/// nobody sees a draft here), and the PDF of a single self-assessment for whoever may see it.
/// </summary>
public sealed class ReportReader(
    AppDbContext db, SelfAssessmentService assessments, IOptions<CouncilOptions> council, TimeProvider clock, ICurrentUser user, Site.DemoFlag demo)
{
    public Task<List<IssuedSummary>> ListAsync(CancellationToken ct = default) =>
        Summaries(db, user.IsInRole).ToListAsync(ct);

    /// <summary>The latest issued version this person may read, for the dashboard and the members' home page.</summary>
    public static Task<IssuedSummary?> LatestAsync(AppDbContext db, Func<string, bool> isInRole, CancellationToken ct = default) =>
        Summaries(db, isInRole).FirstOrDefaultAsync(ct);

    private static IQueryable<IssuedSummary> Summaries(AppDbContext db, Func<string, bool> isInRole) =>
        db.IssuedReports.AsNoTracking().Where(ReportAudience.Readable(isInRole))
            .OrderByDescending(r => r.IssuedUtc).ThenByDescending(r => r.VersionNumber)
            .Select(r => new IssuedSummary(r.Id, r.PeriodName, r.VersionNumber, r.IssuedUtc, r.IssuedBy, r.DepartmentsNotReceived, r.Considerations.Count) { IsDemo = r.IsDemo });

    /// <summary>
    /// An issued version as it was issued: its content read back from the stored JSON. Not found for someone who may not
    /// read it yet (other features rely on exactly that before showing anything about a version).
    /// </summary>
    public async Task<(IssuedSummary Summary, CorporateReportContent Content)> GetAsync(int id, CancellationToken ct = default)
    {
        var report = await db.IssuedReports.AsNoTracking().Where(r => r.Id == id).Where(ReportAudience.Readable(user.IsInRole))
            .Select(r => new
            {
                Summary = new IssuedSummary(r.Id, r.PeriodName, r.VersionNumber, r.IssuedUtc, r.IssuedBy, r.DepartmentsNotReceived, r.Considerations.Count) { IsDemo = r.IsDemo },
                r.ContentJson,
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The report");
        return (report.Summary, JsonSerializer.Deserialize<CorporateReportContent>(report.ContentJson)
            ?? throw new InvalidOperationException($"Issued report {id} has no content."));
    }

    /// <summary>The PDF exactly as drawn when the version was issued, for someone who may read it.</summary>
    public async Task<ReportFile> PdfAsync(int id, CancellationToken ct = default)
    {
        var report = await db.IssuedReports.AsNoTracking().Where(r => r.Id == id).Where(ReportAudience.Readable(user.IsInRole))
            .Select(r => new { r.Pdf, r.PeriodName, r.VersionNumber }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The report");
        return new ReportFile(report.Pdf, FileName($"corporate-performance-report {report.PeriodName} v{report.VersionNumber}"));
    }

    /// <summary>
    /// The Word version of an issued version (issue 20), drawn from the same frozen content as its PDF, for the same
    /// readers: <see cref="GetAsync"/> applies the PDF's rule (<see cref="ReportAudience"/>), so it is not found for anyone else.
    /// </summary>
    public async Task<ReportFile> WordAsync(int id, CancellationToken ct = default)
    {
        var (summary, content) = await GetAsync(id, ct);
        return new ReportFile(CorporateReportWord.Render(content), FileName($"corporate-performance-report {summary.PeriodName} v{summary.VersionNumber}", ".docx"),
            WordReport.ContentType);
    }

    /// <summary>A department's self-assessment on one page, for the people who may read it (the same rule as its page).</summary>
    public async Task<ReportFile> SelfAssessmentPdfAsync(int departmentId, int periodId, CancellationToken ct = default)
    {
        var view = await assessments.GetAsync(departmentId, periodId, ct);
        if (view.Status is not { } status)
        {
            throw new NotFoundException("The self-assessment");
        }

        var content = view.Content;
        static IReadOnlyList<AnnotatedItem> Items(IEnumerable<string> items) => [.. items.Select(i => new AnnotatedItem(i, []))];
        var section = new DepartmentSection(view.DepartmentName, true, SelfAssessment.StatusName(status), null, content.OverallStatement,
            Items(content.Strengths), Items(content.AreasForImprovement), Items(content.Risks), Items(content.Actions), content.TradeOffs,
            view.ExecutiveMemberComment, [], []) { IsDemo = view.IsDemo };
        var bytes = SelfAssessmentPdf.Render(council.Value.Name, view.Period.Name, section, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            await demo.IsOnAsync(ct));
        return new ReportFile(bytes, FileName($"self-assessment {view.DepartmentName} {view.Period.Name}"));
    }

    /// <summary>A plain file name: letters, digits and hyphens ("corporate-performance-report-quarter-2-2026-27-v1.pdf").</summary>
    public static string FileName(string words, string extension = ".pdf")
    {
        var chars = words.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var name = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return name + extension;
    }
}
