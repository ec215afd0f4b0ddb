using HccPerformance.Core.Concerns;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Sends the report-back reminders at start-up and then once a day, on the site's clock. A failure is logged and the
/// next day tries again: reminders must never take the site down. Off when <c>Concerns:SendReminders</c> is false (the
/// integration tests call <see cref="ReportBackReminders.SendAsync"/> themselves with their own clock).
/// </summary>
public sealed class ReportBackReminderService(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration,
    ILogger<ReportBackReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Concerns:SendReminders", true))
        {
            return;
        }

        // Let start-up finish first: ExecuteAsync runs on the start-up thread until its first await.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            await SendOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(TimeSpan.FromDays(1), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SendOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var sent = await scope.ServiceProvider.GetRequiredService<ReportBackReminders>().SendAsync(today, ct);
            logger.LogInformation("Report-back reminders sent for {Day}: {Count}", today, sent);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // Any failure is logged and retried tomorrow: a reminder must not stop the site.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Report-back reminders failed; they will be tried again tomorrow");
        }
    }
}
