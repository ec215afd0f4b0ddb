using System.Globalization;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// Tells each responsible officer, once, that a report-back to CPEG falls due within the week (issue 7: "notifications ...
/// before each report-back is due"), through the same sender as the self-assessment reminders (the email seam too).
/// </summary>
public sealed class ReportBackReminders(AppDbContext db, INotificationSender notifications)
{
    /// <summary>How many days ahead of its due date a report-back is reminded.</summary>
    public const int DaysAhead = 7;

    /// <summary>
    /// Reminds, for the day given, every report-back of an open concern due from that day to a week after it, not yet
    /// submitted and not yet reminded, and marks each reminded in the same save. Returns how many were sent.
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
                    notifications.Send(intervention.ResponsibleUserId,
                        string.Create(CultureInfo.GetCultureInfo("en-GB"),
                            $"Your report-back to CPEG on \"{intervention.Name}\" for the concern \"{concern.Title}\" is due on {reportBack.DueOn:d MMM yyyy}."),
                        $"/concerns/{concern.Id}");
                    reportBack.MarkReminded(day);
                    sent++;
                }
            }
        }

        if (sent > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return sent;
    }
}
