using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

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
