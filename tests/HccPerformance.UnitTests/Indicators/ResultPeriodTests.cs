using HccPerformance.Core.Indicators;

namespace HccPerformance.UnitTests.Indicators;

public sealed class ResultPeriodTests
{
    [Theory]
    [InlineData("2010-02-15", Frequency.Monthly, "2010-02-01")]
    [InlineData("2010-02-15", Frequency.Quarterly, "2010-01-01")]
    [InlineData("2010-02-15", Frequency.Annual, "2009-04-01")]
    [InlineData("2009-04-01", Frequency.Quarterly, "2009-04-01")]
    [InlineData("2009-06-30", Frequency.Quarterly, "2009-04-01")]
    [InlineData("2009-07-01", Frequency.Quarterly, "2009-07-01")]
    [InlineData("2009-12-31", Frequency.Quarterly, "2009-10-01")]
    [InlineData("2010-03-31", Frequency.Quarterly, "2010-01-01")]
    [InlineData("2010-03-31", Frequency.Annual, "2009-04-01")]
    [InlineData("2010-04-01", Frequency.Annual, "2010-04-01")]
    [InlineData("2009-12-31", Frequency.Monthly, "2009-12-01")]
    public void Containing_finds_the_month_quarter_or_financial_year_a_day_falls_in(string day, Frequency frequency, string start)
    {
        var period = ResultPeriod.Containing(DateOnly.Parse(day), frequency);

        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(frequency, period.Frequency);
    }

    [Theory]
    [InlineData("2012-02-01", Frequency.Monthly, "2012-02-29", 2011)]
    [InlineData("2009-04-01", Frequency.Monthly, "2009-04-30", 2009)]
    [InlineData("2010-01-01", Frequency.Quarterly, "2010-03-31", 2009)]
    [InlineData("2009-07-01", Frequency.Quarterly, "2009-09-30", 2009)]
    [InlineData("2009-04-01", Frequency.Annual, "2010-03-31", 2009)]
    public void End_is_the_last_day_of_the_period_and_the_financial_year_is_the_one_it_starts_in(string start, Frequency frequency, string end, int financialYear)
    {
        var period = new ResultPeriod(DateOnly.Parse(start), frequency);

        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.Equal(financialYear, period.FinancialYear);
    }

    [Theory]
    [InlineData("2009-04-01", Frequency.Monthly, "April 2009", "Apr 09")]
    [InlineData("2010-03-01", Frequency.Monthly, "March 2010", "Mar 10")]
    [InlineData("2009-04-01", Frequency.Quarterly, "Q1 2009/10", "Q1 09/10")]
    [InlineData("2010-01-01", Frequency.Quarterly, "Q4 2009/10", "Q4 09/10")]
    [InlineData("2009-04-01", Frequency.Annual, "2009/10", "09/10")]
    [InlineData("2099-04-01", Frequency.Annual, "2099/00", "99/00")]
    public void Labels_read_as_people_write_them(string start, Frequency frequency, string label, string shortLabel)
    {
        var period = new ResultPeriod(DateOnly.Parse(start), frequency);

        Assert.Equal(label, period.Label);
        Assert.Equal(shortLabel, period.ShortLabel);
    }

    [Fact]
    public void The_same_time_last_year_is_the_same_period_a_year_earlier()
    {
        var period = new ResultPeriod(new DateOnly(2010, 1, 1), Frequency.Quarterly);

        Assert.Equal(new ResultPeriod(new DateOnly(2009, 1, 1), Frequency.Quarterly), period.SameTimeLastYear);
        Assert.Equal("Q4 2008/09", period.SameTimeLastYear.Label);
    }

