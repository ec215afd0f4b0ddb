using HccPerformance.Core.Notifications;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Sends the outbox every <c>Email:PollSeconds</c> (issue 19). Every instance of the site runs it: the outbox's claims
/// decide which instance sends each message, so none goes twice. A failure is logged and the next round tries again;
/// the outbox keeps each message until the mail server takes it. Off when <c>Email:Host</c> is not set.
/// </summary>
public sealed class OutboxDispatcherService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EmailOptions> options,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || !settings.DispatchInBackground)
        {
            return;
        }

        // Let start-up finish first: ExecuteAsync runs on the start-up thread until its first await.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            do
            {
                sent = await DispatchAsync(stoppingToken);
            }
            // A full batch may mean more are due: go on at once rather than wait a round.
            while (sent >= settings.BatchSize && !stoppingToken.IsCancellationRequested);

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(settings.PollSeconds), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<int> DispatchAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return 0;
        }
#pragma warning disable CA1031 // Any failure is logged and tried again next round: email must not stop the site.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Sending the outbox failed; the next round tries again");
            return 0;
        }
    }
}
