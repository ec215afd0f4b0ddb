namespace HccPerformance.Core.Jobs;

/// <summary>
/// Work done on a schedule by whichever instance holds the job's lease. It must be safe to run again after it died half-way
/// (another instance takes it over): reminders are, because <see cref="ReminderLedger"/> sends each one once.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Does the work as at the time given; returns how many things it did (for the log).</summary>
    Task<int> RunAsync(DateTime nowUtc, CancellationToken ct);
}
