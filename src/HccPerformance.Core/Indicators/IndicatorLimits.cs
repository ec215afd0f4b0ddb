namespace HccPerformance.Core.Indicators;

public static class IndicatorLimits
{
    public const int Note = 1000;

    /// <summary>The largest upload the import reads (issue 5): anything bigger is refused before it is opened.</summary>
    public const long ImportBytes = 10 * 1024 * 1024;

    /// <summary>How many row problems an import lists before it summarises the rest.</summary>
    public const int ImportProblemsListed = 100;
}
