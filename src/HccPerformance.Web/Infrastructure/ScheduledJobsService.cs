using HccPerformance.Core.Jobs;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Every instance looks for due jobs every <see cref="JobOptions.PollSeconds"/>, on the site's clock; the leases in the
/// database decide which instance runs each (issue 19), so several instances behind a load balancer run each job once.
/// Off when <c>Jobs:Run</c> is false (the integration tests run the jobs themselves, with their own clock and instances).
/// </summary>
public sealed class ScheduledJobsService(JobRunner runner, TimeProvider clock, IOptions<JobOptions> options, ILogger<ScheduledJobsService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Run)
        {
            return;
        }

        // Let start-up finish first: ExecuteAsync runs on the start-up thread until its first await.
        await Task.Yield();
        logger.LogInformation("Scheduled jobs run here as {Instance}", runner.InstanceId);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The database unreachable for a moment: log it and look again next time; the site stays up.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Looking for due jobs failed; trying again in {Seconds} seconds", options.Value.PollSeconds);
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
