using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Jobs;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// CPEG's twice-yearly report to CMT (Appendix One), reminded when it falls due (a month before its six-monthly date) and
/// again when it is overdue, to the Head of Improvement, who writes it up, and CPEG's chair, the Chief Executive (fn 6).
/// When it is due is <see cref="CpegReportSchedule"/>'s rule, the one the report pages show.
/// </summary>
public sealed class CpegReportReminders(AppDbContext db, PeopleDirectory directory, ReminderLedger ledger) : IScheduledJob
{
    public const string JobName = "cpeg-report-reminders";
    public const string Kind = "cpeg-report-due";
    public const string Link = "/cpeg/reports/issue";

    public Task<int> RunAsync(DateTime nowUtc, CancellationToken ct) => SendAsync(DateOnly.FromDateTime(nowUtc), ct);

    public async Task<int> SendAsync(DateOnly today, CancellationToken ct = default)
    {
        var last = await db.IssuedCpegReports.AsNoTracking().MaxAsync(r => (DateTime?)r.IssuedUtc, ct);
        var due = CpegReportSchedule.Due(last is { } l ? DateOnly.FromDateTime(l) : null, today);
        if (Occasion(due) is not { } occasion)
        {
            return 0;
        }

        var people = await directory.InRoles(Roles.HeadOfImprovement, Roles.ChiefExecutive).Select(p => p.Id).Distinct().ToListAsync(ct);
        var sent = 0;
        foreach (var person in people)
        {
            // The subject is the report the last one calls for (its due date); each is reminded once due and once overdue.
            var subject = due.DueOn is { } on ? on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "first";
            if (await ledger.SendOnceAsync(new ReminderKey(Kind, subject, person, occasion), Text(due), Link, ct))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>"due" or "overdue", or null while it is not due.</summary>
    public static string? Occasion(CpegReportDue due) => due.State switch
    {
        CpegReportDueState.Due => "due",
        CpegReportDueState.Overdue => "overdue",
        _ => null,
    };

    public static string Text(CpegReportDue due) => (due.State, due.DueOn) switch
    {
        (CpegReportDueState.Overdue, null) => "CPEG has not yet issued its twice-yearly report to CMT: it is overdue.",
        (CpegReportDueState.Overdue, { } on) => string.Create(CultureInfo.GetCultureInfo("en-GB"),
            $"CPEG's twice-yearly report to CMT is overdue: it was due on {on:d MMM yyyy}."),
        (_, { } on) => string.Create(CultureInfo.GetCultureInfo("en-GB"), $"CPEG's twice-yearly report to CMT is due on {on:d MMM yyyy}."),
        _ => "CPEG's twice-yearly report to CMT is due.",
    };
}
