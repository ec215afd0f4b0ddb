using HccPerformance.Core.Data;
using HccPerformance.Core.Jobs;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HccPerformance.IntegrationTests.Jobs;

/// <summary>
/// An instance that dies half-way through a job (issue 19): its lease stops being renewed, another instance takes the job
/// over when it expires and finishes it, and those the dead one had already reminded are not reminded again.
/// </summary>
public sealed class JobTakeOverTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Sends the first message, then the instance "dies": the second is never saved.</summary>
    private sealed class DyingSender(INotificationSender inner, CancellationTokenSource death) : INotificationSender
    {
        private int count;

        public void Send(string userId, string text, string? link)
        {
            if (++count == 2)
            {
                death.Cancel();
            }

            inner.Send(userId, text, link);
        }
    }

    [Fact]
    public async Task A_job_whose_instance_died_half_way_is_taken_over_when_the_lease_expires_and_nobody_hears_twice()
    {
        await JobHarness.WeekBeforeDeadlineAsync(app);
        var job = JobHarness.Job(app, DeadlineReminders.JobName);
        var lease = TimeSpan.FromSeconds(app.Services.GetRequiredService<IOptions<JobOptions>>().Value.LeaseSeconds);
        var before = await JobHarness.LastNotificationIdAsync(app);

        // The dying instance takes the lease, sends one reminder and dies in the middle of the second.
        Assert.True(await app.WithScopeAsync(s => s.GetRequiredService<JobLeases>().TryTakeAsync(job.Name, "dying-instance", job.Every, lease)));
        using var death = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var ledger = new ReminderLedger(db, new DyingSender(s.GetRequiredService<INotificationSender>(), death), app.Clock);
            return await new DeadlineReminders(db, s.GetRequiredService<OrganisationReads>(), s.GetRequiredService<PeopleDirectory>(), ledger)
                .RunAsync(app.Clock.GetUtcNow().UtcDateTime, death.Token);
        }));
        var first = Assert.Single(await JobHarness.NotificationsSinceAsync(app, before));

        // While its lease lasts nobody else runs the job; when it expires another instance takes it over and finishes it.
        var other = JobHarness.Runner(app, "surviving-instance");
        Assert.False(await other.RunIfDueAsync(job));
        app.Clock.Advance(lease);
        Assert.True(await other.RunIfDueAsync(job));

        var sent = await JobHarness.NotificationsSinceAsync(app, before);
        Assert.True(sent.Count > 1, "the instance taking over sends the reminders the dead one did not");
        Assert.Single(sent, n => n == first);
        Assert.All(sent.GroupBy(n => n), g => Assert.Single(g));
        var held = await app.WithScopeAsync(s => s.GetRequiredService<JobLeases>().FindAsync(job.Name));
        Assert.Null(held!.HolderId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, held.LastCompletedUtc);
    }
}
