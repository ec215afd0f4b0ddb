using HccPerformance.Core.Common;
using HccPerformance.Core.Notifications;

namespace HccPerformance.UnitTests.Notifications;

public sealed class OutboxRuleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateTime Noon = new(2009, 6, 30, 12, 0, 0, DateTimeKind.Utc);

    private static OutboxMessage Message(EmailDelivery delivery = EmailDelivery.EachAsItHappens) =>
        new("user-1", "someone@council.example", "Some One", "Your self-assessment was returned.", "https://site.example/x", delivery, Noon, Noon);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 15)]
    [InlineData(4, 60)]
    [InlineData(5, 240)]
    [InlineData(9, 240)]
    public void The_wait_after_each_failed_attempt_grows_1_5_15_60_minutes_then_4_hours(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxSchedule.Backoff(attempts));

    [Fact]
    public void A_failed_attempt_waits_its_backoff_and_the_last_allowed_attempt_fails_the_message_with_its_reason()
    {
        var message = Message();
        var at = Noon;
        for (var attempt = 1; attempt < 4; attempt++)
        {
            message.AttemptFailed("Connection refused", permanent: false, at, maxAttempts: 4);
            Assert.Equal(OutboxStatus.Waiting, message.Status);
            Assert.Equal(at + OutboxSchedule.Backoff(attempt), message.DueUtc);
            at = message.DueUtc;
        }

        message.AttemptFailed("Connection refused", permanent: false, at, maxAttempts: 4);

        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(4, message.Attempts);
        Assert.Equal("Connection refused", message.LastError);
        Assert.Equal(at, message.FailedUtc);
    }

    [Fact]
    public void An_address_refused_for_good_fails_at_the_first_attempt()
    {
        var message = Message();

        message.AttemptFailed("550 Recipient rejected", permanent: true, Noon, maxAttempts: 6);

        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(1, message.Attempts);
    }

    [Fact]
    public void Only_a_failed_message_is_sent_again_and_it_starts_afresh_due_now()
    {
        var message = Message();
        Assert.Throws<DomainException>(() => message.Retry(Noon));
        message.AttemptFailed("550 Recipient rejected", permanent: true, Noon, maxAttempts: 6);

        message.Retry(Noon.AddHours(1));

        Assert.Equal(OutboxStatus.Waiting, message.Status);
        Assert.Equal(0, message.Attempts);
        Assert.Equal(Noon.AddHours(1), message.DueUtc);
        message.MarkSent(Noon.AddHours(2));
        var refused = Assert.Throws<DomainException>(() => message.Retry(Noon.AddHours(3)));
        Assert.Contains("already sent", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Summer (BST, UTC+1): 07:00 in London is 06:00 UTC.
    [InlineData("2009-06-30T05:59:00Z", "2009-06-30T06:00:00Z")]
    [InlineData("2009-06-30T06:00:00Z", "2009-07-01T06:00:00Z")]
    [InlineData("2009-06-30T23:30:00Z", "2009-07-01T06:00:00Z")]
    // Winter (GMT): 07:00 in London is 07:00 UTC.
    [InlineData("2009-12-01T06:59:00Z", "2009-12-01T07:00:00Z")]
    [InlineData("2009-12-01T08:00:00Z", "2009-12-02T07:00:00Z")]
    // The night the clocks go back (25 Oct 2009): the next morning's 07:00 is GMT.
    [InlineData("2009-10-24T20:00:00Z", "2009-10-25T07:00:00Z")]
    public void A_daily_message_waits_for_the_next_7am_on_the_councils_clock(string now, string due)
    {
        var nowUtc = DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var expected = DateTime.Parse(due, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(expected, OutboxSchedule.NextSummaryUtc(nowUtc, new TimeOnly(7, 0), London));
    }

    [Fact]
    public void Daily_messages_are_grouped_into_one_summary_a_person_oldest_first()
    {
        OutboxMessage Daily(string user, string address, string text, int minutes) =>
            new(user, address, user, text, null, EmailDelivery.DailySummary, Noon.AddMinutes(minutes), Noon.AddDays(1));

        var summaries = EmailComposer.Summaries(
        [
            Daily("b", "b@council.example", "B second", 30),
            Daily("a", "a@council.example", "A second", 20),
            Daily("a", "A@Council.example", "A first", 10),
            Daily("b", "b@council.example", "B first", 5),
        ]).ToList();

        Assert.Equal(2, summaries.Count);
        Assert.Equal(["B first", "B second"], summaries[0].Select(m => m.Text));
        Assert.Equal(["A first", "A second"], summaries[1].Select(m => m.Text));
    }

    [Fact]
    public void A_summary_lists_each_message_with_its_date_and_link_in_text_and_html_and_says_demo_on_a_demo_site()
    {
        var messages = new[]
        {
            new OutboxMessage("a", "a@council.example", "Ann <Lead>", "Report-back due on \"NI 192\"", "https://site.example/concerns/3",
                EmailDelivery.DailySummary, Noon, Noon),
            new OutboxMessage("a", "a@council.example", "Ann <Lead>", "A question to answer", "https://site.example/questions/9",
                EmailDelivery.DailySummary, Noon.AddDays(1), Noon),
        };

        var email = EmailComposer.Summary(messages, new EmailContext("Hampshire County Council", "https://site.example/", Demo: true));

        Assert.Equal("Your daily summary: 2 things need you", email.Subject);
        Assert.StartsWith("Demo data: not real figures", email.Text, StringComparison.Ordinal);
        Assert.Contains("* 30 Jun 2009: Report-back due on \"NI 192\"\n  https://site.example/concerns/3", email.Text, StringComparison.Ordinal);
        Assert.Contains("* 1 Jul 2009: A question to answer", email.Text, StringComparison.Ordinal);
        Assert.Contains("https://site.example/account/email", email.Text, StringComparison.Ordinal);
        // Words are escaped in HTML, never run.
        Assert.Contains("Dear Ann &lt;Lead&gt;", email.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://site.example/concerns/3\">Open it in the site</a>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<strong>Demo data: not real figures</strong>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo data", EmailComposer.Summary(messages, new EmailContext("C", "https://site.example", Demo: false)).Text,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/3", "https://site.example/reports/3")]
    [InlineData(null, null)]
    [InlineData("https://elsewhere.example/x", "https://elsewhere.example/x")]
    public void Links_in_emails_are_absolute_under_the_sites_address(string? link, string? expected) =>
        Assert.Equal(expected, SiteLinks.Absolute("https://site.example/", link));
}
