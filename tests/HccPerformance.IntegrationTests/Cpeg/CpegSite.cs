using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Cpeg;

/// <summary>Steps the CPEG tests share, taken through the site's own forms as CPEG would.</summary>
internal static class CpegSite
{
    public static DateOnly Today(this AppFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Raises a concern (by hand, or from a record) and returns its address.</summary>
    public static async Task<string> RaiseAsync(this SiteClient cpeg, string title, string source = "ByHand", int? sourceId = null)
    {
        var fields = new List<(string, string)> { ("Input.Title", title), ("Input.Evidence", "Red for two quarters"), ("Input.Source", source) };
        if (sourceId is { } id)
        {
            fields.Add(("Input.SourceId", id.ToString(CultureInfo.InvariantCulture)));
        }

        var raised = await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", [.. fields]);
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        return raised.Headers.Location!.OriginalString;
    }

    public static async Task DecideAsync(this SiteClient cpeg, string concern)
    {
        var page = await cpeg.PageAsync(concern);
        var decided = await cpeg.PostFormToAsync(concern, concern + "/decide", ("Decide.Important", "true"), ("Decide.LocalImportanceReason", "An LAA target"),
            ("Decide.Version", page.ValueOf("Decide.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
    }

    /// <summary>Assigns a menu item (by number) to the demo Service Manager, every two months where the item asks.</summary>
    public static async Task<HttpResponseMessage> AssignAsync(this SiteClient cpeg, AppFactory app, string concern, int menuItemId)
    {
        var officer = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == TestUsers.ServiceManager).Select(u => u.Id).SingleAsync());
        var page = await cpeg.PageAsync(concern);
        return await cpeg.PostFormToAsync(concern, concern + "/interventions", ("Assign.MenuItemId", menuItemId.ToString(CultureInfo.InvariantCulture)),
            ("Assign.ResponsibleUserId", officer), ("Assign.FrequencyMonths", "2"), ("Assign.Version", page.ValueOf("Assign.Version")!));
    }

    public static Task<int> MenuItemIdAsync(this AppFactory app, int number) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.Where(m => m.Number == number).Select(m => m.Id).SingleAsync());

    public static Task<int> MenuCountAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.CountAsync());

    public static Task<List<MeetingDecision>> DecisionsAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().CpegMeetings.SelectMany(m => m.Decisions).ToListAsync());

    /// <summary>Schedules a meeting through the form and returns the meeting's address.</summary>
    public static async Task<string> ScheduleAsync(this SiteClient client, DateOnly day, string notes = "")
    {
        var scheduled = await client.PostFormToAsync("/cpeg/meetings", "/cpeg/meetings", ("Input.MeetsOn", Iso(day)), ("Input.Notes", notes));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        return scheduled.Headers.Location!.OriginalString;
    }

    /// <summary>
    /// A CPEG meeting in session on the test clock's today (issue 15: CPEG decides in its meetings), made if there is none, so a
    /// CPEG member's decisions are minuted there; returns its address.
    /// </summary>
    public static Task<string> SessionTodayAsync(this AppFactory app) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var today = app.Today();
        var meeting = await db.CpegMeetings.SingleOrDefaultAsync(m => m.MeetsOn == today);
        if (meeting is null)
        {
            meeting = new CpegMeeting(today, "In session for the test");
            db.CpegMeetings.Add(meeting);
            await db.SaveChangesAsync();
        }

        Assert.True(meeting.IsOpenForDecisions(today), "Today's meeting has its minutes confirmed already.");
        return $"/cpeg/meetings/{meeting.Id}";
    });

    /// <summary>Between meetings: the chair has confirmed the minutes of every meeting held, so none is in session.</summary>
    public static Task EndEverySessionAsync(this AppFactory app) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var today = app.Today();
        foreach (var meeting in await db.CpegMeetings.Where(m => m.MeetsOn <= today && m.MinutesConfirmedOn == null).ToListAsync())
        {
            meeting.ConfirmMinutes("Chief Executive", today);
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>The chair's urgent decision on a concern, taken a few days ago and awaiting ratification; returns its id.</summary>
    public static Task<int> UrgentDecisionAsync(this AppFactory app, string concern, string summary) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var urgent = new UrgentDecision(int.Parse(concern.Split('/')[^1], CultureInfo.InvariantCulture), summary, "Chief Executive",
            app.Clock.GetUtcNow().UtcDateTime.AddDays(-3));
        db.UrgentDecisions.Add(urgent);
        await db.SaveChangesAsync();
        return urgent.Id;
    });

    public static Task<List<UrgentDecision>> UrgentDecisionsAsync(this AppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().UrgentDecisions.AsNoTracking().ToListAsync());

    public static string? Status(this Page page) => page.Document.QuerySelector("[role=status]")?.TextContent.Trim();

    public static string? TextAreaValue(this Page page, string name) =>
        (page.Document.QuerySelector($"textarea[name='{name}']") as IHtmlTextAreaElement)?.Value;

    /// <summary>The text of each row of the table with this caption (or, with a visually hidden caption, the same).</summary>
    public static List<string> Rows(this Page page, string caption) =>
        [.. page.Document.QuerySelectorAll("table").Where(t => t.QuerySelector("caption")?.TextContent.Trim().StartsWith(caption, StringComparison.Ordinal) == true)
            .SelectMany(t => t.QuerySelectorAll("tbody tr")).Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim())))];
}
