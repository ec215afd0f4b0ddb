namespace HccPerformance.Core.Scrutiny;

/// <summary>Where a scrutiny review has got, in the only order it goes (stored by number, so numbers never change).</summary>
public enum ScrutinyStatus
{
    Scoping = 1,
    GatheringEvidence = 2,
    Reported = 3,
    Closed = 4,
}
