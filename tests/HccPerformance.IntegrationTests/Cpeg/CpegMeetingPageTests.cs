using System.Globalization;
using System.Net;
using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Cpeg;

/// <summary>CPEG meetings: scheduling, the agenda built from what needs a decision, and decisions recorded against the meeting.</summary>
public sealed class CpegMeetingPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_meetings_agenda_lists_new_concerns_and_due_report_backs_each_linking_to_the_concern()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var fresh = await cpeg.RaiseAsync("Agenda: a new concern");
        var acting = await cpeg.RaiseAsync("Agenda: a concern under way");
        await cpeg.DecideAsync(acting);
        Assert.Equal(HttpStatusCode.Redirect, (await cpeg.AssignAsync(app, acting, await app.MenuItemIdAsync(4))).StatusCode);

        // Category four reports back monthly: its first report-back falls due before a meeting in five weeks.
        var meeting = await cpeg.ScheduleAsync(app.Today().AddDays(35), "Committee room 2");
        var page = await cpeg.PageAsync(meeting);

        Assert.Equal($"CPEG meeting, {app.Today().AddDays(35).ToString("d MMM yyyy", EnGb)}", page.H1);
        Assert.Contains("Committee room 2", page.Text, StringComparison.Ordinal);
        Assert.Contains("Agenda: a new concern", page.Rows("New concerns"));
        var due = Assert.Single(page.Rows("Report-backs due by the meeting"), r => r.StartsWith("Agenda: a concern under way", StringComparison.Ordinal));
        Assert.Contains($"Category four | {app.Today().AddMonths(1).ToString("d MMM yyyy", EnGb)}", due, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"table a[href='{fresh}']"));
        Assert.NotNull(page.Document.QuerySelector($"table a[href='{acting}']"));
        Assert.Contains("Decisions are recorded once the meeting has met", page.Text, StringComparison.Ordinal);

        var list = await cpeg.PageAsync("/cpeg/meetings");
        Assert.Contains(list.Rows("Upcoming meetings"), r => r.StartsWith(app.Today().AddDays(35).ToString("d MMM yyyy", EnGb), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decision_recorded_shows_on_the_meeting_page_and_the_concern_page()
    {
        using var chief = app.CreateSiteClient();
        await chief.SignInAsync(TestUsers.ChiefExecutive);
        var concern = await chief.RaiseAsync("Decision: delayed transfers of care");
        var meeting = await chief.ScheduleAsync(app.Today().AddDays(-7));
        var concernId = concern.Split('/')[^1];

        var recorded = await chief.PostFormToAsync(meeting, meeting + "/decisions", ("Input.AreaOfConcernId", concernId),
            ("Input.Summary", "It matters locally: ask Adult Services for a strategic action plan."));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var page = await chief.PageAsync(meeting);
        Assert.Contains("The decision is recorded", page.Status(), StringComparison.Ordinal);
        var row = Assert.Single(page.Rows("Decisions recorded"));
        Assert.StartsWith("Decision: delayed transfers of care | It matters locally: ask Adult Services for a strategic action plan. | Chief Executive", row, StringComparison.Ordinal);

        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);
        var concernPage = await officer.PageAsync(concern);
        var section = concernPage.Document.QuerySelector("section[aria-labelledby='cpeg-decisions-heading']")!.TextContent;
        Assert.Contains($"Meeting of {app.Today().AddDays(-7).ToString("d MMM yyyy", EnGb)}", section, StringComparison.Ordinal);
        Assert.Contains("ask Adult Services for a strategic action plan", section, StringComparison.Ordinal);
        Assert.NotNull(concernPage.Document.QuerySelector($"a[href='{meeting}']"));
    }

    [Theory]
    [InlineData(TestUsers.HeadOfImprovement)]
    [InlineData(TestUsers.PerformanceTeam)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.PerformanceMember)]
    public async Task Only_CPEG_and_the_Chief_Executive_record_decisions(string userName)
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var concern = await cpeg.RaiseAsync($"Recorded by {userName}?");
        var meeting = await cpeg.ScheduleAsync(app.Today().AddDays(-100 - userName.Length));
        var before = (await app.DecisionsAsync()).Count;

        using var other = app.CreateSiteClient();
        await other.SignInAsync(userName);
        var page = await other.PageAsync(meeting);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("form[action$='/decisions']"));
        var refused = await other.PostFormToAsync(meeting, meeting + "/decisions", ("Input.AreaOfConcernId", concern.Split('/')[^1]), ("Input.Summary", "Mine to decide"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, (await app.DecisionsAsync()).Count);
    }

    [Fact]
    public async Task A_decision_needs_a_concern_and_words_and_waits_for_the_meeting_day()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var concern = await cpeg.RaiseAsync("Decision checks");
        var held = await cpeg.ScheduleAsync(app.Today().AddDays(-1));
        var before = (await app.DecisionsAsync()).Count;

        var noConcern = await Page.ReadAsync(await cpeg.PostFormToAsync(held, held + "/decisions", ("Input.AreaOfConcernId", ""), ("Input.Summary", "Kept words")));
        Assert.Equal("Choose the concern the decision is about", noConcern.ErrorFor("Input.AreaOfConcernId"));
        Assert.Equal("Kept words", noConcern.TextAreaValue("Input.Summary")!.Trim());

        var noWords = await Page.ReadAsync(await cpeg.PostFormToAsync(held, held + "/decisions", ("Input.AreaOfConcernId", concern.Split('/')[^1]), ("Input.Summary", " ")));
        Assert.Equal("Say what CPEG decided", noWords.ErrorFor("Input.Summary"));
        Assert.Equal(concern.Split('/')[^1], noWords.Document.QuerySelector("#Input_AreaOfConcernId option[selected]")?.GetAttribute("value"));

        var notAConcern = await Page.ReadAsync(await cpeg.PostFormToAsync(held, held + "/decisions", ("Input.AreaOfConcernId", "999999"), ("Input.Summary", "Something")));
        Assert.Equal("Choose a concern from the agenda or one that is still open", notAConcern.ErrorFor("Input.AreaOfConcernId"));

        var future = await cpeg.ScheduleAsync(app.Today().AddDays(14));
        var early = await Page.ReadAsync(await cpeg.PostFormToAsync(future, future + "/decisions", ("Input.AreaOfConcernId", concern.Split('/')[^1]), ("Input.Summary", "Too soon")));
        Assert.Contains("record its decisions on or after that day", early.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(before, (await app.DecisionsAsync()).Count);
    }

    [Fact]
    public async Task Scheduling_is_for_CPEG_the_Chief_Executive_and_the_Head_of_Improvement_one_meeting_a_day()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var day = app.Today().AddDays(60);
        await head.ScheduleAsync(day, "Budget round");

        var again = await Page.ReadAsync(await head.PostFormToAsync("/cpeg/meetings", "/cpeg/meetings", ("Input.MeetsOn", CpegSite.Iso(day)), ("Input.Notes", "Kept notes")));
        Assert.StartsWith($"There is already a CPEG meeting on {day.ToString("d MMM yyyy", EnGb)}", again.ErrorFor("Input.MeetsOn"), StringComparison.Ordinal);
        Assert.Equal("Kept notes", again.TextAreaValue("Input.Notes")!.Trim());

        var noDate = await Page.ReadAsync(await head.PostFormToAsync("/cpeg/meetings", "/cpeg/meetings", ("Input.MeetsOn", ""), ("Input.Notes", "")));
        Assert.Equal("Enter the date of the meeting, like 15/12/2026", noDate.ErrorFor("Input.MeetsOn"));

        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);
        var list = await officer.PageAsync("/cpeg/meetings");
        Assert.Null(list.Document.QuerySelector("form[action='/cpeg/meetings']"));
        var refused = await officer.PostFormToAsync("/cpeg/meetings", "/cpeg/meetings", ("Input.MeetsOn", CpegSite.Iso(day.AddDays(1))), ("Input.Notes", ""));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain(list.Rows("Upcoming meetings"), r => r.StartsWith(day.AddDays(1).ToString("d MMM yyyy", EnGb), StringComparison.Ordinal));
    }

    public static TheoryData<string> EveryRole() => [.. TestUsers.AllButAdmin];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Every_officer_reads_a_meeting_and_Cabinet_and_Select_Committee_do_not(string userName)
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var meetings = await cpeg.PageAsync("/cpeg/meetings");
        var first = meetings.Document.QuerySelector("table a[href^='/cpeg/meetings/']")?.GetAttribute("href")
            ?? await cpeg.ScheduleAsync(app.Today().AddDays(200));

        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);
        var response = await client.GetAsync(first);

        Assert.Equal(userName is TestUsers.Leader or TestUsers.Cabinet or TestUsers.SelectCommittee ? HttpStatusCode.Forbidden : HttpStatusCode.OK, response.StatusCode);
    }
}
