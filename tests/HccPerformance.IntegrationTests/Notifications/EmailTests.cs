using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HccPerformance.IntegrationTests.Notifications;

/// <summary>
/// Issue 19: every notification also goes by email, by each person's choice, through an outbox written with the change
/// that caused it, to a real SMTP server (smtp4dev), read back through its API.
/// </summary>
[Collection(SmtpCollection.Name)]
public sealed class EmailTests(EmailAppFactory app, SmtpServer smtp) : IClassFixture<EmailAppFactory>
{
    private static string Token() => Guid.NewGuid().ToString("N")[..8];

    private Task<string> IdOfAsync(string userName) => app.WithScopeAsync(async s =>
        (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName))!.Id);

    private Task<string> EmailOfAsync(string userName) => app.WithScopeAsync(async s =>
        (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName))!.Email!);

    /// <summary>What a service does: a notification in its unit of work, saved with its change.</summary>
    private Task NotifyAsync(params (string UserId, string Text, string? Link)[] notes) => app.WithScopeAsync(async s =>
    {
        var sender = s.GetRequiredService<INotificationSender>();
        foreach (var (user, text, link) in notes)
        {
            sender.Send(user, text, link);
        }

        return await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
    });

    private Task<int> DispatchAsync() => app.WithScopeAsync(s => s.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync());

    private Task<List<OutboxMessage>> OutboxAsync(string text) => app.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().Where(m => m.Text.Contains(text)).OrderBy(m => m.Id).ToListAsync());

    private async Task<List<ReceivedEmail>> ReceivedAsync(string token) =>
        [.. (await smtp.FromAsync(app.From)).Where(m => m.Subject.Contains(token, StringComparison.Ordinal))];

    private async Task SetDeliveryAsync(string userName, EmailDelivery delivery)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);
        var form = await client.PageAsync("/account/email");
        var response = await client.PostFormAsync("/account/email", ("Input.Delivery", delivery.ToString()), ("Input.Version", form.ValueOf("Input.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_notification_arrives_by_email_in_text_and_html_with_an_absolute_link_the_councils_name_and_the_demo_words()
    {
        var token = Token();
        var chiefOfficer = await IdOfAsync(TestUsers.ChiefOfficer);

        await NotifyAsync((chiefOfficer, $"Your self-assessment was returned with a challenge ({token}).", "/departments/1/self-assessments/3"));
        Assert.Equal(1, await DispatchAsync());

        var email = Assert.Single(await smtp.WaitForAsync(app.From, 1), m => m.Subject.Contains(token, StringComparison.Ordinal));
        Assert.Equal($"Your self-assessment was returned with a challenge ({token}).", email.Subject);
        Assert.Equal([await EmailOfAsync(TestUsers.ChiefOfficer)], email.To);
        var text = await smtp.PlainTextAsync(email);
        Assert.StartsWith("Demo data: not real figures", text, StringComparison.Ordinal);
        Assert.Contains($"Open it in the site: {EmailAppFactory.BaseUrl}/departments/1/self-assessments/3", text, StringComparison.Ordinal);
        Assert.Contains("Hampshire County Council", text, StringComparison.Ordinal);
        Assert.Contains($"{EmailAppFactory.BaseUrl}/account/email", text, StringComparison.Ordinal);
        var html = await smtp.HtmlAsync(email);
        Assert.Contains($"<a href=\"{EmailAppFactory.BaseUrl}/departments/1/self-assessments/3\">Open it in the site</a>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Demo data: not real figures</strong>", html, StringComparison.Ordinal);

        var row = Assert.Single(await OutboxAsync(token));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        // A second round finds nothing due: sent once.
        Assert.Equal(0, await DispatchAsync());
        Assert.Single(await ReceivedAsync(token));
    }

    [Fact]
    public async Task A_notification_whose_change_rolled_back_writes_no_email()
    {
        var token = Token();
        var chiefOfficer = await IdOfAsync(TestUsers.ChiefOfficer);

        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            s.GetRequiredService<INotificationSender>().Send(chiefOfficer, $"Never happened ({token})", null);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Empty(await OutboxAsync(token));
        await DispatchAsync();
        Assert.Empty(await ReceivedAsync(token));
    }

    [Fact]
    public async Task Each_person_is_told_their_way_each_as_it_happens_one_daily_summary_at_7am_or_in_the_site_only()
    {
        var token = Token();
        await SetDeliveryAsync(TestUsers.ExecutiveMember, EmailDelivery.DailySummary);
        await SetDeliveryAsync(TestUsers.CpegMember, EmailDelivery.SiteOnly);
        var each = await IdOfAsync(TestUsers.HeadOfImprovement);
        var daily = await IdOfAsync(TestUsers.ExecutiveMember);
        var siteOnly = await IdOfAsync(TestUsers.CpegMember);
        // 10:00 UK time in summer: the summary goes at 07:00 the next morning.
        app.Clock.SetUtcNow(new DateTimeOffset(2030, 6, 3, 9, 0, 0, TimeSpan.Zero));

        await NotifyAsync((each, $"Collation is ready ({token} 1)", "/collation"), (daily, $"A report-back is due ({token} 2)", "/concerns/1"),
            (siteOnly, $"An issue for CPEG ({token} 3)", "/cpeg"));
        app.Clock.Advance(TimeSpan.FromHours(2));
        await NotifyAsync((daily, $"A question to answer ({token} 4)", "/questions"));

        Assert.Equal(1, await DispatchAsync());
        Assert.Equal([$"Collation is ready ({token} 1)"], (await ReceivedAsync(token)).Select(m => m.Subject));
        // The person told in the site only has the notification and no email, ever.
        Assert.DoesNotContain(await OutboxAsync(token), m => m.UserId == siteOnly);

        app.Clock.SetUtcNow(new DateTimeOffset(2030, 6, 4, 5, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await DispatchAsync());
        app.Clock.SetUtcNow(new DateTimeOffset(2030, 6, 4, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await DispatchAsync());

        var summary = Assert.Single(await smtp.WaitForAsync(app.From, 1), m => m.Subject == "Your daily summary: 2 things need you"
            && m.To.Contains(EmailOfAsync(TestUsers.ExecutiveMember).Result));
        var text = await smtp.PlainTextAsync(summary);
        Assert.Contains($"* 3 Jun 2030: A report-back is due ({token} 2)\n  {EmailAppFactory.BaseUrl}/concerns/1", text, StringComparison.Ordinal);
        Assert.Contains($"* 3 Jun 2030: A question to answer ({token} 4)\n  {EmailAppFactory.BaseUrl}/questions", text, StringComparison.Ordinal);
        Assert.All((await OutboxAsync(token)).Where(m => m.UserId == daily), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Equal(0, await DispatchAsync());
    }

    [Fact]
    public async Task A_mail_server_that_is_down_then_up_gets_every_message_once_after_the_backoff()
    {
        var token = Token();
        var person = await IdOfAsync(TestUsers.PerformanceTeam);
        await NotifyAsync((person, $"First ({token})", null), (person, $"Second ({token})", null));

        // The relay is down: a dispatcher pointed at a port where nothing listens.
        var down = await app.WithScopeAsync(async s =>
        {
            var options = s.GetRequiredService<IOptions<EmailOptions>>().Value;
            var closed = new EmailOptions { Host = options.Host, Port = SmtpServer.ClosedPort, Tls = options.Tls, From = options.From, BaseUrl = options.BaseUrl };
            return await ActivatorUtilities.CreateInstance<OutboxDispatcher>(s, Options.Create(closed)).DispatchOnceAsync();
        });

        Assert.Equal(0, down);
        var waiting = await OutboxAsync(token);
        Assert.All(waiting, m =>
        {
            Assert.Equal(OutboxStatus.Waiting, m.Status);
            Assert.Equal(1, m.Attempts);
            Assert.Contains("could not be reached", m.LastError, StringComparison.Ordinal);
            Assert.Null(m.ClaimToken);
        });
        // Up again, but the minute's wait is not over: nothing yet.
        Assert.Equal(0, await DispatchAsync());
        Assert.Empty(await ReceivedAsync(token));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await DispatchAsync());
        Assert.Equal(0, await DispatchAsync());

        await smtp.WaitForAsync(app.From, 2);
        Assert.Equal([$"First ({token})", $"Second ({token})"], (await ReceivedAsync(token)).Select(m => m.Subject).Order());
        Assert.All(await OutboxAsync(token), m => Assert.Equal((OutboxStatus.Sent, 2), (m.Status, m.Attempts)));
    }

    [Fact]
    public async Task An_address_the_server_refuses_fails_with_its_reason_the_others_go_and_the_Administrator_sends_it_again()
    {
        var token = Token();
        var refused = await IdOfAsync(TestUsers.ServiceManager);
        var other = await IdOfAsync(TestUsers.Leader);
        await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<ApplicationUser>>();
            var manager = (await users.FindByIdAsync(refused))!;
            manager.Email = $"{SmtpServer.RefusedMarker}.{token}@council.example";
            return await users.UpdateAsync(manager);
        });

        await NotifyAsync((refused, $"To a refused address ({token})", null), (other, $"To the Leader ({token})", null));
        Assert.Equal(1, await DispatchAsync());

        Assert.Equal([$"To the Leader ({token})"], (await ReceivedAsync(token)).Select(m => m.Subject));
        var failed = Assert.Single(await OutboxAsync(token), m => m.UserId == refused);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("refused it (550)", failed.LastError, StringComparison.Ordinal);

        using var admin = await app.AdminClientAsync();
        var outbox = await admin.PageAsync("/admin/outbox");
        Assert.Equal(HttpStatusCode.OK, outbox.Status);
        var row = outbox.Document.QuerySelectorAll("#failed + div tbody tr")
            .Single(r => r.TextContent.Contains($"To a refused address ({token})", StringComparison.Ordinal));
        Assert.Contains("refused it (550)", row.TextContent, StringComparison.Ordinal);

        var retried = await admin.PostFormToAsync("/admin/outbox", $"/admin/outbox/{failed.Id}/retry");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Contains($"{SmtpServer.RefusedMarker}.{token}@council.example will be sent again",
            (await admin.PageAsync(retried.Headers.Location!.OriginalString)).Text, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Waiting, Assert.Single(await OutboxAsync(token), m => m.UserId == refused).Status);

        // Sending it again twice (a double click, a stale page) is refused in words, and nothing changes.
        var again = await admin.PostFormToAsync("/admin/outbox", $"/admin/outbox/{failed.Id}/retry");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already waiting to be sent", (await Page.ReadAsync(again)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_dispatchers_racing_on_one_database_send_each_message_once()
    {
        var token = Token();
        var people = new[] { await IdOfAsync(TestUsers.ChiefExecutive), await IdOfAsync(TestUsers.Cabinet), await IdOfAsync(TestUsers.SelectCommittee) };
        await NotifyAsync([.. Enumerable.Range(1, 30).Select(i => (people[i % 3], $"Race {i:00} ({token})", (string?)null))]);

        var rounds = 0;
        while (rounds++ < 20 && (await OutboxAsync(token)).Any(m => m.Status == OutboxStatus.Waiting))
        {
            // Each its own scope, connection and claim, as two instances of the site would.
            await Task.WhenAll(DispatchAsync(), DispatchAsync());
        }

        await smtp.WaitForAsync(app.From, 30);
        var subjects = (await ReceivedAsync(token)).Select(m => m.Subject).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"Race {i:00} ({token})"), subjects);
        Assert.All(await OutboxAsync(token), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    [Fact]
    public async Task A_dead_instances_lapsed_claim_is_taken_over_and_the_message_still_goes_once()
    {
        var token = Token();
        await NotifyAsync((await IdOfAsync(TestUsers.PerformanceMember), $"Claimed by a dead instance ({token})", null));
        // An instance claimed it and died before sending: the claim holds it until it lapses.
        await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().OutboxMessages.Where(m => m.Text.Contains(token))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimToken, Guid.NewGuid()).SetProperty(m => m.ClaimExpiresUtc, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5))));

        Assert.Equal(0, await DispatchAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await DispatchAsync());

        Assert.Single(await smtp.WaitForAsync(app.From, 1), m => m.Subject.Contains(token, StringComparison.Ordinal));
    }
}
