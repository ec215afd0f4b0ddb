using HccPerformance.Core.Data;
using HccPerformance.Core.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace HccPerformance.UnitTests.Jobs;

/// <summary>
/// The lease rules (issue 19), on the fake clock, through the real conditional UPDATEs on an in-memory SQLite database: taken
/// by one instance at a time, renewed while the job runs, free when it expires, taken over then, and the old holder can
/// neither renew nor complete what another now holds.
/// </summary>
public sealed class JobLeaseTests : IDisposable
{
    private const string Job = "reminders";
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));

    public JobLeaseTests()
    {
        connection.Open();
        using var db = Context();
        db.Database.EnsureCreated();
    }

    private SqliteAppDbContext Context() => new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options);

    // A context of its own for each call, as each instance of the site has its own.
    private async Task<T> WithLeasesAsync<T>(Func<JobLeases, Task<T>> act)
    {
        await using var db = Context();
        return await act(new JobLeases(db, clock));
    }

    private Task<bool> TakeAsync(string instance) => WithLeasesAsync(l => l.TryTakeAsync(Job, instance, Every, Lease));

    private Task<bool> RenewAsync(string instance) => WithLeasesAsync(l => l.RenewAsync(Job, instance, Lease));

    private Task<bool> CompleteAsync(string instance) => WithLeasesAsync(l => l.CompleteAsync(Job, instance));

    private Task<JobLease?> FindAsync() => WithLeasesAsync(l => l.FindAsync(Job));

    [Fact]
    public async Task A_free_job_is_taken_by_one_instance_and_refused_to_another_while_the_lease_lasts()
    {
        Assert.True(await TakeAsync("A"));
        Assert.False(await TakeAsync("B"));
        Assert.False(await TakeAsync("A"));

        clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.False(await TakeAsync("B"));
        var lease = await FindAsync();
        Assert.Equal("A", lease!.HolderId);
        Assert.Equal(clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1), lease.ExpiresUtc);
    }

    [Fact]
    public async Task Renewing_keeps_the_job_past_its_first_expiry()
    {
        Assert.True(await TakeAsync("A"));
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(await RenewAsync("A"));
        clock.Advance(TimeSpan.FromSeconds(100));

        // Two minutes and twenty seconds after it was taken, still A's: renewed at forty seconds, it lasts to two minutes forty.
        Assert.False(await TakeAsync("B"));
        Assert.False(await RenewAsync("B"));
        Assert.True(await CompleteAsync("A"));
    }

    [Fact]
    public async Task An_instance_that_stops_renewing_loses_the_job_when_the_lease_expires_and_another_takes_it_over()
    {
        Assert.True(await TakeAsync("A"));
        clock.Advance(Lease);

        Assert.True(await TakeAsync("B"));
        var lease = await FindAsync();
        Assert.Equal("B", lease!.HolderId);

        // A wakes up: its renewal and its completion both fail, so it stops and records nothing over B's run.
        Assert.False(await RenewAsync("A"));
        Assert.False(await CompleteAsync("A"));
        Assert.Null((await FindAsync())!.LastCompletedUtc);
        Assert.True(await CompleteAsync("B"));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, (await FindAsync())!.LastCompletedUtc);
    }

    [Fact]
    public async Task A_completed_job_is_not_due_again_until_its_interval_has_passed_whoever_asks()
    {
        Assert.True(await TakeAsync("A"));
        Assert.True(await CompleteAsync("A"));
        Assert.Null((await FindAsync())!.HolderId);

        clock.Advance(Every - TimeSpan.FromSeconds(1));
        Assert.False(await TakeAsync("B"));
        Assert.False(await TakeAsync("A"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await TakeAsync("B"));
    }

    [Fact]
    public async Task A_failed_job_is_released_but_nobody_tries_it_again_before_the_wait()
    {
        Assert.True(await TakeAsync("A"));
        await WithLeasesAsync(async l =>
        {
            await l.FailAsync(Job, "A", "SqliteException: database is locked", TimeSpan.FromMinutes(5));
            return true;
        });
        var lease = await FindAsync();
        Assert.Null(lease!.HolderId);
        Assert.Equal("SqliteException: database is locked", lease.LastFailure);

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await TakeAsync("B"));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await TakeAsync("B"));
    }

    [Fact]
    public async Task The_rule_in_memory_agrees_with_the_update()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Assert.True(new JobLease(Job).IsTakeable(now, Every));

        Assert.True(await TakeAsync("A"));
        var held = (await FindAsync())!;
        Assert.False(held.IsTakeable(now, Every));
        Assert.True(held.IsHeldBy("A", now));
        Assert.False(held.IsHeldBy("B", now));
        Assert.False(held.IsHeldBy("A", now + Lease));
        Assert.True(held.IsTakeable(now + Lease, Every));
    }

    public void Dispose() => connection.Dispose();
}
