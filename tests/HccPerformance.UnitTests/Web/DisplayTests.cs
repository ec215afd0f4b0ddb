using HccPerformance.Web.Models;

namespace HccPerformance.UnitTests.Web;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("2009-07-31", "2009-07-31", "due today")]
    [InlineData("2009-07-31", "2009-07-30", "1 day left")]
    [InlineData("2009-07-31", "2009-07-01", "30 days left")]
    [InlineData("2009-07-31", "2009-08-01", "1 day overdue")]
    [InlineData("2009-07-31", "2009-08-10", "10 days overdue")]
    public void Days_to_a_deadline_read_as_plain_words(string deadline, string today, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(expected, Display.DaysLeft(DateOnly.Parse(deadline, culture), DateOnly.Parse(today, culture)));
    }

    [Fact]
    public void Dates_and_money_follow_the_house_style()
    {
        Assert.Equal("30 Jun 2009", Display.Date(new DateOnly(2009, 6, 30)));
        Assert.Equal("£1,234", Display.Money(1234m));
    }
}
