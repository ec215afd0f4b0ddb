using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// The body's one response to an escalation: a row of its own, unique per escalation, so two members answering at once
/// cannot both write (the second is refused and shown the first) and CPEG's decisions on the concern never make it stale.
/// </summary>
public class EscalationResponse : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private EscalationResponse() { }

    internal EscalationResponse(EscalationResponseKind kind, string text, string respondedBy, DateOnly respondedOn)
    {
        Kind = kind;
        Text = text;
        RespondedBy = respondedBy;
        RespondedOn = respondedOn;
    }

    public int Id { get; private set; }
    public int EscalationId { get; private set; }
    public EscalationResponseKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>The member who recorded it for the body, by name as shown.</summary>
    public string RespondedBy { get; private set; } = "";
    public DateOnly RespondedOn { get; private set; }
}
