using System.Globalization;
using HccPerformance.Core.Data;
using HccPerformance.Core.Jobs;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// Tells each responsible officer, once, that a report-back to CPEG falls due within the week (issue 7: "notifications ...
/// before each report-back is due"). A scheduled job (issue 19): whichever instance holds its lease runs it, and
/// <see cref="ReminderLedger"/> sends each reminder once, however many instances try.
/// </summary>
public sealed class ReportBackReminders(AppDbContext db, ReminderLedger ledger) : IScheduledJob
{
    public const string JobName = "report-back-reminders";
    public const string Kind = "report-back-due";

    /// <summary>How many days ahead of its due date a report-back is reminded.</summary>
    public const int DaysAhead = 7;

    public Task<int> RunAsync(DateTime nowUtc, CancellationToken ct) => SendAsync(DateOnly.FromDateTime(nowUtc), ct);

    /// <summary>
    /// Reminds, for the day given, every report-back of an open concern due from that day to a week after it, not yet
    /// submitted and not yet reminded, and marks each reminded with its reminder. Returns how many were sent.
    /// </summary>
    public async Task<int> SendAsync(DateOnly day, CancellationToken ct = default)
    {
        var until = day.AddDays(DaysAhead);
        var concerns = await db.AreasOfConcern
            .Where(c => (c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active)
                && c.Interventions.Any(i => i.ReportBacks.Any(r => r.SubmittedOn == null && r.ReminderSentOn == null && r.DueOn >= day && r.DueOn <= until)))
            .Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).AsSplitQuery().ToListAsync(ct);
        var sent = 0;
        foreach (var concern in concerns)
        {
            foreach (var intervention in concern.Interventions)
            {
                foreach (var reportBack in intervention.ReportBacks.Where(r => r.SubmittedOn is null && r.ReminderSentOn is null && r.DueOn >= day && r.DueOn <= until))
                {
                    reportBack.MarkReminded(day);
                    // The due date is the occasion: a report-back moved to a new date is reminded again for it.
                    var key = new ReminderKey(Kind, reportBack.Id.ToString(CultureInfo.InvariantCulture), intervention.ResponsibleUserId,
                        reportBack.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    if (await ledger.SendOnceAsync(key,
                            string.Create(CultureInfo.GetCultureInfo("en-GB"),
                                $"Your report-back to CPEG on \"{intervention.Name}\" for the concern \"{concern.Title}\" is due on {reportBack.DueOn:d MMM yyyy}."),
                            $"/concerns/{concern.Id}", ct))
                    {
                        sent++;
                    }
                    else
                    {
                        // Another instance sent it and marked it: theirs is the mark, and ours must not ride on the next save.
                        db.Entry(reportBack).State = EntityState.Unchanged;
                    }
                }
            }
        }

        return sent;
    }
}
