using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Notifications;

/// <summary>Issue 19: each person chooses how they are told by email; with no mail relay set up the site tells people in the site only.</summary>
public sealed class EmailPreferencePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string? Checked(Page page) => page.Document.QuerySelector("input[name='Input.Delivery'][checked]")?.GetAttribute("value");

    [Fact]
    public async Task A_person_finds_the_page_from_their_account_sees_each_as_it_happens_by_default_and_chooses_a_daily_summary()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.ExecutiveMember);
        var account = await client.PageAsync("/account");
        Assert.NotNull(account.Document.QuerySelector("a[href='/account/email']"));

        var form = await client.PageAsync("/account/email");
        Assert.Equal("How you are told", form.H1);
        Assert.Equal(nameof(EmailDelivery.EachAsItHappens), Checked(form));
        Assert.Contains("Not set up yet", form.Text, StringComparison.Ordinal);

        var saved = await client.PostFormAsync("/account/email", ("Input.Delivery", nameof(EmailDelivery.DailySummary)),
            ("Input.Version", form.ValueOf("Input.Version")!));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.PageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("once a day", after.Text, StringComparison.Ordinal);
        Assert.Equal(nameof(EmailDelivery.DailySummary), Checked(after));

        // A page read before that save does not silently replace it.
        var stale = await client.PostFormAsync("/account/email", ("Input.Delivery", nameof(EmailDelivery.SiteOnly)),
            ("Input.Version", form.ValueOf("Input.Version")!));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var conflict = await Page.ReadAsync(stale);
        Assert.Contains("changed on another page", conflict.Text, StringComparison.Ordinal);
        Assert.Equal(nameof(EmailDelivery.SiteOnly), Checked(conflict));
    }

    [Fact]
    public async Task No_choice_or_an_unknown_one_is_shown_beside_the_question_and_nothing_is_saved()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.PerformanceTeam);
        var form = await client.PageAsync("/account/email");

        var none = await Page.ReadAsync(await client.PostFormAsync("/account/email", ("Input.Version", form.ValueOf("Input.Version")!)));
        Assert.Equal(HttpStatusCode.OK, none.Status);
        Assert.Equal("Choose how you are told by email", none.ErrorFor("Input.Delivery"));

        var unknown = await Page.ReadAsync(await client.PostFormAsync("/account/email", ("Input.Delivery", "Weekly"),
            ("Input.Version", form.ValueOf("Input.Version")!)));
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.NotNull(unknown.ErrorFor("Input.Delivery"));
        Assert.Equal(nameof(EmailDelivery.EachAsItHappens), Checked(await client.PageAsync("/account/email")));
    }

    [Fact]
    public async Task Someone_with_no_email_address_is_told_in_the_site_only_and_may_not_choose_email()
    {
        // Identity's user validation will not save an account without an address, so the test clears it in the table, as an account
        // imported without one would be.
        await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == TestUsers.SelectCommittee)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Email, (string?)null).SetProperty(p => p.NormalizedEmail, (string?)null)));
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.SelectCommittee);
        var form = await client.PageAsync("/account/email");
        Assert.Equal(nameof(EmailDelivery.SiteOnly), Checked(form));
        Assert.Contains("None: ask the Administrator to add your address", form.Text, StringComparison.Ordinal);

        var refused = await Page.ReadAsync(await client.PostFormAsync("/account/email", ("Input.Delivery", nameof(EmailDelivery.EachAsItHappens)),
            ("Input.Version", form.ValueOf("Input.Version")!)));

        Assert.Contains("You have no email address in the site", refused.ErrorFor("Input.Delivery"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_mail_relay_set_a_notification_is_in_the_site_only_and_the_Administrators_outbox_says_email_is_off()
    {
        var count = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var id = (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(TestUsers.ChiefOfficer))!.Id;
            s.GetRequiredService<INotificationSender>().Send(id, "In the site only", null);
            await db.SaveChangesAsync();
            return (await db.Notifications.CountAsync(n => n.Text == "In the site only"), await db.OutboxMessages.CountAsync());
        });
        Assert.Equal((1, 0), count);

        using var admin = await app.AdminClientAsync();
        var outbox = await admin.PageAsync("/admin/outbox");
        Assert.Equal(HttpStatusCode.OK, outbox.Status);
        Assert.Equal("Outbox", outbox.H1);
        Assert.Contains("Email is off", outbox.Text, StringComparison.Ordinal);
        Assert.NotNull(outbox.Document.QuerySelector("nav a[href='/admin/outbox']"));
    }
}
