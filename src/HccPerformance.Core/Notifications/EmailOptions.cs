namespace HccPerformance.Core.Notifications;

/// <summary>
/// The council's mail relay and how the outbox uses it (<c>Email:*</c>, with <c>Site:BaseUrl</c> for the links). With no
/// <see cref="Host"/> email is off: people are told in the site only and nothing is written to the outbox.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public EmailTls Tls { get; set; } = EmailTls.StartTls;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>The address emails come from, e.g. <c>performance@council.example</c>.</summary>
    public string From { get; set; } = "";

    /// <summary>The site's address as people reach it (<c>Site:BaseUrl</c>): every email links back to a page under it.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>When daily summaries go, on the council's clock (<see cref="TimeZone"/>).</summary>
    public TimeOnly SummaryTime { get; set; } = new(7, 0);

    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>Attempts before a message is marked failed; the gaps between them are <see cref="OutboxSchedule.Backoff"/>.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>How often each instance looks for messages due.</summary>
    public int PollSeconds { get; set; } = 15;

    /// <summary>How long a claim on a message lasts: an instance that dies holding it loses it after this and another sends it.</summary>
    public int ClaimSeconds { get; set; } = 300;

    public int BatchSize { get; set; } = 50;

    /// <summary>False only where something else calls the dispatcher (the integration tests, on their own clock).</summary>
    public bool DispatchInBackground { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
