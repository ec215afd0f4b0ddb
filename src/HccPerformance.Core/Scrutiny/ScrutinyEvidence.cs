using HccPerformance.Core.Common;

namespace HccPerformance.Core.Scrutiny;

/// <summary>One piece of evidence a review took: what it was, whom it came from and when. Appended, never changed.</summary>
public class ScrutinyEvidence
{
    private ScrutinyEvidence() { }

    internal ScrutinyEvidence(string what, string from, DateOnly on, string recordedBy)
    {
        What = string.IsNullOrWhiteSpace(what) ? throw new DomainException("Say what the evidence is", nameof(What)) : what.Trim();
        From = string.IsNullOrWhiteSpace(from) ? throw new DomainException("Say whom the evidence came from", nameof(From)) : from.Trim();
        On = on;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }
    public int ScrutinyReviewId { get; private set; }
    public string What { get; private set; } = "";
    public string From { get; private set; } = "";
    public DateOnly On { get; private set; }
    public string RecordedBy { get; private set; } = "";
}
