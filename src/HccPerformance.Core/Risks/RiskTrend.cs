namespace HccPerformance.Core.Risks;

public enum RiskTrend
{
    Falling = 1,
    Stable = 2,
    Rising = 3,
}
