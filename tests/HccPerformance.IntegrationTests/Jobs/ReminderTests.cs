using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.Questions;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Jobs;

/// <summary>
/// Each reminder of issue 19, run as the scheduled job runs it on the day given: who is told, when, in what words, and
/// never twice.
/// </summary>
public sealed class ReminderTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<int> DeadlineAsync(DateOnly day) => app.WithScopeAsync(s => s.GetRequiredService<DeadlineReminders>().SendAsync(day));

    [Fact]
    public async Task Whoever_holds_an_unsent_self_assessment_is_told_a_week_and_a_day_before_the_deadline_once_each()
    {
        var period = await JobHarness.NextDeadlineAsync(app);
        var link = (int department) => SelfAssessmentService.LinkTo(department, period.Id);
        // Who holds each department's assessment for the period, as the tracker shows it.
        var holders = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var statuses = await db.SelfAssessments.Where(a => a.ReportingPeriodId == period.Id).ToDictionaryAsync(a => a.DepartmentId, a => (AssessmentStatus?)a.Status);
            var people = await (from u in db.Users
                                join ur in db.UserRoles on u.Id equals ur.UserId
                                join r in db.Roles on ur.RoleId equals r.Id
                                where (r.Name == Roles.ChiefOfficer || r.Name == Roles.ExecutiveMember) && u.DepartmentId != null
                                select new { u.Id, u.UserName, Department = u.DepartmentId!.Value, Role = r.Name! }).ToListAsync();
            var active = await db.Departments.Where(d => d.IsActive).Select(d => d.Id).ToListAsync();
            return people.Where(p => active.Contains(p.Department))
                .Select(p => (p.Id, p.UserName, p.Department, p.Role, Holds: DeadlineReminders.HolderRole(statuses.GetValueOrDefault(p.Department)) == p.Role)).ToList();
        });
        Assert.Contains(holders, h => h.Holds);
        var before = await JobHarness.LastNotificationIdAsync(app);

        // Eight days before: nobody. A week before: each holder once. Again the next day: nobody again.
        Assert.Equal(0, await DeadlineAsync(period.Deadline.AddDays(-8)));
        Assert.Equal(holders.Count(h => h.Holds), await DeadlineAsync(period.Deadline.AddDays(-7)));
        Assert.Equal(0, await DeadlineAsync(period.Deadline.AddDays(-6)));
        var week = await JobHarness.NotificationsSinceAsync(app, before);
        foreach (var h in holders)
        {
            var theirs = week.Where(n => n.UserId == h.Id && n.Link == link(h.Department)).ToList();
            Assert.True(theirs.Count == (h.Holds ? 1 : 0), $"{h.UserName} ({h.Role}) was told {theirs.Count} times");
        }

        var chief = holders.FirstOrDefault(h => h.Holds && h.Role == Roles.ChiefOfficer);
        Assert.Contains("has not been sent: it is due on", week.First(n => n.UserId == chief.Id).Text, StringComparison.Ordinal);
        Assert.Contains($"in 7 days", week.First(n => n.UserId == chief.Id).Text, StringComparison.Ordinal);

        // The day before: the second reminder, once; on the deadline nothing more; after it, nothing at all.
        Assert.Equal(holders.Count(h => h.Holds), await DeadlineAsync(period.Deadline.AddDays(-1)));
        Assert.Equal(0, await DeadlineAsync(period.Deadline));
        Assert.Equal(0, await DeadlineAsync(period.Deadline.AddDays(1)));
        var all = await JobHarness.NotificationsSinceAsync(app, before);
        Assert.Equal(2 * holders.Count(h => h.Holds), all.Count);
        Assert.Contains(all, n => n.UserId == chief.Id && n.Text.EndsWith(", tomorrow.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_question_unanswered_for_a_week_is_reminded_once_to_the_Chief_Officer_who_must_answer_and_an_answered_one_is_not()
    {
        var period = await JobHarness.NextDeadlineAsync(app);
        var chief = await JobHarness.UserIdAsync(app, TestUsers.ChiefOfficer);
        var asked = new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
        var (department, waiting, answered) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == TestUsers.ChiefOfficer);
            var name = await db.Departments.Where(d => d.Id == user.DepartmentId).Select(d => d.Name).SingleAsync();
            var q1 = Question.OnAssessment(user.DepartmentId!.Value, period.Id, name, QuestionKind.Challenge, "Why has nothing moved?", "em", "Reminder Tester", asked);
            var q2 = Question.OnAssessment(user.DepartmentId!.Value, period.Id, name, QuestionKind.Question, "What changed?", "em", "Reminder Tester", asked);
            q2.AnswerWith("This did.", user.Id, user.DisplayName, asked.AddDays(2));
            db.Questions.AddRange(q1, q2);
            await db.SaveChangesAsync();
            return (user.DepartmentId!.Value, q1.Id, q2.Id);
        });
        var before = await JobHarness.LastNotificationIdAsync(app);
        Task<int> RunAsync(DateTime at) => app.WithScopeAsync(s => s.GetRequiredService<UnansweredQuestionReminders>().RunAsync(at, default));
        async Task<List<JobHarness.Sent>> OursAsync() => (await JobHarness.NotificationsSinceAsync(app, before))
            .Where(n => n.Text.StartsWith("Reminder Tester's", StringComparison.Ordinal)).ToList();

        await RunAsync(asked.AddDays(6));
        Assert.Empty(await OursAsync());
        await RunAsync(asked.AddDays(7));
        await RunAsync(asked.AddDays(8));
        var ours = await OursAsync();
        var reminded = Assert.Single(ours, n => n.UserId == chief);
        Assert.All(ours, n => Assert.Equal(SelfAssessmentService.LinkTo(department, period.Id), n.Link));
        Assert.StartsWith("Reminder Tester's challenge on the ", reminded.Text, StringComparison.Ordinal);
        Assert.Contains("put on 2 Mar 2026 (7 days ago), is still waiting for your answer.", reminded.Text, StringComparison.Ordinal);
        var rows = await JobHarness.RemindersAsync(app, UnansweredQuestionReminders.Kind);
        Assert.DoesNotContain(rows, r => r.Subject == answered.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ours.Count, rows.Count(r => r.Subject == waiting.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task CPEGs_report_is_reminded_to_the_Head_of_Improvement_and_the_chair_when_due_and_again_when_overdue()
    {
        var last = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IssuedCpegReports.MaxAsync(r => (DateTime?)r.IssuedUtc));
        var lastOn = DateOnly.FromDateTime(last ?? new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        var dueOn = lastOn.AddMonths(CpegReportSchedule.EveryMonths);
        var head = await JobHarness.UserIdAsync(app, TestUsers.HeadOfImprovement);
        var chair = await JobHarness.UserIdAsync(app, TestUsers.ChiefExecutive);
        var member = await JobHarness.UserIdAsync(app, TestUsers.CpegMember);
        var before = await JobHarness.LastNotificationIdAsync(app);
        Task<int> SendAsync(DateOnly day) => app.WithScopeAsync(s => s.GetRequiredService<CpegReportReminders>().SendAsync(day));
        async Task<List<JobHarness.Sent>> SentAsync() => (await JobHarness.NotificationsSinceAsync(app, before)).Where(n => n.Link == CpegReportReminders.Link).ToList();

        if (last is not null)
        {
            Assert.Equal(0, await SendAsync(dueOn.AddMonths(-1).AddDays(-1)));
            await SendAsync(dueOn.AddDays(-10));
            await SendAsync(dueOn.AddDays(-9));
            var due = await SentAsync();
            Assert.Equal(new[] { chair, head }.Order(), due.Select(n => n.UserId).Order());
            Assert.All(due, n => Assert.StartsWith("CPEG's twice-yearly report to CMT is due on ", n.Text, StringComparison.Ordinal));
            Assert.DoesNotContain(due, n => n.UserId == member);
        }

        await SendAsync(dueOn.AddDays(1));
        await SendAsync(dueOn.AddDays(2));
        var overdue = (await SentAsync()).Where(n => n.Text.Contains("overdue", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { chair, head }.Order(), overdue.Select(n => n.UserId).Order());
    }
}
