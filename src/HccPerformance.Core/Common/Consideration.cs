namespace HccPerformance.Core.Common;

/// <summary>
/// One step of an issued document's journey (seed 3.4, 4.20, Appendix One): a body considered it, at a meeting or on a
/// date, and what it decided. Appended to the document, never changed; each document type keeps its own rows (its feature
/// owns its tables) and shares these fields and the order's rules (<see cref="Journey"/>).
/// </summary>
public abstract class Consideration
{
    protected Consideration() { }

    protected Consideration(Body body, DateOnly metOn, string decisions, string? notes, string recordedBy, DateTime recordedUtc)
    {
        Body = body;
        MetOn = metOn;
        Decisions = decisions;
        Notes = notes;
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public int Id { get; private set; }
    public Body Body { get; private set; }

    /// <summary>The meeting's date (CMT, Cabinet), or the day the Performance Executive Member considered it.</summary>
    public DateOnly MetOn { get; private set; }

    /// <summary>CMT's decisions, the Performance Executive Member's comments or Cabinet's resolution.</summary>
    public string Decisions { get; private set; } = "";

    public string? Notes { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
}
