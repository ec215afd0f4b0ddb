using System.Globalization;
using HccPerformance.Core.Benchmarking;

namespace HccPerformance.Core.Ambition;

/// <summary>How an ambition is said on pages: the quartile in the benchmarking club's words, the kind, the level.</summary>
public static class AmbitionWords
{
    public static string Quartile(Quartile quartile) => quartile switch
    {
        Benchmarking.Quartile.Top => "Top quartile",
        Benchmarking.Quartile.Second => "Upper middle quartile",
        Benchmarking.Quartile.Third => "Lower middle quartile",
        _ => "Bottom quartile",
    };

    public static string Kind(AmbitionKind kind) => kind switch
    {
        AmbitionKind.Council => "The council's ambition",
        _ => "Ambition for best practice",
    };

    /// <summary>"Top quartile of the benchmarking club by 2010/11", "75.5 % by 2010/11", or just the year.</summary>
    public static string Level(Quartile? quartile, decimal? figure, string? unit, int forYear) =>
        quartile is { } q ? $"{Quartile(q)} of the benchmarking club by {FinancialYears.Name(forYear)}"
        : figure is { } f ? $"{Figure(f, unit)} by {FinancialYears.Name(forYear)}"
        : $"By {FinancialYears.Name(forYear)}";

    public static string Figure(decimal value, string? unit)
    {
        var number = value.ToString("#,##0.##", CultureInfo.GetCultureInfo("en-GB"));
        return unit switch
        {
            null or "" => number,
            "%" => $"{number}%",
            "£" => $"£{number}",
            _ => $"{number} {unit}",
        };
    }
}
