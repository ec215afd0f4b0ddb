using HccPerformance.Core.Data;
using HccPerformance.Core.Jobs;
using HccPerformance.Core.Organisation;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HccPerformance.IntegrationTests.Jobs;

/// <summary>
/// Runners as separate instances of the site would have them: the same database and clock, each with its own name in the
/// leases (the site's own runner is off in tests, <c>Jobs:Run</c> false).
/// </summary>
internal static class JobHarness
{
    public static JobRunner Runner(AppFactory app, string instance) => new(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock,
        new JobInstance(instance), app.Services.GetRequiredService<IOptions<JobOptions>>(), app.Services.GetServices<ScheduledJob>(),
        NullLogger<JobRunner>.Instance);

    public static ScheduledJob Job(AppFactory app, string name) => app.Services.GetServices<ScheduledJob>().Single(j => j.Name == name);

    /// <summary>
    /// The open period with the last deadline: the quarter we are in, which the demo keeps open with its deadline more than a
    /// week ahead (the end of the month after the quarter), so its reminders are all still to come on the real day.
    /// </summary>
    public static Task<ReportingPeriod> NextDeadlineAsync(AppFactory app) => app.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().ReportingPeriods.AsNoTracking()
            .Where(p => p.IsOpen).OrderByDescending(p => p.Deadline).FirstAsync());

    /// <summary>Moves the clock to 9 in the morning a week before the deadline, when its first reminder goes.</summary>
    public static async Task<ReportingPeriod> WeekBeforeDeadlineAsync(AppFactory app)
    {
        var period = await NextDeadlineAsync(app);
        app.Clock.SetUtcNow(new DateTimeOffset(period.Deadline.AddDays(-7).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        return period;
    }

    public static Task<long> LastNotificationIdAsync(AppFactory app) => app.WithScopeAsync(async s =>
        await s.GetRequiredService<AppDbContext>().Notifications.MaxAsync(n => (long?)n.Id) ?? 0);

    public sealed record Sent(string UserId, string Text, string? Link);

    public static Task<List<Sent>> NotificationsSinceAsync(AppFactory app, long id) => app.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Notifications.AsNoTracking().Where(n => n.Id > id).OrderBy(n => n.Id)
            .Select(n => new Sent(n.UserId, n.Text, n.Link)).ToListAsync());

    public static Task<List<ReminderSent>> RemindersAsync(AppFactory app, string kind) => app.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Set<ReminderSent>().AsNoTracking().Where(r => r.Kind == kind).ToListAsync());

    public static Task<string> UserIdAsync(AppFactory app, string userName) => app.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
}