    [Theory]
    [InlineData("2009-04", Frequency.Monthly, "2009-04-01")]
    [InlineData("Apr 2009", Frequency.Monthly, "2009-04-01")]
    [InlineData("April 2009", Frequency.Monthly, "2009-04-01")]
    [InlineData("  april 2009 ", Frequency.Monthly, "2009-04-01")]
    [InlineData("Apr 09", Frequency.Monthly, "2009-04-01")]
    [InlineData("Sept 2009", Frequency.Monthly, "2009-09-01")]
    [InlineData("Sep 2009", Frequency.Monthly, "2009-09-01")]
    [InlineData("September 2009", Frequency.Monthly, "2009-09-01")]
    [InlineData("Q1 2009/10", Frequency.Quarterly, "2009-04-01")]
    [InlineData("Q4 2009/10", Frequency.Quarterly, "2010-01-01")]
    [InlineData("q2 2009/10", Frequency.Quarterly, "2009-07-01")]
    [InlineData("2009/10 Q1", Frequency.Quarterly, "2009-04-01")]
    [InlineData("Quarter 1 2009/10", Frequency.Quarterly, "2009-04-01")]
    [InlineData("Quarter 3 2009-2010", Frequency.Quarterly, "2009-10-01")]
    [InlineData("2009/10", Frequency.Annual, "2009-04-01")]
    [InlineData("2009/2010", Frequency.Annual, "2009-04-01")]
    [InlineData("2009-10", Frequency.Annual, "2009-04-01")]
    [InlineData("2099/00", Frequency.Annual, "2099-04-01")]
    public void TryParse_reads_the_forms_people_and_import_files_use(string text, Frequency frequency, string start)
    {
        Assert.True(ResultPeriod.TryParse(text, frequency, out var period));
        Assert.Equal(new ResultPeriod(DateOnly.Parse(start), frequency), period);
    }

    [Theory]
    [InlineData("2009/11", Frequency.Annual)]
    [InlineData("2009/2011", Frequency.Annual)]
    [InlineData("2009/2110", Frequency.Annual)]
    [InlineData("1999/00", Frequency.Annual)]
    [InlineData("Q5 2009/10", Frequency.Quarterly)]
    [InlineData("Q0 2009/10", Frequency.Quarterly)]
    [InlineData("Q1 2009/11", Frequency.Quarterly)]
    [InlineData("Q1 2009/10", Frequency.Monthly)]
    [InlineData("Q1 2009/10", Frequency.Annual)]
    [InlineData("April 2009", Frequency.Quarterly)]
    [InlineData("2009/10", Frequency.Monthly)]
    [InlineData("2009-13", Frequency.Monthly)]
    [InlineData("", Frequency.Monthly)]
    [InlineData("   ", Frequency.Quarterly)]
    [InlineData(null, Frequency.Annual)]
    [InlineData("banana", Frequency.Monthly)]
    [InlineData("banana", Frequency.Quarterly)]
    [InlineData("banana", Frequency.Annual)]
    public void TryParse_refuses_what_is_not_a_period_of_that_frequency(string? text, Frequency frequency)
    {
        Assert.False(ResultPeriod.TryParse(text, frequency, out var period));
        Assert.Equal(default, period);
    }

    [Theory]
    [InlineData("\u0662\u0660\u0660\u0669/\u0661\u0660", Frequency.Annual)] // Arabic-Indic digits
    [InlineData("Q1 \uff12\uff10\uff10\uff19/\uff11\uff10", Frequency.Quarterly)] // full-width digits
    public void TryParse_refuses_digits_other_than_0_to_9_rather_than_throwing(string text, Frequency frequency)
    {
        Assert.False(ResultPeriod.TryParse(text, frequency, out _));
    }

    [Theory]
    [InlineData(Frequency.Monthly)]
    [InlineData(Frequency.Quarterly)]
    [InlineData(Frequency.Annual)]
    public void Every_label_of_a_year_reads_back_as_its_period(Frequency frequency)
    {
        for (var start = new DateOnly(2009, 4, 1); start < new DateOnly(2011, 4, 1); start = start.AddMonths((int)frequency))
        {
            var period = new ResultPeriod(start, frequency);

            Assert.True(ResultPeriod.TryParse(period.Label, frequency, out var read), period.Label);
            Assert.Equal(period, read);
        }
    }

    [Theory]
    [InlineData(Frequency.Monthly)]
    [InlineData(Frequency.Quarterly)]
    [InlineData(Frequency.Annual)]
    public void The_example_shown_on_the_form_is_itself_accepted(Frequency frequency)
    {
        foreach (var example in ResultPeriod.ExampleFor(frequency).Split(" or "))
        {
            Assert.True(ResultPeriod.TryParse(example, frequency, out _), example);
        }
    }
}
