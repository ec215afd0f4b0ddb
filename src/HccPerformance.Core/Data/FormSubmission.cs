namespace HccPerformance.Core.Data;

/// <summary>
/// A one-time form token that has been used (issue 14 point 8): every form the site shows carries a fresh token, and a
/// create records it in the same transaction as the record it creates, so the same form posted twice (a double-click)
/// finds its token taken and creates nothing more. Not audited; rows older than a day are deleted as new ones arrive.
/// </summary>
public class FormSubmission
{
    public Guid Token { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Where the first post went once saved (the new record's page), to send a second post there too.</summary>
    public string? Location { get; set; }
}
