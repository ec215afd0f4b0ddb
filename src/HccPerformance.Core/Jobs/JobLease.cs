using System.Linq.Expressions;

namespace HccPerformance.Core.Jobs;

/// <summary>
/// Which instance of the site runs a scheduled job now (issue 19: "scheduled work runs once across several instances").
/// One row per job. An instance takes the lease with one conditional UPDATE (<see cref="Takeable"/>), so of two instances
/// asking at once the database lets one win; the holder renews it while the job runs; an instance that dies stops renewing,
/// the lease expires and another takes the job over. The rows are changed only by <see cref="JobLeases"/>' conditional
/// updates, never through the change tracker, so there is no version to check: the WHERE clause is the check.
/// </summary>
public class JobLease
{
    private JobLease() { }

    /// <summary>A job never run: free at once (expired at the start of time) and never completed.</summary>
    public JobLease(string name)
    {
        Name = name;
        ExpiresUtc = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
    }

    public string Name { get; private set; } = "";

    /// <summary>The instance running the job now, or null when none is.</summary>
    public string? HolderId { get; private set; }

    /// <summary>Until when the holder may run it without renewing; after a failure, when it may be tried again.</summary>
    public DateTime ExpiresUtc { get; private set; }

    public DateTime? LastStartedUtc { get; private set; }
    public DateTime? LastCompletedUtc { get; private set; }
    public DateTime? LastFailedUtc { get; private set; }

    /// <summary>What went wrong the last time it failed, for the log and the deployment note's query.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>
    /// Free (nobody holds it, or the holder's lease ran out: it died or hung) and due (never completed, or completed
    /// <paramref name="completedBefore"/> or earlier: the job's interval has passed). The one rule: the UPDATE that takes a
    /// lease filters on it, and <see cref="IsTakeable"/> is the same expression compiled.
    /// </summary>
    public static Expression<Func<JobLease, bool>> Takeable(DateTime nowUtc, DateTime completedBefore) =>
        l => l.ExpiresUtc <= nowUtc && (l.LastCompletedUtc == null || l.LastCompletedUtc <= completedBefore);

    /// <summary>Still this instance's: held by it and not expired. Renewing and finishing filter on it.</summary>
    public static Expression<Func<JobLease, bool>> HeldBy(string holderId, DateTime nowUtc) =>
        l => l.HolderId == holderId && l.ExpiresUtc > nowUtc;

    public bool IsTakeable(DateTime nowUtc, TimeSpan every) => Takeable(nowUtc, nowUtc - every).Compile()(this);

    public bool IsHeldBy(string holderId, DateTime nowUtc) => HeldBy(holderId, nowUtc).Compile()(this);
}
