using HccPerformance.Core.Common;

namespace HccPerformance.Core.Notifications;

/// <summary>
/// One notification on its way to one person by email (issue 19). Written in the same transaction as the change that
/// caused it, so nothing is lost and nothing goes for a change that rolled back; kept until the SMTP server accepts it
/// (sent) or refuses it for good (failed, with the reason). A message due is claimed by one instance of the site at a
/// time (<see cref="ClaimToken"/> until <see cref="ClaimExpiresUtc"/>): a dead instance's claim lapses and another takes it.
/// </summary>
public class OutboxMessage
{
    public const int AddressLength = 256;
    public const int NameLength = 256;
    public const int TextLength = 1000;
    public const int LinkLength = 1000;
    public const int ErrorLength = 1000;

    private OutboxMessage() { }

    public OutboxMessage(string userId, string toAddress, string toName, string text, string? link, EmailDelivery delivery, DateTime createdUtc,
        DateTime dueUtc)
    {
        if (delivery == EmailDelivery.SiteOnly)
        {
            throw new ArgumentException("A person told in the site only gets no email.", nameof(delivery));
        }

        UserId = userId;
        ToAddress = toAddress;
        ToName = toName;
        Text = text.Length > TextLength ? text[..TextLength] : text;
        Link = link;
        Delivery = delivery;
        CreatedUtc = createdUtc;
        DueUtc = dueUtc;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Text { get; private set; } = "";

    /// <summary>The page the message is about, absolute (under <c>Site:BaseUrl</c>).</summary>
    public string? Link { get; private set; }

    /// <summary>On its own as it happens, or in the person's next daily summary.</summary>
    public EmailDelivery Delivery { get; private set; }

    public OutboxStatus Status { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    /// <summary>Not sent before this: the summary's time, or the end of the wait after a failed attempt.</summary>
    public DateTime DueUtc { get; private set; }

    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? SentUtc { get; private set; }
    public DateTime? FailedUtc { get; private set; }

    /// <summary>The claim of the instance sending it now (a concurrency token: an outcome saved on a lapsed claim is refused).</summary>
    public Guid? ClaimToken { get; private set; }
    public DateTime? ClaimExpiresUtc { get; private set; }

    public void MarkSent(DateTime nowUtc)
    {
        Attempts++;
        Status = OutboxStatus.Sent;
        SentUtc = nowUtc;
        LastError = null;
        Release();
    }

    /// <summary>
    /// An attempt that did not go: refused for good (the server will never take it) fails at once; otherwise it waits
    /// <see cref="OutboxSchedule.Backoff"/> and tries again, until <paramref name="maxAttempts"/> have failed.
    /// </summary>
    public void AttemptFailed(string reason, bool permanent, DateTime nowUtc, int maxAttempts)
    {
        Attempts++;
        LastError = reason.Length > ErrorLength ? reason[..ErrorLength] : reason;
        if (permanent || Attempts >= maxAttempts)
        {
            Status = OutboxStatus.Failed;
            FailedUtc = nowUtc;
        }
        else
        {
            DueUtc = nowUtc + OutboxSchedule.Backoff(Attempts);
        }

        Release();
    }

    /// <summary>The Administrator sends a failed message again (after the address or the relay was put right): it starts afresh.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status != OutboxStatus.Failed)
        {
            throw new DomainException(Status == OutboxStatus.Sent
                ? "This message was already sent: there is nothing to send again."
                : "This message is already waiting to be sent: it goes at its next try.");
        }

        Status = OutboxStatus.Waiting;
        Attempts = 0;
        FailedUtc = null;
        DueUtc = nowUtc;
        Release();
    }

    private void Release()
    {
        ClaimToken = null;
        ClaimExpiresUtc = null;
    }
}
