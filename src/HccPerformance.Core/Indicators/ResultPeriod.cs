using System.Globalization;
using System.Text.RegularExpressions;
using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// The stretch of time one result covers: a month, a quarter or a financial year (April to March), by the indicator's frequency.
/// </summary>
public readonly partial record struct ResultPeriod(DateOnly Start, Frequency Frequency)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public DateOnly End => Start.AddMonths((int)Frequency).AddDays(-1);

    public int FinancialYear => ReportingPeriod.FinancialYearOf(Start);

    /// <summary>How people write it, and how the import files spell it: "April 2009", "Q1 2009/10", "2009/10".</summary>
    public string Label => Frequency switch
    {
        Frequency.Monthly => Start.ToString("MMMM yyyy", EnGb),
        Frequency.Quarterly => $"Q{ReportingPeriod.QuarterOf(Start)} {ReportingPeriod.FinancialYearName(FinancialYear)}",
        _ => ReportingPeriod.FinancialYearName(FinancialYear),
    };

    /// <summary>A short label for charts and narrow tables: "Apr 09", "Q1 09/10", "09/10".</summary>
    public string ShortLabel => Frequency switch
    {
        Frequency.Monthly => Start.ToString("MMM yy", EnGb),
        Frequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"Q{ReportingPeriod.QuarterOf(Start)} {FinancialYear % 100:00}/{(FinancialYear + 1) % 100:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{FinancialYear % 100:00}/{(FinancialYear + 1) % 100:00}"),
    };

    public ResultPeriod SameTimeLastYear => new(Start.AddYears(-1), Frequency);

    /// <summary>The period of this frequency that contains a day.</summary>
    public static ResultPeriod Containing(DateOnly day, Frequency frequency)
    {
        var yearStart = new DateOnly(ReportingPeriod.FinancialYearOf(day), 4, 1);
        var monthsIn = ((day.Year - yearStart.Year) * 12) + day.Month - yearStart.Month;
        return new ResultPeriod(yearStart.AddMonths(monthsIn / (int)frequency * (int)frequency), frequency);
    }

    /// <summary>
    /// Reads a period as people write it for an indicator of the given frequency. Monthly: "2009-04", "Apr 2009",
    /// "April 2009". Quarterly: "Q1 2009/10", "2009/10 Q1", "Quarter 1 2009/10". Annual: "2009/10".
    /// </summary>
    public static bool TryParse(string? text, Frequency frequency, out ResultPeriod period)
    {
        period = default;
        var t = (text ?? "").Trim();
        switch (frequency)
        {
            case Frequency.Monthly:
                // People write "Sep" and "Sept"; en-GB abbreviates it one way or the other by the ICU version, so try both.
                // A month typed into Excel becomes a date cell, which the import reads as 2026-10-01: any day names its month.
                if (DateOnly.TryParseExact(t, ["yyyy-MM", "MMM yyyy", "MMMM yyyy", "MMM yy", "yyyy-MM-dd"], EnGb, DateTimeStyles.None, out var month)
                    || DateOnly.TryParseExact(OtherSeptember(t), ["MMM yyyy", "MMM yy"], EnGb, DateTimeStyles.None, out month))
                {
                    period = new ResultPeriod(new DateOnly(month.Year, month.Month, 1), frequency);
                    return true;
                }

                return false;
            case Frequency.Quarterly:
                var q = QuarterPattern().Match(t);
                if (!q.Success)
                {
                    q = QuarterAfterYearPattern().Match(t);
                }

                if (q.Success && FinancialYearOf(q.Groups["year"].Value, q.Groups["next"].Value) is { } fy)
                {
                    var quarter = int.Parse(q.Groups["q"].Value, CultureInfo.InvariantCulture);
                    period = new ResultPeriod(new DateOnly(fy, 4, 1).AddMonths(3 * (quarter - 1)), frequency);
                    return true;
                }

                return false;
            default:
                var y = YearPattern().Match(t);
                if (y.Success && FinancialYearOf(y.Groups["year"].Value, y.Groups["next"].Value) is { } year)
                {
                    period = new ResultPeriod(new DateOnly(year, 4, 1), frequency);
                    return true;
                }

                return false;
        }
    }

    private static string OtherSeptember(string text) =>
        text.StartsWith("Sept ", StringComparison.OrdinalIgnoreCase) ? string.Concat("Sep ", text.AsSpan(5))
        : text.StartsWith("Sep ", StringComparison.OrdinalIgnoreCase) ? string.Concat("Sept ", text.AsSpan(4))
        : text;

    /// <summary>"2009/10" (or "2009/2010") names the year starting April 2009: the second part must be the next year.</summary>
    private static int? FinancialYearOf(string year, string next)
    {
        var start = int.Parse(year, CultureInfo.InvariantCulture);
        var end = int.Parse(next, CultureInfo.InvariantCulture);
        var isNext = next.Length == 4 ? end == start + 1 : (start + 1) % 100 == end;
        return start is >= 2000 and <= 2100 && isNext ? start : null;
    }

    public static string ExampleFor(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => "April 2009 or 2009-04",
        Frequency.Quarterly => "Q1 2009/10",
        _ => "2009/10",
    };

    [GeneratedRegex(@"^(?:Q|Quarter\s*)(?<q>[1-4])\s+(?<year>[0-9]{4})\s*[/-]\s*(?<next>[0-9]{2}|[0-9]{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?<year>[0-9]{4})\s*[/-]\s*(?<next>[0-9]{2}|[0-9]{4})\s+(?:Q|Quarter\s*)(?<q>[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterAfterYearPattern();

    [GeneratedRegex(@"^(?<year>[0-9]{4})\s*[/-]\s*(?<next>[0-9]{2}|[0-9]{4})$")]
    private static partial Regex YearPattern();
}
