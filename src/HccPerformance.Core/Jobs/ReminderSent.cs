namespace HccPerformance.Core.Jobs;

/// <summary>
/// That one reminder went to one person (issue 19: "nobody gets a reminder twice"). Its key (kind, subject, person,
/// occasion) is unique in the database and the row is written in the same transaction as the notification, so even two
/// instances sending at the same moment cannot both succeed: the second meets the key and its notification is rolled back.
/// </summary>
public class ReminderSent
{
    private ReminderSent() { }

    public ReminderSent(ReminderKey key, DateTime sentUtc)
    {
        Kind = key.Kind;
        Subject = key.Subject;
        UserId = key.UserId;
        Occasion = key.Occasion;
        SentUtc = sentUtc;
    }

    public long Id { get; private set; }

    /// <summary>What sort of reminder ("report-back-due", "self-assessment-deadline", ...).</summary>
    public string Kind { get; private set; } = "";

    /// <summary>What it is about, in the owning feature's terms (a report-back's id, a department and period).</summary>
    public string Subject { get; private set; } = "";

    public string UserId { get; private set; } = "";

    /// <summary>Which of the subject's reminders ("week", "day", a due date): a subject may be reminded on several occasions, each once.</summary>
    public string Occasion { get; private set; } = "";

    public DateTime SentUtc { get; private set; }
}
