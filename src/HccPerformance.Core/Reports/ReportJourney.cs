using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Reports;

/// <summary>
/// An issued corporate performance report's journey (seed 3.4, 4.20, Appendix One): CMT considers it as the clearing house,
/// then the Performance Executive Member, then Cabinet. Each step is appended; those it then reaches are told, and CPEG is
/// told of every step.
/// </summary>
public sealed class ReportJourney(AppDbContext db, ICurrentUser user, TimeProvider clock, INotificationSender notifications, PeopleDirectory directory)
{
    /// <summary>The journey for the report's page; not found for someone who may not read the version yet.</summary>
    public async Task<JourneyView> JourneyAsync(int id, CancellationToken ct = default)
    {
        var report = await ReadableAsync(id, ct);
        return View(report);
    }

    /// <summary>
    /// Who is asking, before anything typed is looked at: the version must be one they read (else not found), and they
    /// must sit on the body whose step it is, or be the Head of Improvement recording CMT's or Cabinet's (else forbidden).
    /// </summary>
    public async Task AuthoriseAsync(int id, Body? body, CancellationToken ct = default)
    {
        await ReadableAsync(id, ct);
        var allowed = body is { } b ? IssuedReport.Steps.Contains(b) && Journey.MayRecord(user.IsInRole, b) : Journey.MayRecordAny(user.IsInRole, IssuedReport.Steps);
        if (!allowed)
        {
            throw new ForbiddenException("A step of the report's journey is recorded by a member of that body, or by the Head of Improvement for CMT and Cabinet.");
        }
    }

    /// <summary>Records a body's consideration, in order only, and tells those it now reaches.</summary>
    public async Task RecordAsync(int id, ConsiderationInput input, CancellationToken ct = default)
    {
        await AuthoriseAsync(id, input.Body, ct);
        var report = await db.IssuedReports.Include(r => r.Considerations).SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("The report");
        var body = input.Body!.Value;
        report.Record(body, input.MetOn!.Value, input.Decisions!, input.Notes, user.DisplayName, clock.GetUtcNow().UtcDateTime);

        var done = report.Considerations.Count;
        var what = $"version {report.VersionNumber} of the corporate performance report for {report.PeriodName}";
        var text = report.WaitingFor is { } next
            ? $"{Journey.Capital(Bodies.Name(body))} considered {what}. It now goes to {Bodies.Name(next)}."
            : $"Cabinet considered {what}: its journey is complete.";
        var people = await directory.InRoles(ReportAudience.ToldAt(done)).Select(p => p.Id).Distinct().ToListAsync(ct);
        foreach (var person in people.Where(p => p != user.UserId))
        {
            notifications.Send(person, text, $"/reports/{id}");
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (report, body) index: the same step recorded a moment ago by someone else.
            throw new DomainException($"{Journey.Capital(Bodies.Name(body))}'s consideration was recorded a moment ago by someone else. Nothing was recorded twice.");
        }
    }

    /// <summary>Versions waiting for a body this person sits on (their home page's list), newest first.</summary>
    public async Task<List<WaitingStep>> WaitingAsync(CancellationToken ct = default)
    {
        var bodies = Bodies.Of(user.IsInRole).Where(IssuedReport.Steps.Contains).ToList();
        if (bodies.Count == 0)
        {
            return [];
        }

        var reports = await db.IssuedReports.AsNoTracking().Where(ReportAudience.Readable(user.IsInRole))
            .Where(r => r.Considerations.Count < IssuedReport.Steps.Count)
            .OrderByDescending(r => r.IssuedUtc)
            .Select(r => new { r.Id, r.PeriodName, r.VersionNumber, r.IssuedUtc, Done = r.Considerations.Count }).ToListAsync(ct);
        return [.. reports.Select(r => (r, Next: IssuedReport.Steps[r.Done])).Where(x => bodies.Contains(x.Next))
            .Select(x => new WaitingStep($"Corporate performance report {x.r.PeriodName} version {x.r.VersionNumber}", x.Next, $"/reports/{x.r.Id}", x.r.IssuedUtc))];
    }

    private async Task<IssuedReport> ReadableAsync(int id, CancellationToken ct) =>
        await db.IssuedReports.AsNoTracking().Include(r => r.Considerations).Where(r => r.Id == id).Where(ReportAudience.Readable(user.IsInRole))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The report");

    private JourneyView View(IssuedReport report) => new(
        $"version {report.VersionNumber} of the report", report.IssuedUtc, report.IssuedBy, IssuedReport.Steps,
        [.. report.Considerations.OrderBy(c => IssuedReport.Steps.ToList().IndexOf(c.Body))
            .Select(c => new JourneyStepView(c.Body, c.MetOn, c.Decisions, c.Notes, c.RecordedBy, c.RecordedUtc))],
        report.WaitingFor is { } next && Journey.MayRecord(user.IsInRole, next));
}
