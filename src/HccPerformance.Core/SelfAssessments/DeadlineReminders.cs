using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Jobs;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>
/// Before each open period's deadline, a week and a day before (issue 19), reminds whoever holds a self-assessment not yet
/// sent: the department's Chief Officer while it is not started, a draft or returned; its Executive Member while it waits
/// for their confirmation. Each person once per occasion (<see cref="ReminderLedger"/>), whichever instance runs it.
/// </summary>
public sealed class DeadlineReminders(AppDbContext db, OrganisationReads organisation, PeopleDirectory directory, ReminderLedger ledger) : IScheduledJob
{
    public const string JobName = "self-assessment-deadline-reminders";
    public const string Kind = "self-assessment-deadline";
    public const string WeekBefore = "week";
    public const string DayBefore = "day";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Which reminder is due on <paramref name="today"/>: the week's from seven days before the deadline, the day's from the
    /// day before (and on the day itself, should the site have been down the day before); none earlier or after it.
    /// </summary>
    public static string? OccasionOn(DateOnly deadline, DateOnly today) => (deadline.DayNumber - today.DayNumber) switch
    {
        < 0 => null,
        <= 1 => DayBefore,
        <= 7 => WeekBefore,
        _ => null,
    };

    /// <summary>Who must act next on an assessment in this state, or null when it has been sent.</summary>
    public static string? HolderRole(AssessmentStatus? status) => status switch
    {
        null or AssessmentStatus.Draft or AssessmentStatus.Returned => Roles.ChiefOfficer,
        AssessmentStatus.WithExecutiveMember => Roles.ExecutiveMember,
        _ => null,
    };

    public Task<int> RunAsync(DateTime nowUtc, CancellationToken ct) => SendAsync(DateOnly.FromDateTime(nowUtc), ct);

    public async Task<int> SendAsync(DateOnly today, CancellationToken ct = default)
    {
        var periods = await organisation.ReportingPeriods.Where(p => p.IsOpen && p.Deadline >= today && p.Deadline <= today.AddDays(7)).ToListAsync(ct);
        var sent = 0;
        foreach (var period in periods)
        {
            if (OccasionOn(period.Deadline, today) is not { } occasion)
            {
                continue;
            }

            var departments = await organisation.ActiveDepartments.OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
            var statuses = await db.SelfAssessments.AsNoTracking().Where(a => a.ReportingPeriodId == period.Id)
                .ToDictionaryAsync(a => a.DepartmentId, a => a.Status, ct);
            foreach (var department in departments)
            {
                var status = statuses.TryGetValue(department.Id, out var s) ? s : (AssessmentStatus?)null;
                if (HolderRole(status) is not { } role)
                {
                    continue;
                }

                var people = await directory.InRoles(role).Where(p => p.DepartmentId == department.Id).Select(p => p.Id).Distinct().ToListAsync(ct);
                var text = Text(role, department.Name, period.Name, period.Deadline, today);
                foreach (var person in people)
                {
                    var key = new ReminderKey(Kind, string.Create(CultureInfo.InvariantCulture, $"{department.Id}/{period.Id}"), person, occasion);
                    if (await ledger.SendOnceAsync(key, text, SelfAssessmentService.LinkTo(department.Id, period.Id), ct))
                    {
                        sent++;
                    }
                }
            }
        }

        return sent;
    }

    public static string Text(string role, string department, string period, DateOnly deadline, DateOnly today)
    {
        var days = deadline.DayNumber - today.DayNumber;
        var when = days switch { 0 => "today", 1 => "tomorrow", _ => $"in {days} days" };
        return role == Roles.ExecutiveMember
            ? string.Create(EnGb, $"The {department} self-assessment for {period} is with you to confirm: it is due on {deadline:d MMM yyyy}, {when}.")
            : string.Create(EnGb, $"The {department} self-assessment for {period} has not been sent: it is due on {deadline:d MMM yyyy}, {when}.");
    }
}
