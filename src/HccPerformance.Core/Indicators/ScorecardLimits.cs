namespace HccPerformance.Core.Indicators;

/// <summary>A scorecard's limits, shared by its EF configuration, its validator and its rules.</summary>
public static class ScorecardLimits
{
    public const int Name = 100;
    public const int Description = 500;

    /// <summary>The weight on the dashboard: more than this (a weight of nothing would hide the scorecard's box)...</summary>
    public const decimal WeightAbove = 0m;

    /// <summary>...and at most this, the range the scorecard settings form has always taken.</summary>
    public const decimal MaxWeight = 100m;

    public const string WeightRange = "The weight must be more than 0 and at most 100";
}
