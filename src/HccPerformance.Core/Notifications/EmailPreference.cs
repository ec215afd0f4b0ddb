using HccPerformance.Core.Common;

namespace HccPerformance.Core.Notifications;

/// <summary>How one person chose to be told by email. Someone without a row is told each as it happens.</summary>
public class EmailPreference : AuditableEntity
{
    private EmailPreference() { }

    public EmailPreference(string userId, EmailDelivery delivery)
    {
        UserId = userId;
        Delivery = delivery;
    }

    public string UserId { get; private set; } = "";
    public EmailDelivery Delivery { get; private set; }

    public void Choose(EmailDelivery delivery) => Delivery = delivery;
}
