using HccPerformance.Core.Notifications;

namespace HccPerformance.Web.Models.Email;

/// <summary>A person's email page: their address and choice as saved, and the form.</summary>
public sealed class EmailPreferenceViewModel
{
    public required EmailPreferenceView View { get; init; }
    public EmailPreferenceInput Input { get; set; } = new();
}
