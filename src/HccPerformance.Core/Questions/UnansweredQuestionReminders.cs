using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Jobs;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Questions;

/// <summary>
/// A question or challenge unanswered for a week (issue 19) is reminded once to whoever must answer it
/// (<see cref="QuestionRules.MayAnswer"/>: the department's Chief Officer, or the Head of Improvement for the overview).
/// </summary>
public sealed class UnansweredQuestionReminders(AppDbContext db, PeopleDirectory directory, ReminderLedger ledger) : IScheduledJob
{
    public const string JobName = "unanswered-question-reminders";
    public const string Kind = "question-unanswered";
    public const string AfterAWeek = "week";
    public static readonly TimeSpan Unanswered = TimeSpan.FromDays(7);

    public async Task<int> RunAsync(DateTime nowUtc, CancellationToken ct)
    {
        var askedBy = nowUtc - Unanswered;
        var waiting = await db.Questions.AsNoTracking().Where(q => q.AnsweredUtc == null && q.AskedUtc <= askedBy)
            .OrderBy(q => q.Id).Select(QuestionReads.View).ToListAsync(ct);
        if (waiting.Count == 0)
        {
            return 0;
        }

        // Who may answer, read once for all the questions rather than once a question.
        var chiefOfficers = await directory.InRoles(Roles.ChiefOfficer).Select(p => new { p.Id, p.DepartmentId }).Distinct().ToListAsync(ct);
        var heads = await directory.InRoles(Roles.HeadOfImprovement).Select(p => p.Id).Distinct().ToListAsync(ct);
        var sent = 0;
        foreach (var question in waiting)
        {
            var answerers = question.DepartmentId is { } department
                ? chiefOfficers.Where(p => p.DepartmentId == department).Select(p => p.Id).Distinct()
                : heads;
            foreach (var person in answerers)
            {
                var key = new ReminderKey(Kind, question.Id.ToString(CultureInfo.InvariantCulture), person, AfterAWeek);
                if (await ledger.SendOnceAsync(key, Text(question, nowUtc), question.SubjectLink, ct))
                {
                    sent++;
                }
            }
        }

        return sent;
    }

    public static string Text(QuestionView question, DateTime nowUtc) => string.Create(CultureInfo.GetCultureInfo("en-GB"),
        $"{question.AskedByName}'s {question.KindWord} on {question.Where}, put on {question.AskedUtc:d MMM yyyy} ({Question.Ago(question.AskedUtc, nowUtc)}), is still waiting for your answer.");
}
