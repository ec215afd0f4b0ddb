using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Concerns;

/// <summary>
/// Reminders before a report-back is due (issue 7), on the fake clock: the responsible officer is told once, a week
/// ahead at most, never for a report-back already submitted; and their home page lists what is overdue.
/// </summary>
public sealed class ReportBackReminderTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed class Acting(string userName, string role, string? userId) : ICurrentUser
    {
        public string? UserId => userId;
        public string UserName => userName;
        public string DisplayName => userName;
        public int? DepartmentId => null;

        public bool IsInRole(string r) => r == role;
    }

    private Task<T> AsAsync<T>(string userName, string role, Func<ConcernService, AppDbContext, Task<T>> act) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleOrDefaultAsync();
        var acting = new Acting(userName, role, id);
        return await act(new ConcernService(db, acting, app.Clock, s.GetRequiredService<Core.Notifications.INotificationSender>(),
            s.GetRequiredService<ConcernSources>(), s.GetRequiredService<Core.Organisation.OrganisationReads>(), s.GetRequiredService<Core.Organisation.PeopleDirectory>(),
            new CpegSitting(db, acting, app.Clock)), db);
    });

    private Task<AreaOfConcern> LoadAsync(int id) => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern
        .Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).AsNoTracking().SingleAsync(c => c.Id == id));

    private Task<int> SendAsync(DateOnly day) => app.WithScopeAsync(s => s.GetRequiredService<ReportBackReminders>().SendAsync(day));

    private Task<int> RemindersAsync(string userId, int concernId) => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Notifications
        .CountAsync(n => n.UserId == userId && n.Link == $"/concerns/{concernId}" && n.Text.StartsWith("Your report-back to CPEG")));

    [Fact]
    public async Task The_officer_is_told_once_a_week_ahead_and_not_about_a_report_back_already_submitted()
    {
        var officer = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == TestUsers.ServiceManager).Select(u => u.Id).SingleAsync());
        var menu = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.Where(m => m.Number == 4).Select(m => m.Id).SingleAsync());
        var id = await AsAsync(TestUsers.CpegMember, Roles.CpegMember, (s, _) => s.RaiseAsync(new RaiseInput { Title = "Reminder test", DepartmentId = null, Source = ConcernSource.ByHand, SourceId = null, Evidence = "Red" }));
        await AsAsync(TestUsers.CpegMember, Roles.CpegMember, async (s, _) =>
        {
            await s.DecideLocalImportanceAsync(id, new DecideInput { Important = true, LocalImportanceReason = "Matters", Version = (await LoadAsync(id)).Version });
            await s.AssignAsync(id, new AssignInput { MenuItemId = menu, ResponsibleUserId = officer, FrequencyMonths = null, Version = (await LoadAsync(id)).Version });
            return 0;
        });
        var dues = (await LoadAsync(id)).Interventions.Single().ReportBacks.Select(r => r.DueOn).ToList();

        // Eight days ahead is too early; seven days ahead tells the officer; the next day does not tell them again.
        await SendAsync(dues[0].AddDays(-8));
        Assert.Equal(0, await RemindersAsync(officer, id));
        await SendAsync(dues[0].AddDays(-7));
        Assert.Equal(1, await RemindersAsync(officer, id));
        await SendAsync(dues[0].AddDays(-6));
        Assert.Equal(1, await RemindersAsync(officer, id));
        Assert.Equal(dues[0].AddDays(-7), (await LoadAsync(id)).Interventions.Single().ReportBacks[0].ReminderSentOn);
        Assert.Single((await LoadAsync(id)).Interventions.Single().ReportBacks);

        // One report-back at a time: the first sent and accepted, CPEG sets the next within a month; sent early, it is not reminded.
        await SubmitAndAcceptAsync(id, 1);
        var second = (await LoadAsync(id)).Interventions.Single().ReportBacks[1];
        Assert.Equal(ConcernTestData.Today(app).AddMonths(1), second.DueOn);
        await AsAsync(TestUsers.ServiceManager, Roles.ServiceManager, async (s, _) =>
        {
            await s.SubmitReportBackAsync(id, second.Id, new ReportBackInput { Progress = "Done early", Evidence = null, Rag = Rag.Green, Version = (await LoadAsync(id)).Version });
            return 0;
        });
        await SendAsync(second.DueOn.AddDays(-3));
        Assert.Equal(1, await RemindersAsync(officer, id));

        // The third, set when CPEG accepts the second (category three: within two months), is told in its own week.
        await AcceptAsync(id, second.Id, 2);
        var third = (await LoadAsync(id)).Interventions.Single().ReportBacks[2];
        await SendAsync(third.DueOn.AddDays(-1));
        Assert.Equal(2, await RemindersAsync(officer, id));
        var texts = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Notifications
            .Where(n => n.UserId == officer && n.Link == $"/concerns/{id}" && n.Text.StartsWith("Your report-back to CPEG")).Select(n => n.Text).ToListAsync());
        Assert.All(texts, t => Assert.Contains("\"Reminder test\"", t, StringComparison.Ordinal));
    }

    private async Task SubmitAndAcceptAsync(int id, int nextMonths)
    {
        var first = (await LoadAsync(id)).Interventions.Single().ReportBacks[0];
        await AsAsync(TestUsers.ServiceManager, Roles.ServiceManager, async (s, _) =>
        {
            await s.SubmitReportBackAsync(id, first.Id, new ReportBackInput { Progress = "On track", Evidence = null, Rag = Rag.Green, Version = (await LoadAsync(id)).Version });
            return 0;
        });
        await AcceptAsync(id, first.Id, nextMonths);
    }

    private Task AcceptAsync(int id, int reportBackId, int nextMonths) => AsAsync(TestUsers.CpegMember, Roles.CpegMember, async (s, _) =>
    {
        await s.ReviewAsync(id, reportBackId, new ReportBackReviewInput { Decision = ReportBackReview.Accepted, NextMonths = nextMonths, Version = (await LoadAsync(id)).Version });
        return 0;
    });

    [Fact]
    public async Task The_officers_home_page_lists_their_overdue_report_back_first_in_words()
    {
        var concern = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var officer = await db.Users.Where(u => u.UserName == TestUsers.ServiceManager).Select(u => u.Id).SingleAsync();
            return await db.AreasOfConcern.Where(c => c.Status == ConcernStatus.Active && c.Interventions.Any(i => i.ResponsibleUserId == officer))
                .Select(c => new { c.Id, c.Title }).FirstAsync();
        });
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.ServiceManager);

        var home = await client.PageAsync("/");
        var section = home.Document.QuerySelector("#your-interventions");
        Assert.NotNull(section);
        var first = section.QuerySelector("li")!;
        Assert.Contains("Overdue", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("days ago", first.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/concerns/{concern.Id}", first.QuerySelector("a")!.GetAttribute("href"));

        using var other = app.CreateSiteClient();
        await other.SignInAsync(TestUsers.ChiefOfficer);
        var theirs = (await other.PageAsync("/")).Document.QuerySelector("#your-interventions");
        Assert.DoesNotContain(concern.Title, theirs?.TextContent ?? "", StringComparison.Ordinal);
    }
}
