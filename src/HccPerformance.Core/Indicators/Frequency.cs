namespace HccPerformance.Core.Indicators;

public enum Frequency
{
    Monthly = 1,
    Quarterly = 3,
    Annual = 12,
}
