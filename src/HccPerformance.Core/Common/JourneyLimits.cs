namespace HccPerformance.Core.Common;

/// <summary>Lengths of a recorded consideration, shared by the database configurations and the validator.</summary>
public static class JourneyLimits
{
    public const int Decisions = 4000;
    public const int Notes = 4000;
    public const int RecordedBy = 256;
}
