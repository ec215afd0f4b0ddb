using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HccPerformance.Core.Jobs;

/// <summary>
/// One pass over the scheduled jobs: each that is due and free is taken (its lease), run with the lease renewed every third
/// of its length, then completed; a job that throws is released with a wait before the next try; one that loses its lease
/// (the renewal finds another holder, or the database unreachable) is cancelled, since another instance may be running it.
/// The site calls it every <see cref="JobOptions.PollSeconds"/>; tests call it with their own clock and instance names.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, JobInstance instance, IOptions<JobOptions> options,
    IEnumerable<ScheduledJob> jobs, ILogger<JobRunner> logger)
{
    public string InstanceId => instance.Id;

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>Runs every job that is due and free; returns the names of those this instance ran to the end.</summary>
    public async Task<List<string>> RunDueAsync(CancellationToken ct = default)
    {
        var ran = new List<string>();
        foreach (var job in jobs)
        {
            if (await RunIfDueAsync(job, ct))
            {
                ran.Add(job.Name);
            }
        }

        return ran;
    }

    public async Task<bool> RunIfDueAsync(ScheduledJob job, CancellationToken ct = default)
    {
        if (!await WithLeasesAsync(l => l.TryTakeAsync(job.Name, instance.Id, job.Every, Lease, ct)))
        {
            return false;
        }

        using var running = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var finished = new CancellationTokenSource();
        var renewing = RenewWhileRunningAsync(job.Name, running, finished.Token);
        try
        {
            int done;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var work = (IScheduledJob)scope.ServiceProvider.GetRequiredService(job.Type);
                done = await work.RunAsync(clock.GetUtcNow().UtcDateTime, running.Token);
            }

            await finished.CancelAsync();
            await renewing;
            if (!await WithLeasesAsync(l => l.CompleteAsync(job.Name, instance.Id, CancellationToken.None)))
            {
                logger.LogWarning("Job {Job} finished on {Instance} after its lease had passed to another instance", job.Name, instance.Id);
                return false;
            }

            logger.LogInformation("Job {Job} ran on {Instance}: {Count} done", job.Name, instance.Id, done);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested || running.IsCancellationRequested)
        {
            await finished.CancelAsync();
            await renewing;
            logger.LogWarning("Job {Job} on {Instance} stopped before the end: the site is stopping or the lease was lost", job.Name, instance.Id);
            return false;
        }
#pragma warning disable CA1031 // Any failure is logged and tried again later: a job must never take the site down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await finished.CancelAsync();
            await renewing;
            logger.LogError(ex, "Job {Job} failed on {Instance}; it will be tried again", job.Name, instance.Id);
            await WithLeasesAsync(async l =>
            {
                await l.FailAsync(job.Name, instance.Id, $"{ex.GetType().Name}: {ex.Message}", TimeSpan.FromSeconds(options.Value.RetryAfterFailureSeconds), CancellationToken.None);
                return true;
            });
            return false;
        }
    }

    private async Task RenewWhileRunningAsync(string name, CancellationTokenSource running, CancellationToken finished)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Lease / 3, clock, finished);
                if (!await WithLeasesAsync(l => l.RenewAsync(name, instance.Id, Lease, finished)))
                {
                    logger.LogWarning("Job {Job} lost its lease on {Instance}: stopping it", name, instance.Id);
                    await running.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (finished.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // The database gone away while renewing: stop the job, as if the lease were lost.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Job {Job} could not renew its lease on {Instance}: stopping it", name, instance.Id);
            await running.CancelAsync();
        }
    }

    // Each lease operation in a scope of its own: the job's DbContext is busy with the job, and a context is not shared across threads.
    private async Task<bool> WithLeasesAsync(Func<JobLeases, Task<bool>> act)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<JobLeases>());
    }
}
