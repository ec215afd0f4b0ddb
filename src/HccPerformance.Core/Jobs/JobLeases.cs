using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Jobs;

/// <summary>
/// Takes, renews and gives back job leases, each with one conditional UPDATE whose WHERE clause is the rule
/// (<see cref="JobLease.Takeable"/>, <see cref="JobLease.HeldBy"/>): the database decides between instances asking at the
/// same moment, on SQL Server and SQLite alike, and the number of rows changed says who won.
/// </summary>
public sealed class JobLeases(AppDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Takes the job's lease for <paramref name="lease"/> if it is free and due; false when another holds it or it is not due.</summary>
    public async Task<bool> TryTakeAsync(string name, string holderId, TimeSpan every, TimeSpan lease, CancellationToken ct = default)
    {
        await EnsureAsync(name, ct);
        var now = Now;
        var taken = await db.Set<JobLease>().Where(l => l.Name == name).Where(JobLease.Takeable(now, now - every))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.HolderId, holderId)
                .SetProperty(l => l.ExpiresUtc, now + lease)
                .SetProperty(l => l.LastStartedUtc, now), ct);
        return taken == 1;
    }

    /// <summary>Extends the lease while the job runs; false when it is no longer this instance's (it expired, or was taken over).</summary>
    public async Task<bool> RenewAsync(string name, string holderId, TimeSpan lease, CancellationToken ct = default)
    {
        var now = Now;
        return await db.Set<JobLease>().Where(l => l.Name == name).Where(JobLease.HeldBy(holderId, now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, now + lease), ct) == 1;
    }

    /// <summary>
    /// The job finished: it is not due again until its interval has passed, and the lease is free. Only while still this
    /// instance's: a holder that lost its lease (and was taken over) records nothing.
    /// </summary>
    public async Task<bool> CompleteAsync(string name, string holderId, CancellationToken ct = default)
    {
        var now = Now;
        return await db.Set<JobLease>().Where(l => l.Name == name).Where(JobLease.HeldBy(holderId, now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.HolderId, (string?)null)
                .SetProperty(l => l.ExpiresUtc, now)
                .SetProperty(l => l.LastCompletedUtc, now), ct) == 1;
    }

    /// <summary>The job failed: free the lease, but let nobody try again until <paramref name="retryAfter"/> has passed.</summary>
    public async Task FailAsync(string name, string holderId, string failure, TimeSpan retryAfter, CancellationToken ct = default)
    {
        var now = Now;
        var reason = failure.Length <= JobLimits.Failure ? failure : failure[..JobLimits.Failure];
        await db.Set<JobLease>().Where(l => l.Name == name && l.HolderId == holderId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.HolderId, (string?)null)
                .SetProperty(l => l.ExpiresUtc, now + retryAfter)
                .SetProperty(l => l.LastFailedUtc, now)
                .SetProperty(l => l.LastFailure, reason), ct);
    }

    /// <summary>The lease as it stands, for tests and the log.</summary>
    public Task<JobLease?> FindAsync(string name, CancellationToken ct = default) =>
        db.Set<JobLease>().AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, ct);

    /// <summary>The first time a job is asked for, its row is made; two instances making it at once meet the key, and one row stays.</summary>
    private async Task EnsureAsync(string name, CancellationToken ct)
    {
        if (await db.Set<JobLease>().AnyAsync(l => l.Name == name, ct))
        {
            return;
        }

        var row = db.Set<JobLease>().Add(new JobLease(name));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (!await db.Set<JobLease>().AnyAsync(l => l.Name == name, ct))
            {
                throw;
            }

            // Another instance made it first: theirs is the one row, and the race for the lease itself is the UPDATE's.
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }
}
