using System.Globalization;
using System.Net;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Cpeg;

/// <summary>
/// CPEG decides as a group (issue 15), with a meeting in session: decisions on a concern's page are minuted in it, the chair
/// alone confirms the minutes (once; then they are frozen), and CPEG ratifies the chair's urgent decisions as minutes.
/// </summary>
public sealed class CpegMinutesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private string Day(DateOnly day) => day.ToString("d MMM yyyy", EnGb);

    /// <summary>A meeting held on a day of its own in the past, its minutes not confirmed; returns its address.</summary>
    private Task<string> HeldAsync(int daysAgo) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var meeting = new CpegMeeting(app.Today().AddDays(-daysAgo), $"Held {daysAgo} days ago");
        db.CpegMeetings.Add(meeting);
        await db.SaveChangesAsync();
        return $"/cpeg/meetings/{meeting.Id}";
    });

    private Task<CpegMeeting> MeetingAsync(string address)
    {
        var id = int.Parse(address.Split('/')[^1], CultureInfo.InvariantCulture);
        return app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().CpegMeetings.AsNoTracking().Include(m => m.Decisions).SingleAsync(m => m.Id == id));
    }

    [Fact]
    public async Task A_CPEG_members_decision_on_a_concern_page_is_a_minute_of_the_meeting_in_session()
    {
        var meeting = await app.SessionTodayAsync();
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var concern = await cpeg.RaiseAsync("Minuted: missed bin collections");

        var page = await cpeg.PageAsync(concern);
        Assert.Contains($"Decisions are recorded in the minutes of the CPEG meeting of {Day(app.Today())}.",
            page.Document.QuerySelector("#cpeg-sitting")!.TextContent, StringComparison.Ordinal);
        await cpeg.DecideAsync(concern);

        var minutes = await cpeg.PageAsync(meeting);
        Assert.Contains("In session", minutes.Document.QuerySelector("#minutes-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(minutes.Rows("Decisions recorded"),
            r => r.StartsWith("Minuted: missed bin collections | Judged that it matters locally: An LAA target | CPEG member", StringComparison.Ordinal));
        var concernId = int.Parse(concern.Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.DoesNotContain(await app.UrgentDecisionsAsync(), u => u.AreaOfConcernId == concernId);

        // The concern page lists it with the other decisions in CPEG meetings.
        var after = await cpeg.PageAsync(concern);
        Assert.Contains("Judged that it matters locally", after.Document.QuerySelector("section[aria-labelledby='cpeg-decisions-heading']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestUsers.CpegMember)]
    [InlineData(TestUsers.HeadOfImprovement)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.PerformanceTeam)]
    public async Task Only_the_chair_confirms_the_minutes(string userName)
    {
        var meeting = await HeldAsync(40 + userName.Length);
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);
        var page = await client.PageAsync(meeting);
        Assert.Null(page.Document.QuerySelector("form[action$='/confirm-minutes']"));

        var refused = await client.PostFormToAsync(meeting, meeting + "/confirm-minutes", ("Confirm.Version", (await MeetingAsync(meeting)).Version.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null((await MeetingAsync(meeting)).MinutesConfirmedOn);
    }

    [Fact]
    public async Task The_chair_confirms_the_minutes_once_and_then_nothing_more_is_recorded_in_them()
    {
        var meeting = await HeldAsync(60);
        using var chief = app.CreateSiteClient();
        await chief.SignInAsync(TestUsers.ChiefExecutive);
        var concern = await chief.RaiseAsync("Frozen minutes: library opening hours");
        var page = await chief.PageAsync(meeting);
        var version = page.ValueOf("Confirm.Version")!;

        var confirmed = await chief.PostFormToAsync(meeting, meeting + "/confirm-minutes", ("Confirm.Version", version));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var after = await chief.PageAsync(meeting);
        Assert.Contains("The minutes are confirmed", after.Status(), StringComparison.Ordinal);
        Assert.Contains($"Minutes confirmed by Chief Executive on {Day(app.Today())}", after.Document.QuerySelector("#minutes-status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("form[action$='/confirm-minutes']"));
        Assert.Null(after.Document.QuerySelector("form[action$='/decisions']"));
        var list = await chief.PageAsync("/cpeg/meetings");
        Assert.Contains(list.Rows("Past meetings"), r => r.StartsWith(Day(app.Today().AddDays(-60)), StringComparison.Ordinal) && r.Contains("Confirmed", StringComparison.Ordinal));

        // Confirming again (the page read before, say in another tab) is refused in words; so is adding a decision.
        var again = await Page.ReadAsync(await chief.PostFormToAsync(meeting, meeting + "/confirm-minutes", ("Confirm.Version", version)));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains($"The minutes were already confirmed by Chief Executive on {Day(app.Today())}.", again.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var late = await Page.ReadAsync(await chief.PostFormToAsync(meeting, meeting + "/decisions", ("Input.AreaOfConcernId", concern.Split('/')[^1]), ("Input.Summary", "Too late")));
        Assert.Contains("nothing more can be recorded in them", late.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await MeetingAsync(meeting)).Decisions);
    }

    [Fact]
    public async Task CPEG_ratifies_the_chairs_urgent_decision_at_the_meeting_in_session_once_as_a_minute()
    {
        var meeting = await app.SessionTodayAsync();
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var concern = await cpeg.RaiseAsync("Ratify: winter gritting");
        var urgent = await app.UrgentDecisionAsync(concern, "Asked Highways for daily gritting figures until the meeting");

        var page = await cpeg.PageAsync(meeting);
        Assert.Contains(page.Rows("The chair's urgent decisions, for ratification"),
            r => r.StartsWith("Ratify: winter gritting | Asked Highways for daily gritting figures until the meeting", StringComparison.Ordinal));
        var action = $"{meeting}/urgent-decisions/{urgent}/ratify";
        var version = page.Document.QuerySelector($"form[action='{action}'] input[name='Ratify.Version']")!.GetAttribute("value")!;

        var ratified = await cpeg.PostFormToAsync(meeting, action, ("Ratify.Ratified", "true"), ("Ratify.Note", ""), ("Ratify.Version", version));
        Assert.Equal(HttpStatusCode.Redirect, ratified.StatusCode);

        var after = await cpeg.PageAsync(meeting);
        Assert.Contains("CPEG ratified the chair's urgent decision", after.Status(), StringComparison.Ordinal);
        Assert.Contains(after.Rows("Decisions recorded"), r => r.StartsWith(
            $"Ratify: winter gritting | Ratified the chair's urgent decision of {Day(app.Today().AddDays(-3))} (Asked Highways for daily gritting figures until the meeting). | CPEG member",
            StringComparison.Ordinal));
        Assert.True((await app.UrgentDecisionsAsync()).Single(u => u.Id == urgent).Ratified);
        Assert.DoesNotContain(after.Rows("The chair's urgent decisions, for ratification"), r => r.StartsWith("Ratify: winter gritting", StringComparison.Ordinal));

        var again = await Page.ReadAsync(await cpeg.PostFormToAsync(meeting, action, ("Ratify.Ratified", "false"), ("Ratify.Note", "Changed our minds"), ("Ratify.Version", version)));
        Assert.Contains("CPEG has already ratified this urgent decision.", again.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True((await app.UrgentDecisionsAsync()).Single(u => u.Id == urgent).Ratified);
    }

    [Fact]
    public async Task Not_ratifying_needs_the_reason_and_only_CPEG_ratifies()
    {
        var meeting = await app.SessionTodayAsync();
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var concern = await cpeg.RaiseAsync("Ratify: school transport costs");
        var urgent = await app.UrgentDecisionAsync(concern, "Closed it: costs back within budget");
        var action = $"{meeting}/urgent-decisions/{urgent}/ratify";
        var version = (await app.UrgentDecisionsAsync()).Single(u => u.Id == urgent).Version.ToString();

        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        Assert.Null((await head.PageAsync(meeting)).Document.QuerySelector($"form[action='{action}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostFormToAsync(meeting, action, ("Ratify.Ratified", "true"), ("Ratify.Version", version))).StatusCode);

        var noReason = await Page.ReadAsync(await cpeg.PostFormToAsync(meeting, action, ("Ratify.Ratified", "false"), ("Ratify.Note", " "), ("Ratify.Version", version)));
        Assert.Equal("Say why CPEG does not ratify the decision", noReason.ErrorFor("Ratify.Note"));
        Assert.NotNull(noReason.Document.QuerySelector("#ratify-no-" + urgent + "[checked]"));

        var declined = await cpeg.PostFormToAsync(meeting, action, ("Ratify.Ratified", "false"), ("Ratify.Note", "The figures are for one month only: keep it open"), ("Ratify.Version", version));
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var settled = (await app.UrgentDecisionsAsync()).Single(u => u.Id == urgent);
        Assert.False(settled.Ratified);
        Assert.Contains((await cpeg.PageAsync(meeting)).Rows("Decisions recorded"),
            r => r.Contains("Did not ratify the chair's urgent decision", StringComparison.Ordinal) && r.Contains("keep it open", StringComparison.Ordinal));
    }
}
