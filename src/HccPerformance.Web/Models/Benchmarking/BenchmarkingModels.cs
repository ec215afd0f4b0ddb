using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Indicators.Import;

namespace HccPerformance.Web.Models.Benchmarking;

public sealed class BenchmarkingPageViewModel
{
    public required BenchmarkOverview Overview { get; init; }

    /// <summary>Why the year asked for is not the one shown (not a year, or one without figures).</summary>
    public string? Problem { get; init; }
    public required bool CanMaintain { get; init; }
    public required bool IsDemo { get; init; }
}

public sealed class ComparatorsPageViewModel
{
    public required IndicatorBenchmark Benchmark { get; init; }
    public string? Problem { get; init; }
    public required bool CanMaintain { get; init; }
    public required bool IsDemo { get; init; }
    public ComparatorInput Input { get; set; } = new();
}

public sealed class BenchmarkImportViewModel
{
    public ImportOutcome? Outcome { get; set; }
    public string? FileName { get; set; }
}

public static class QuartileStyle
{
    /// <summary>Text plus colour, never colour alone: the tag always says which quartile.</summary>
    public static string Tag(Quartile? quartile) => quartile switch
    {
        Quartile.Top => "tag-green",
        Quartile.Second => "tag-blue",
        Quartile.Third => "tag-amber",
        Quartile.Bottom => "tag-red",
        _ => "tag-grey",
    };
}
