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

/// <summary>One decision CPEG took in a meeting about one area of concern, in words.</summary>
public class MeetingDecision
{
    private MeetingDecision() { }

    public MeetingDecision(int areaOfConcernId, string summary, string recordedBy, DateTime recordedUtc)
    {
        AreaOfConcernId = areaOfConcernId;
        Summary = string.IsNullOrWhiteSpace(summary) ? throw new DomainException("Say what CPEG decided", nameof(Summary)) : summary.Trim();
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public int Id { get; private set; }
    public int CpegMeetingId { get; private set; }
    public int AreaOfConcernId { get; private set; }
    public string Summary { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }
}
