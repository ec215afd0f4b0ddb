using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>One decision CPEG took in a meeting about one area of concern, in words.</summary>
public class MeetingDecision : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private MeetingDecision() { }

    public MeetingDecision(int areaOfConcernId, string summary, string recordedBy, DateTime recordedUtc)
    {
        AreaOfConcernId = areaOfConcernId;
        Summary = string.IsNullOrWhiteSpace(summary) ? throw new DomainException("Say what CPEG decided", nameof(Summary)) : Fit(summary.Trim());
        RecordedBy = recordedBy;
        RecordedUtc = recordedUtc;
    }

    public int Id { get; private set; }
    public int CpegMeetingId { get; private set; }
    public int AreaOfConcernId { get; private set; }
    public string Summary { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedUtc { get; private set; }

    /// <summary>
    /// A minute written for a decision taken on a concern's page quotes the words typed there (a reason, an outcome), which
    /// may be as long as the column: the minute keeps their start and says it was cut, rather than refusing the decision.
    /// </summary>
    public static string Fit(string words) =>
        words.Length <= CpegLimits.DecisionSummary ? words : string.Concat(words.AsSpan(0, CpegLimits.DecisionSummary - 1), "…");
}
