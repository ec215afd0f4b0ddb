using System.Globalization;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Organisation;

/// <summary>
/// A quarter of a council financial year (April to March). Self-assessments and results are
/// reported per period, each with a deadline for the Chief Officers' submissions.
/// </summary>
public class ReportingPeriod : AuditableEntity
{
    private ReportingPeriod() { }

    private ReportingPeriod(int financialYear, int quarter, DateOnly deadline)
    {
        FinancialYear = financialYear;
        Quarter = quarter;
        StartDate = new DateOnly(financialYear, 4, 1).AddMonths(3 * (quarter - 1));
        EndDate = StartDate.AddMonths(3).AddDays(-1);
        Deadline = deadline;
    }

    /// <summary>The calendar year in which the financial year starts: 2008 is 2008/09.</summary>
    public int FinancialYear { get; private set; }

    /// <summary>1 is April to June, 4 is January to March.</summary>
    public int Quarter { get; private set; }

    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }

    /// <summary>The last day on which a self-assessment for the period counts as on time.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>Open for reporting: self-assessments and results can be written for it. The Administrator opens and closes periods.</summary>
    public bool IsOpen { get; private set; }

    public string FinancialYearLabel => FinancialYearName(FinancialYear);

    public string Name => $"Quarter {Quarter} {FinancialYearLabel}";

    public string Months => string.Create(CultureInfo.GetCultureInfo("en-GB"),
        $"{StartDate:MMMM yyyy} to {EndDate:MMMM yyyy}");

    public static string FinancialYearName(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}/{(startYear + 1) % 100:00}");

    /// <summary>Deadlines default to the last day of the month after the quarter ends; the Administrator can move them.</summary>
    public static DateOnly DefaultDeadline(int financialYear, int quarter) =>
        new DateOnly(financialYear, 4, 1).AddMonths(3 * quarter + 1).AddDays(-1);

    /// <summary>The financial year a day falls in: 1 April 2009 to 31 March 2010 is 2009.</summary>
    public static int FinancialYearOf(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    public static int QuarterOf(DateOnly day) => ((day.Month + 8) % 12 / 3) + 1;

    public static IReadOnlyList<ReportingPeriod> ForFinancialYear(int financialYear)
    {
        if (financialYear is < 2000 or > 2100)
        {
            throw new DomainException("Enter a financial year between 2000 and 2100.", nameof(FinancialYear));
        }

        return [.. Enumerable.Range(1, 4).Select(q => new ReportingPeriod(financialYear, q, DefaultDeadline(financialYear, q)))];
    }

    public void MoveDeadline(DateOnly deadline)
    {
        if (deadline <= EndDate)
        {
            throw new DomainException(
                string.Create(CultureInfo.GetCultureInfo("en-GB"), $"The deadline must be after the quarter ends on {EndDate:d MMMM yyyy}."),
                nameof(Deadline));
        }

        Deadline = deadline;
    }

    public void Open() => IsOpen = true;

    public void Close() => IsOpen = false;

    public bool Contains(DateOnly day) => day >= StartDate && day <= EndDate;
}
