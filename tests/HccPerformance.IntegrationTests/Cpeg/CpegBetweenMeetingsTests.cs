using System.Globalization;
using System.Net;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Cpeg;

/// <summary>
/// CPEG between meetings (issue 15): every meeting held has its minutes confirmed, so none is in session. Only the chair (the
/// Chief Executive) may decide, urgently, for the next meeting to ratify; a CPEG member is refused in words naming who may.
/// </summary>
public sealed class CpegBetweenMeetingsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private Task<AreaOfConcern> ConcernAsync(string address)
    {
        var id = int.Parse(address.Split('/')[^1], CultureInfo.InvariantCulture);
        return app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.AsNoTracking().SingleAsync(c => c.Id == id));
    }

    [Fact]
    public async Task A_CPEG_member_who_is_not_the_chair_is_refused_in_words_naming_who_may_and_nothing_is_written()
    {
        await app.EndEverySessionAsync();
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var concern = await cpeg.RaiseAsync("Between meetings: housing repairs backlog");
        var page = await cpeg.PageAsync(concern);
        Assert.Contains("No CPEG meeting is in session: only the chair (the Chief Executive) may take an urgent decision, which goes on the next meeting's agenda for ratification.",
            page.Document.QuerySelector("#cpeg-sitting")!.TextContent, StringComparison.Ordinal);
        var minutesBefore = (await app.DecisionsAsync()).Count;

        var refused = await Page.ReadAsync(await cpeg.PostFormToAsync(concern, concern + "/decide", ("Decide.Important", "true"),
            ("Decide.LocalImportanceReason", "Kept reason"), ("Decide.Version", page.ValueOf("Decide.Version")!)));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(CpegSitting.NoSessionRefusal, refused.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept reason", refused.TextAreaValue("Decide.LocalImportanceReason")!.Trim());
        Assert.Equal(ConcernStatus.Raised, (await ConcernAsync(concern)).Status);
        Assert.Equal(minutesBefore, (await app.DecisionsAsync()).Count);
        Assert.DoesNotContain(await app.UrgentDecisionsAsync(), u => u.AreaOfConcernId == (int.Parse(concern.Split('/')[^1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_chairs_decision_between_meetings_is_marked_urgent_and_waits_on_the_next_agenda_for_ratification()
    {
        await app.EndEverySessionAsync();
        using var chief = app.CreateSiteClient();
        await chief.SignInAsync(TestUsers.ChiefExecutive);
        var concern = await chief.RaiseAsync("Between meetings: care home closures");
        Assert.Contains("as the chair, a decision you take now is an urgent decision", (await chief.PageAsync(concern)).Document.QuerySelector("#cpeg-sitting")!.TextContent,
            StringComparison.Ordinal);

        await chief.DecideAsync(concern);

        Assert.Equal(ConcernStatus.Active, (await ConcernAsync(concern)).Status);
        var urgent = Assert.Single(await app.UrgentDecisionsAsync(), u => u.AreaOfConcernId == (int.Parse(concern.Split('/')[^1], CultureInfo.InvariantCulture)));
        Assert.Equal("Judged that it matters locally: An LAA target", urgent.Summary);
        Assert.Equal("Chief Executive", urgent.DecidedBy);
        Assert.True(urgent.AwaitsRatification);

        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var home = await cpeg.PageAsync("/cpeg");
        Assert.Contains("Between meetings: care home closures",
            home.Document.QuerySelector("section[aria-labelledby='ratification-heading']")!.TextContent, StringComparison.Ordinal);
        var next = await chief.ScheduleAsync(app.Today().AddDays(23));
        var meeting = await cpeg.PageAsync(next);
        Assert.Contains(meeting.Rows("The chair's urgent decisions, for ratification"),
            r => r.StartsWith($"Between meetings: care home closures | Judged that it matters locally: An LAA target | {app.Today().ToString("d MMM yyyy", EnGb)}", StringComparison.Ordinal));
        Assert.Contains("Awaiting ratification", meeting.Text, StringComparison.Ordinal);
    }
}
