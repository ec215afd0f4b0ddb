namespace HccPerformance.Core.Jobs;

/// <summary>Settings of the scheduled jobs (section <c>Jobs</c>); docs/deployment.md says what each does.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this instance runs scheduled jobs at all. The integration tests turn it off and run jobs on their own clock.</summary>
    public bool Run { get; set; } = true;

    /// <summary>How this instance names itself in the leases; empty means the machine's name, the process id and a random part.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>How often each instance looks for a job that is due and free.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>How long a lease lasts without renewal: after this, a job whose instance died is taken over by another.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>How often the reminder jobs run. Reminders go once whatever the interval (<see cref="ReminderSent"/>), so hourly costs little.</summary>
    public int RemindersEverySeconds { get; set; } = 3600;

    /// <summary>How long a job that failed waits before any instance tries it again.</summary>
    public int RetryAfterFailureSeconds { get; set; } = 300;
}
