using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.Benchmarking;

public static class BenchmarkLimits
{
    /// <summary>As long as the database holds (RegisterConfiguration).</summary>
    public const int Comparator = 200;

    /// <summary>Far beyond any indicator's figure, and well inside the column's precision (18, 4).</summary>
    public const decimal LargestValue = 1_000_000_000m;

    /// <summary>Figures are kept to four decimal places, as the column holds them, so a re-import compares like with like.</summary>
    public const int Decimals = 4;

    /// <summary>The name the council's own row has among the comparators'; no comparator may take it.</summary>
    public const string ThisCouncil = "This council";
}

/// <summary>A comparator council's figure for an indicator in a financial year, added or changed by the Performance Team.</summary>
public sealed record ComparatorInput
{
    public int? Year { get; set; }
    public string Comparator { get; set; } = "";
    public decimal? Value { get; set; }
}

public sealed class ComparatorInputValidator : AbstractValidator<ComparatorInput>
{
    public ComparatorInputValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("Choose the financial year the figure is for");
        RuleFor(x => x.Comparator).NotEmpty().WithMessage("Name the comparator council, like Demo County A")
            .MaximumLength(BenchmarkLimits.Comparator).WithMessage($"Keep the comparator's name to {BenchmarkLimits.Comparator} characters or fewer")
            .Must(c => !string.Equals(c?.Trim(), BenchmarkLimits.ThisCouncil, StringComparison.OrdinalIgnoreCase))
            .WithMessage("\"This council\" is the council's own row: name the comparator council instead");
        RuleFor(x => x.Value).NotNull().WithMessage("Enter the comparator's figure as a number, like 42 or 12.5")
            .InclusiveBetween(-BenchmarkLimits.LargestValue, BenchmarkLimits.LargestValue)
            .WithMessage("Enter a figure between minus one billion and one billion");
    }
}

/// <summary>One indicator on the benchmarking page: the council's figure for the year among its comparators'.</summary>
public sealed record BenchmarkRow(
    int IndicatorId, string Code, string Title, string? Department, string? Unit, Polarity? Polarity,
    decimal? Council, int Comparators, decimal? Median, decimal? Best, Quartile? Quartile);

public sealed record BenchmarkOverview(int? Year, IReadOnlyList<int> Years, IReadOnlyList<BenchmarkRow> Rows)
{
    /// <summary>Top outlier areas (the dashboard's words): indicators where the council is in the bottom quartile.</summary>
    public IReadOnlyList<BenchmarkRow> Outliers => [.. Rows.Where(r => r.Quartile == Benchmarking.Quartile.Bottom)];
}

/// <summary>One row of an indicator's comparator table: a comparator's figure, or the council's own.</summary>
public sealed record ComparatorFigure(int? Id, string Name, decimal Value, bool IsCouncil);

public sealed record IndicatorBenchmark(
    int IndicatorId, string Code, string Title, string? Department, string? Unit, Polarity? Polarity,
    int Year, IReadOnlyList<int> Years, IReadOnlyList<int> YearsWithFigures,
    decimal? Council, ResultPeriod? CouncilPeriod, IReadOnlyList<ComparatorFigure> Figures,
    int Comparators, decimal? Median, decimal? Best, Quartile? Quartile);

/// <summary>Financial years as people write them in addresses and files.</summary>
public static partial class FinancialYears
{
    /// <summary>"2009/10" (or 2009/2010, 2009-10) or, in an address, the start year alone ("2009"): the year from April 2009.</summary>
    public static bool TryParse(string? text, out int year)
    {
        var t = (text ?? "").Trim();
        if (StartYear().IsMatch(t))
        {
            year = int.Parse(t, CultureInfo.InvariantCulture);
            return year is >= 2000 and <= 2100;
        }

        return TryParseWritten(t, out year);
    }

    /// <summary>
    /// Only the written form, as a file gives it: "2009/10". Excel turns "2009/10" typed into a cell into the date
    /// 1 October 2009, which the import reads as 2009-10-01: a first of the month whose month is the year after's last two digits.
    /// </summary>
    public static bool TryParseWritten(string? text, out int year)
    {
        year = 0;
        var t = (text ?? "").Trim();
        if (ResultPeriod.TryParse(t, Frequency.Annual, out var period))
        {
            year = period.FinancialYear;
            return true;
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Day == 1 && date.Month == (date.Year + 1) % 100 && date.Year is >= 2000 and <= 2100)
        {
            year = date.Year;
            return true;
        }

        return false;
    }

    public static string Name(int year) => ReportingPeriod.FinancialYearName(year);

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex StartYear();
}

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
