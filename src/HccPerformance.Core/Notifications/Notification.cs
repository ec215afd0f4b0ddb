namespace HccPerformance.Core.Notifications;

/// <summary>A message to one person in the site: a reminder, a step that needs them. Read on their home page.</summary>
public class Notification
{
    private Notification() { }

    public Notification(string userId, string text, string? link, DateTime createdUtc)
    {
        UserId = userId;
        Text = text;
        Link = link;
        CreatedUtc = createdUtc;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? ReadUtc { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadUtc ??= nowUtc;
}
