using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>An escalation of a concern beyond CPEG, recorded against it, and the body's response once it gives one.</summary>
public class Escalation : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private Escalation() { }

    internal Escalation(EscalatedTo body, string reason, DateOnly on, string raisedBy)
    {
        Body = body;
        Reason = reason;
        On = on;
        RaisedBy = raisedBy;
    }

    public int Id { get; private set; }
    public int AreaOfConcernId { get; private set; }
    public EscalatedTo Body { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly On { get; private set; }

    /// <summary>Who escalated it: CPEG, or an Executive Member for their portfolio (by name as shown).</summary>
    public string? RaisedBy { get; private set; }
    public EscalationResponse? Response { get; private set; }

    public bool IsAnswered => Response is not null;

    /// <summary>The body of the accountability chain this escalation reaches; its members are <see cref="Bodies.RolesOf"/>.</summary>
    public static Body BodyOf(EscalatedTo to) => to switch
    {
        EscalatedTo.Cmt => Common.Body.Cmt,
        EscalatedTo.PerformanceExecutiveMember => Common.Body.PerformanceExecutiveMember,
        EscalatedTo.Cabinet => Common.Body.Cabinet,
        EscalatedTo.Leader => Common.Body.Leader,
        _ => Common.Body.OverviewAndScrutiny,
    };

    /// <summary>
    /// The body records its one response. A second is refused in words that show the first, so whoever comes second reads
    /// what their colleague said rather than overwriting it.
    /// </summary>
    internal EscalationResponse Respond(EscalationResponseKind? kind, string? text, string by, DateOnly on)
    {
        if (Response is { } first)
        {
            throw new DomainException(AlreadyAnswered(first), nameof(EscalationResponse.Text));
        }

        var k = kind is { } given && Enum.IsDefined(given) ? given : throw new DomainException("Say whether it is a decision, a request or noted", nameof(EscalationResponse.Kind));
        var words = string.IsNullOrWhiteSpace(text) ? throw new DomainException("Say what the response is", nameof(EscalationResponse.Text)) : text.Trim();
        Response = new EscalationResponse(k, words, by, on);
        return Response;
    }

    /// <summary>The refusal of a second response, quoting the first.</summary>
    public string AlreadyAnswered(EscalationResponse first) =>
        $"{Bodies.Name(BodyOf(Body))} has already responded ({first.RespondedBy}, {first.RespondedOn.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}): \u201c{first.Text}\u201d";
}
