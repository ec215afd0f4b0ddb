using HccPerformance.Core.Indicators;

namespace HccPerformance.Core.Benchmarking;

public static class QuartileWords
{
    public static string Name(Quartile? quartile) => quartile switch
    {
        Quartile.Top => "Top",
        Quartile.Second => "Second",
        Quartile.Third => "Third",
        Quartile.Bottom => "Bottom",
        _ => "No quartile",
    };

    /// <summary>Why a row has no quartile, in a few words.</summary>
    public static string WhyNone(decimal? council, int comparators, Polarity? polarity) =>
        council is null ? "the council has no result for the year"
        : polarity is null ? "the indicator's polarity is not known"
        : comparators < 3 ? "fewer than three comparators"
        : "";
}
