using System.Globalization;
using System.Text.RegularExpressions;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.Benchmarking;

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
