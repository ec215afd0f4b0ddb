namespace HccPerformance.Core.Notifications;

/// <summary>When an email is due: the next daily summary on the council's clock, and the wait after a failed attempt.</summary>
public static class OutboxSchedule
{
    private static readonly TimeSpan[] Gaps =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60), TimeSpan.FromHours(4),
    ];

    /// <summary>The wait after the <paramref name="attempts"/>th failed attempt: 1, 5, 15 and 60 minutes, then 4 hours each time.</summary>
    public static TimeSpan Backoff(int attempts) => Gaps[Math.Clamp(attempts, 1, Gaps.Length) - 1];

    /// <summary>
    /// The first <paramref name="sendAt"/> on the council's clock after <paramref name="nowUtc"/>, in UTC: a message that
    /// arrives at 06:59 goes in that morning's summary, one at 07:00 or later in the next day's.
    /// </summary>
    public static DateTime NextSummaryUtc(DateTime nowUtc, TimeOnly sendAt, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone);
        var candidate = DateOnly.FromDateTime(local).ToDateTime(sendAt);
        if (candidate <= local)
        {
            candidate = candidate.AddDays(1);
        }

        // A send time inside the hour the clocks go forward does not exist that day: send an hour later.
        while (zone.IsInvalidTime(candidate))
        {
            candidate = candidate.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(candidate, DateTimeKind.Unspecified), zone);
    }
}
