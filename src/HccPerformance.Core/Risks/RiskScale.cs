namespace HccPerformance.Core.Risks;

/// <summary>The words of the 1 to 5 scales, on every page and in every message alike.</summary>
public static class RiskScale
{
    public const string LikelihoodMessage = "Likelihood is a whole number from 1 (rare) to 5 (almost certain)";
    public const string ImpactMessage = "Impact is a whole number from 1 (minimal) to 5 (severe)";

    public static readonly IReadOnlyList<int> Points = [1, 2, 3, 4, 5];

    public static string Likelihood(int value) => value switch
    {
        1 => "Rare",
        2 => "Unlikely",
        3 => "Possible",
        4 => "Likely",
        5 => "Almost certain",
        _ => "Not assessed",
    };

    public static string Impact(int value) => value switch
    {
        1 => "Minimal",
        2 => "Minor",
        3 => "Moderate",
        4 => "Major",
        5 => "Severe",
        _ => "Not assessed",
    };

    /// <summary>A rising score is the risk getting worse.</summary>
    public static string Trend(RiskTrend trend) => trend switch
    {
        RiskTrend.Rising => "Rising",
        RiskTrend.Falling => "Falling",
        _ => "Stable",
    };

    public static string Status(EmergingRiskStatus status) => status switch
    {
        EmergingRiskStatus.Escalated => "Escalated",
        EmergingRiskStatus.Closed => "Closed",
        _ => "Open",
    };
}
