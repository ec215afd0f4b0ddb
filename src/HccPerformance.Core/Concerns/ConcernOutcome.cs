namespace HccPerformance.Core.Concerns;

/// <summary>What happened to the concern by the time it closed (3.8: is it working?).</summary>
public enum ConcernOutcome
{
    Improved = 1,
    Held = 2,
    Worsened = 3,
}
