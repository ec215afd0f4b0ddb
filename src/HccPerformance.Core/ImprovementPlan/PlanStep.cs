namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// One step of a plan's life as it was recorded: the status it reached, the day it happened (a meeting's date), what was
/// decided, and who recorded it when. Only ever added, so the plan page's timeline is read, not reconstructed.
/// </summary>
public class PlanStep
{
    private PlanStep() { }

    internal PlanStep(PlanStatus reached, DateOnly on, string notes, string? furtherAreas, string recordedBy, DateTime recordedUtc)
    {
        Reached = reached;
        On = on;
        Notes = notes.Trim();
        FurtherAreas = string.IsNullOrWhiteSpace(furtherAreas) ? null : furtherAreas.Trim();
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public int Id { get; private set; }
    public int PlanTermId { get; private set; }
    public PlanStatus Reached { get; private set; }
    public DateOnly On { get; private set; }

    /// <summary>CMT's decision, Cabinet's resolution, who finalised it, or why it closed.</summary>
    public string Notes { get; private set; } = "";

    /// <summary>The further areas Cabinet asked for when it endorsed the plan.</summary>
    public string? FurtherAreas { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
}
