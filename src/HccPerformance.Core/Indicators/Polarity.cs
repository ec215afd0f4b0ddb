namespace HccPerformance.Core.Indicators;

public enum Polarity
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}
