namespace HccPerformance.Core.Organisation;

/// <summary>
/// A council sign-in the site refused (no mapped group, a token the handler would not accept, a locked account): kept so
/// the Administrator sees who tried and why, and written to the audit trail like every row.
/// </summary>
public class CouncilSignInRefusal
{
    public const int SubjectMaximum = 256;
    public const int ReasonMaximum = 1000;

    private CouncilSignInRefusal() { }

    public CouncilSignInRefusal(DateTime occurredUtc, string? subject, string? name, string reason)
    {
        OccurredUtc = occurredUtc;
        Subject = Cut(subject, SubjectMaximum);
        Name = Cut(name, SubjectMaximum);
        Reason = Cut(reason, ReasonMaximum) ?? "";
    }

    public long Id { get; private set; }
    public DateTime OccurredUtc { get; private set; }

    /// <summary>The provider's subject, when the token was good enough to name one.</summary>
    public string? Subject { get; private set; }
    public string? Name { get; private set; }
    public string Reason { get; private set; } = "";

    private static string? Cut(string? text, int length) => text is null ? null : text.Length <= length ? text : text[..length];
}
