namespace HccPerformance.Core.Concerns;

/// <summary>An escalation of a concern beyond CPEG, recorded against it.</summary>
public class Escalation
{
    private Escalation() { }

    internal Escalation(EscalatedTo body, string reason, DateOnly on)
    {
        Body = body;
        Reason = reason;
        On = on;
    }

    public int Id { get; private set; }
    public int AreaOfConcernId { get; private set; }
    public EscalatedTo Body { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly On { get; private set; }
}
