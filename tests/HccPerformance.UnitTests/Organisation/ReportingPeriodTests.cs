using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;

namespace HccPerformance.UnitTests.Organisation;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData(1, "2008-04-01", "2008-06-30", "2008-07-31")]
    [InlineData(2, "2008-07-01", "2008-09-30", "2008-10-31")]
    [InlineData(3, "2008-10-01", "2008-12-31", "2009-01-31")]
    [InlineData(4, "2009-01-01", "2009-03-31", "2009-04-30")]
    public void The_quarters_of_a_financial_year_run_April_to_March_with_a_deadline_the_month_after(int quarter, string start, string end, string deadline)
    {
        var period = ReportingPeriod.ForFinancialYear(2008)[quarter - 1];

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.StartDate);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.EndDate);
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), period.Deadline);
        Assert.Equal($"Quarter {quarter} 2008/09", period.Name);
        Assert.False(period.IsOpen);
    }

    [Theory]
    [InlineData("2009-03-31", 2008, 4)]
    [InlineData("2009-04-01", 2009, 1)]
    [InlineData("2009-09-30", 2009, 2)]
    [InlineData("2009-12-25", 2009, 3)]
    [InlineData("2026-11-26", 2026, 3)]
    public void A_day_belongs_to_one_financial_year_and_quarter(string day, int year, int quarter)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(year, ReportingPeriod.FinancialYearOf(date));
        Assert.Equal(quarter, ReportingPeriod.QuarterOf(date));
        Assert.True(ReportingPeriod.ForFinancialYear(year)[quarter - 1].Contains(date));
    }

    [Fact]
    public void The_financial_year_is_named_as_councils_write_it()
    {
        Assert.Equal("2008/09", ReportingPeriod.FinancialYearName(2008));
        Assert.Equal("2099/00", ReportingPeriod.FinancialYearName(2099));
    }

    [Fact]
    public void A_deadline_on_or_before_the_quarter_end_is_refused()
    {
        var period = ReportingPeriod.ForFinancialYear(2009)[1];

        var error = Assert.Throws<DomainException>(() => period.MoveDeadline(new DateOnly(2009, 9, 30)));

        Assert.Equal("The deadline must be after the quarter ends on 30 September 2009.", error.Message);
        Assert.Equal(nameof(ReportingPeriod.Deadline), error.Field);
        period.MoveDeadline(new DateOnly(2009, 10, 1));
        Assert.Equal(new DateOnly(2009, 10, 1), period.Deadline);
    }

    [Fact]
    public void A_financial_year_outside_reason_is_refused()
    {
        Assert.Throws<DomainException>(() => ReportingPeriod.ForFinancialYear(1999));
    }
}
