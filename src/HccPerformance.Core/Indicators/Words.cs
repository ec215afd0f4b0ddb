using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>How the indicator words read on pages and in exports.</summary>
public static class Words
{
    public static string Name(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => "Monthly",
        Frequency.Quarterly => "Quarterly",
        _ => "Annual",
    };

    public static string Name(Polarity? polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "Higher is better",
        Polarity.LowerIsBetter => "Lower is better",
        _ => "Not known",
    };

    public static string Name(IndicatorSource? source) => source switch
    {
        IndicatorSource.Council => "Submitted by the council",
        IndicatorSource.DataHub => "National Data Hub",
        _ => "Not known",
    };

    public static string Name(DataQuality quality) => quality switch
    {
        DataQuality.Confirmed => "Confirmed",
        DataQuality.Estimated => "Estimated",
        _ => "In doubt",
    };

    public static string Name(ResultSource source) => source == ResultSource.Imported ? "Imported" : "Entered";

    public static string Name(Direction direction) => direction switch
    {
        Direction.Improved => "Improved",
        Direction.Worsened => "Worse",
        Direction.NoChange => "No change",
        _ => "Not known",
    };
}
