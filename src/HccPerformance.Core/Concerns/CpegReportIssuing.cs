using System.Text.Json;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// CPEG's report to CMT as an issued, frozen, numbered document (Appendix One: "twice a year, or by exception"): issued by
/// CPEG (or the Head of Improvement, who writes it up) for a period, its content frozen as JSON then; CMT considers it at a
/// CMT meeting. The live page (<see cref="CpegReportService"/>) stays as CPEG's preview while drafting.
/// </summary>
public sealed class CpegReportIssuing(
    AppDbContext db, ICurrentUser user, TimeProvider clock, CpegReportService live, INotificationSender notifications, PeopleDirectory directory)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>CPEG's members and its chair, and the Head of Improvement, who writes it up.</summary>
    public bool CanIssue => Bodies.SitsOn(user.IsInRole, Body.Cpeg) || user.IsInRole(Roles.HeadOfImprovement);

    public static string Name(int number) => $"CPEG's report to CMT no. {number}";

    /// <summary>Whether the next one is due, from the last one issued.</summary>
    public async Task<CpegReportDue> DueAsync(CancellationToken ct = default)
    {
        RequireReader();
        var last = await db.IssuedCpegReports.AsNoTracking().MaxAsync(r => (DateTime?)r.IssuedUtc, ct);
        return CpegReportSchedule.Due(last is { } l ? DateOnly.FromDateTime(l) : null, Today);
    }

    public async Task<List<IssuedCpegSummary>> ListAsync(CancellationToken ct = default)
    {
        RequireReader();
        return await db.IssuedCpegReports.AsNoTracking().OrderByDescending(r => r.Number)
            .Select(r => new IssuedCpegSummary(r.Id, r.Number, r.From, r.To, r.IssuedUtc, r.IssuedBy, r.ExceptionReason, r.Considerations.Count, r.IsDemo))
            .ToListAsync(ct);
    }

    /// <summary>Issues the next number for the period, frozen now; outside the twice-yearly rhythm only with a reason.</summary>
    public Task<int> IssueAsync(CpegReportIssueInput input, CancellationToken ct = default)
    {
        RequireIssuer();
        return IssueAsync(input, user.DisplayName, notify: true, issuedUtc: null, ct);
    }

    /// <summary>Issuing itself; the demo seeder issues its example through here, telling nobody.</summary>
    internal async Task<int> IssueAsync(CpegReportIssueInput input, string issuedBy, bool notify, DateTime? issuedUtc, CancellationToken ct)
    {
        var at = issuedUtc ?? Now;
        var last = await db.IssuedCpegReports.AsNoTracking().MaxAsync(r => (DateTime?)r.IssuedUtc, ct);
        var due = CpegReportSchedule.Due(last is { } l ? DateOnly.FromDateTime(l) : null, DateOnly.FromDateTime(at));
        var reason = string.IsNullOrWhiteSpace(input.ExceptionReason) ? null : input.ExceptionReason.Trim();
        if (due.State == CpegReportDueState.NotDue && reason is null)
        {
            throw new DomainException(
                $"The next report is not due until {CpegReportService.Date(due.DueOn!.Value)}: issuing one now is \"by exception\". Say why it cannot wait.",
                nameof(CpegReportIssueInput.ExceptionReason));
        }

        var content = await live.BuildAsync(input.From, input.To, ct) with { MadeOn = DateOnly.FromDateTime(at) };
        var number = (await db.IssuedCpegReports.MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var issued = new IssuedCpegReport(number, content.From, content.To, at, issuedBy, JsonSerializer.Serialize(content),
            due.State == CpegReportDueState.NotDue ? reason : null);
        db.IssuedCpegReports.Add(issued);
        if (notify)
        {
            var people = await directory.InRoles([.. Bodies.RolesOf(Body.Cmt), .. Bodies.RolesOf(Body.Cpeg)]).Select(p => p.Id).Distinct().ToListAsync(ct);
            foreach (var person in people.Where(p => p != user.UserId))
            {
                // The link is filled in once the number has its page: the list shows the newest first.
                notifications.Send(person, $"{Name(number)} was issued ({CpegReportService.Date(content.From)} to {CpegReportService.Date(content.To)}). It waits for CMT's consideration.", "/cpeg/reports");
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique number: someone issued one a moment ago.
            throw new DomainException($"{Name(number)} was issued a moment ago by someone else. Look at it before issuing another.");
        }

        return issued.Id;
    }

    /// <summary>An issued report as it was issued, with its journey.</summary>
    public async Task<IssuedCpegReportView> GetAsync(int id, CancellationToken ct = default)
    {
        var report = await LoadAsync(id, ct);
        var content = JsonSerializer.Deserialize<CpegReport>(report.ContentJson) ?? throw new InvalidOperationException($"Issued CPEG report {id} has no content.");
        return new IssuedCpegReportView(Summary(report), content, new JourneyView(Name(report.Number), report.IssuedUtc, report.IssuedBy, IssuedCpegReport.Steps,
            [.. report.Considerations.Select(c => new JourneyStepView(c.Body, c.MetOn, c.Decisions, c.Notes, c.RecordedBy, c.RecordedUtc))],
            report.WaitingFor is { } next && Journey.MayRecord(user.IsInRole, next)));
    }

    /// <summary>Who is asking, before anything typed: CMT's members, or the Head of Improvement on CMT's behalf.</summary>
    public async Task AuthoriseAsync(int id, Body? body, CancellationToken ct = default)
    {
        await LoadAsync(id, ct);
        var allowed = body is { } b ? IssuedCpegReport.Steps.Contains(b) && Journey.MayRecord(user.IsInRole, b) : Journey.MayRecordAny(user.IsInRole, IssuedCpegReport.Steps);
        if (!allowed)
        {
            throw new ForbiddenException("CMT's consideration of CPEG's report is recorded by a member of CMT, or by the Head of Improvement on its behalf.");
        }
    }

    /// <summary>Records CMT's consideration, once, and tells CPEG.</summary>
    public async Task RecordAsync(int id, ConsiderationInput input, CancellationToken ct = default)
    {
        await AuthoriseAsync(id, input.Body, ct);
        var report = await db.IssuedCpegReports.Include(r => r.Considerations).SingleAsync(r => r.Id == id, ct);
        report.Record(input.Body!.Value, input.MetOn!.Value, input.Decisions!, input.Notes, user.DisplayName, Now);
        var people = await directory.InRoles([.. Bodies.RolesOf(Body.Cpeg), Roles.HeadOfImprovement]).Select(p => p.Id).Distinct().ToListAsync(ct);
        foreach (var person in people.Where(p => p != user.UserId))
        {
            notifications.Send(person, $"CMT considered {Name(report.Number)}.", $"/cpeg/reports/{id}");
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException("CMT's consideration was recorded a moment ago by someone else. Nothing was recorded twice.");
        }
    }

    /// <summary>Issued reports waiting for CMT, for a CMT member's home page.</summary>
    public async Task<List<WaitingStep>> WaitingAsync(CancellationToken ct = default)
    {
        if (!Bodies.SitsOn(user.IsInRole, Body.Cmt))
        {
            return [];
        }

        var waiting = await db.IssuedCpegReports.AsNoTracking().Where(r => r.Considerations.Count == 0).OrderByDescending(r => r.Number)
            .Select(r => new { r.Id, r.Number, r.IssuedUtc }).ToListAsync(ct);
        return [.. waiting.Select(r => new WaitingStep(Name(r.Number), Body.Cmt, $"/cpeg/reports/{r.Id}", r.IssuedUtc))];
    }

    private async Task<IssuedCpegReport> LoadAsync(int id, CancellationToken ct)
    {
        RequireReader();
        return await db.IssuedCpegReports.AsNoTracking().Include(r => r.Considerations).SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("The report to CMT");
    }

    private static IssuedCpegSummary Summary(IssuedCpegReport r) =>
        new(r.Id, r.Number, r.From, r.To, r.IssuedUtc, r.IssuedBy, r.ExceptionReason, r.Considerations.Count, r.IsDemo);

    private void RequireReader()
    {
        if (!live.CanRead)
        {
            throw new ForbiddenException("CPEG's report to CMT is for CPEG, the Chief Executive, the Head of Improvement and CMT.");
        }
    }

    private void RequireIssuer()
    {
        if (!CanIssue)
        {
            throw new ForbiddenException("CPEG's report to CMT is issued by CPEG (its members or its chair) or by the Head of Improvement.");
        }
    }
}
