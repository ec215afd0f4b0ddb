using HccPerformance.Core.Concerns;
using HccPerformance.Core.Jobs;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Jobs;

/// <summary>
/// Two instances of the site on one database (a real SQLite file), their runners started at the same moment (issue 19):
/// each job runs on one of them, each reminder reaches its person once, and neither runs a job again before it is due.
/// </summary>
public sealed class JobRaceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Two_instances_started_together_run_each_job_once_and_send_each_reminder_once()
    {
        await JobHarness.WeekBeforeDeadlineAsync(app);
        var before = await JobHarness.LastNotificationIdAsync(app);
        var a = JobHarness.Runner(app, "instance-a");
        var b = JobHarness.Runner(app, "instance-b");

        var ran = await Task.WhenAll(Task.Run(() => a.RunDueAsync()), Task.Run(() => b.RunDueAsync()));

        // Every job ran, each on exactly one instance.
        var names = app.Services.GetServices<ScheduledJob>().Select(j => j.Name).Order().ToList();
        Assert.Contains(DeadlineReminders.JobName, names);
        Assert.Equal(names, ran[0].Concat(ran[1]).Order().ToList());
        Assert.Empty(ran[0].Intersect(ran[1]));

        // Each person told each thing once, and every message has its ledger row.
        var sent = await JobHarness.NotificationsSinceAsync(app, before);
        Assert.Contains(sent, n => n.Text.Contains("self-assessment", StringComparison.Ordinal));
        Assert.All(sent.GroupBy(n => n), g => Assert.Single(g));
        var ledger = (await JobHarness.RemindersAsync(app, DeadlineReminders.Kind)).Count + (await JobHarness.RemindersAsync(app, ReportBackReminders.Kind)).Count
            + (await JobHarness.RemindersAsync(app, CpegReportReminders.Kind)).Count + (await JobHarness.RemindersAsync(app, Core.Questions.UnansweredQuestionReminders.Kind)).Count;
        Assert.Equal(sent.Count, ledger);

        // Both look again at once: nothing is due yet. After the interval both run it again and nobody hears twice.
        Assert.Empty((await Task.WhenAll(a.RunDueAsync(), b.RunDueAsync())).SelectMany(r => r));
        app.Clock.Advance(JobHarness.Job(app, DeadlineReminders.JobName).Every);
        var again = await Task.WhenAll(Task.Run(() => b.RunDueAsync()), Task.Run(() => a.RunDueAsync()));
        Assert.Equal(names, again[0].Concat(again[1]).Order().ToList());
        Assert.Equal(sent.Count, (await JobHarness.NotificationsSinceAsync(app, before)).Count);
    }

    [Fact]
    public async Task The_same_reminders_sent_by_two_instances_at_the_same_moment_reach_each_person_once()
    {
        // No lease here: as when an instance hung past its lease and woke while another ran the job. The ledger's key holds.
        var period = await JobHarness.NextDeadlineAsync(app);
        var day = period.Deadline.AddDays(-1);
        var before = await JobHarness.LastNotificationIdAsync(app);

        var counts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
            app.WithScopeAsync(s => s.GetRequiredService<DeadlineReminders>().SendAsync(day)))));

        var sent = (await JobHarness.NotificationsSinceAsync(app, before)).Where(n => n.Text.Contains(", tomorrow.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent.GroupBy(n => n), g => Assert.Single(g));
        Assert.Equal(sent.Count, counts.Sum());
        Assert.Equal(sent.Count, (await JobHarness.RemindersAsync(app, DeadlineReminders.Kind)).Count(r => r.Occasion == DeadlineReminders.DayBefore));
    }
}
