using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// A meeting of the Corporate Performance and Efficiency Group (seed 4.13, 4.16). Its agenda is built from what needs a
/// decision (new concerns, report-backs due, overdue items); the decisions taken in it are recorded against it.
/// </summary>
public class CpegMeeting : AuditableEntity
{
    private readonly List<MeetingDecision> decisions = [];

    private CpegMeeting() { }

    public CpegMeeting(DateOnly meetsOn, string? notes)
    {
        MeetsOn = meetsOn;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    public DateOnly MeetsOn { get; private set; }
    public string? Notes { get; private set; }
    public IReadOnlyList<MeetingDecision> Decisions => decisions;

    /// <summary>Records a decision CPEG took in this meeting about one concern; decisions are added, never rewritten.</summary>
    public MeetingDecision Record(int areaOfConcernId, string summary, string recordedBy, DateTime recordedUtc)
    {
        var decision = new MeetingDecision(areaOfConcernId, summary, recordedBy, recordedUtc);
        decisions.Add(decision);
        return decision;
    }
}
