namespace HccPerformance.Core.Indicators;

public enum DataQuality
{
    Confirmed = 1,
    Estimated = 2,
    InDoubt = 3,
}
