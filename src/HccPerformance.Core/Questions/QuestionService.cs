using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Reports;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Questions;

/// <summary>
/// Questions and challenge (issue 15; Appendix One, 4.20): members put them on an issued report's sections, Executive
/// Members on their department's submitted self-assessment; the Chief Officer (or, for the overview, the Head of
/// Improvement) answers. Whether someone reads the report or the assessment is asked of those features, never decided here.
/// </summary>
public sealed class QuestionService(
    AppDbContext db, QuestionReads reads, ICurrentUser user, TimeProvider clock, ReportReader reports, SelfAssessmentReads assessments,
    OrganisationReads organisation, PeopleDirectory people, INotificationSender notify)
{
    /// <summary>How many questions a home page lists of those a person asked.</summary>
    public const int AskedShown = 10;

    public bool MayAskOnReport => QuestionRules.MayAskOnReport(user.IsInRole);

    /// <summary>The questions beside one section of a report the reader is already reading.</summary>
    public async Task<SectionQuestions> OnReportSectionAsync(int reportId, int? section, CancellationToken ct = default) =>
        new(await reads.OnReportSection(reportId, section).OrderBy(q => q.AskedUtc).Select(QuestionReads.View).ToListAsync(ct), MayAskOnReport);

    /// <summary>The questions on a self-assessment whose page the reader is already reading.</summary>
    public async Task<SectionQuestions> OnAssessmentAsync(int departmentId, int periodId, CancellationToken ct = default)
    {
        var status = await StatusAsync(departmentId, periodId, ct);
        return new(await reads.OnAssessment(departmentId, periodId).OrderBy(q => q.AskedUtc).Select(QuestionReads.View).ToListAsync(ct),
            QuestionRules.MayAskOnAssessment(user.IsInRole, user.DepartmentId, departmentId) && status is { } s && AssessmentVisibility.IsReceived(s));
    }

    /// <summary>
    /// The section's heading, for the ask page; 404 for a report this person may not read (the Reports feature's rule) or a
    /// section it does not have, 403 for someone who reads it but does not put questions.
    /// </summary>
    public async Task<string> RequireMayAskOnReportAsync(int reportId, int? section, CancellationToken ct = default)
    {
        var (_, content) = await reports.GetAsync(reportId, ct);
        if (!MayAskOnReport)
        {
            throw new ForbiddenException("Questions on the report are put by members of CMT, the Leader, Cabinet members, the Performance Executive Member, Executive Members and Select Committee members.");
        }

        return section switch
        {
            null => Question.OverviewTitle,
            { } i when i >= 0 && i < content.Departments.Count => content.Departments[i].Department,
            _ => throw new NotFoundException("The section"),
        };
    }

    public async Task<int> AskOnReportAsync(int reportId, AskInput input, CancellationToken ct = default)
    {
        var title = await RequireMayAskOnReportAsync(reportId, input.Section, ct);
        int? departmentId = null;
        if (input.Section is not null)
        {
            departmentId = await organisation.Departments.Where(d => d.Name == title).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct)
                ?? throw new DomainException($"{title} is no longer one of the council's departments, so nobody answers for its section.", nameof(AskInput.Text));
        }

        var question = Question.OnReport(reportId, input.Section, title, departmentId, input.Kind!.Value, input.Text!, UserId, user.DisplayName,
            QuestionRules.BodyOf(user.IsInRole), Now);
        db.Questions.Add(question);
        var answerers = departmentId is { } d
            ? people.InRoles(Roles.ChiefOfficer).Where(p => p.DepartmentId == d)
            : people.InRoles(Roles.HeadOfImprovement);
        await TellAsync(answerers, $"{user.DisplayName} put a {Question.KindWord(question.Kind)} on the {title} section of the corporate performance report for you to answer.",
            $"/reports/{reportId}#{(input.Section is { } i ? $"department-{i}" : "overview")}", ct);
        await db.SaveChangesAsync(ct);
        return question.Id;
    }

    /// <summary>The department's name, for the ask page; 403 for anyone but its own Executive Member.</summary>
    public async Task<string> RequireMayAskOnAssessmentAsync(int departmentId, int periodId, CancellationToken ct = default)
    {
        if (!QuestionRules.MayAskOnAssessment(user.IsInRole, user.DepartmentId, departmentId))
        {
            throw new ForbiddenException("Only the department's Executive Member puts questions on its self-assessment.");
        }

        return await organisation.Departments.Where(d => d.Id == departmentId).Select(d => d.Name).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The department");
    }

    public async Task<int> AskOnAssessmentAsync(int departmentId, int periodId, AskInput input, CancellationToken ct = default)
    {
        var name = await RequireMayAskOnAssessmentAsync(departmentId, periodId, ct);
        if (await StatusAsync(departmentId, periodId, ct) is not { } status || !AssessmentVisibility.IsReceived(status))
        {
            throw new DomainException("The Chief Officer has not submitted this self-assessment yet: put your question once it is submitted (while it is a draft, work on it together).");
        }

        var question = Question.OnAssessment(departmentId, periodId, name, input.Kind!.Value, input.Text!, UserId, user.DisplayName, Now);
        db.Questions.Add(question);
        await TellAsync(people.InRoles(Roles.ChiefOfficer).Where(p => p.DepartmentId == departmentId),
            $"{user.DisplayName} put a {Question.KindWord(question.Kind)} on the {name} self-assessment for you to answer.",
            SelfAssessmentService.LinkTo(departmentId, periodId), ct);
        await db.SaveChangesAsync(ct);
        return question.Id;
    }

    /// <summary>A question, for those who read the page it was put on (404 for anyone else).</summary>
    public async Task<QuestionPage> GetAsync(int id, CancellationToken ct = default)
    {
        var question = await reads.Questions.Where(q => q.Id == id).Select(QuestionReads.View).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The question");
        await RequireReadsAsync(question, ct);
        return new QuestionPage(question, QuestionRules.MayAnswer(user.IsInRole, user.DepartmentId, question.DepartmentId));
    }

    /// <summary>Refuses (403) anyone but the one who answers it; 404 for a question they may not read.</summary>
    public async Task RequireMayAnswerAsync(int id, CancellationToken ct = default)
    {
        if (!(await GetAsync(id, ct)).MayAnswer)
        {
            throw new ForbiddenException("A question on a department's section or self-assessment is answered by its Chief Officer; one on the overview by the Head of Improvement.");
        }
    }

    public async Task AnswerAsync(int id, AnswerInput input, CancellationToken ct = default)
    {
        await RequireMayAnswerAsync(id, ct);
        var question = await db.Questions.SingleAsync(q => q.Id == id, ct);
        db.ExpectVersion(question, input.Version);
        var first = !question.IsAnswered;
        question.AnswerWith(input.Answer!, UserId, user.DisplayName, Now);
        if (first)
        {
            var link = $"/questions/{id}";
            var what = $"{user.DisplayName} answered the {Question.KindWord(question.Kind)} on {WhereWords(question)}";
            notify.Send(question.AskedById, $"{what} that you put.", link);
            if (question.AskedFor is { } body)
            {
                await TellAsync(people.InRoles(Bodies.RolesOf(body)).Where(p => p.Id != question.AskedById && p.Id != UserId),
                    $"{what} that {question.AskedByName} put for {Bodies.Name(body)}.", link, ct);
            }
        }

        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await reads.Questions.Where(q => q.Id == id).SingleAsync(ct);
            return new ConcurrencyConflictException(
                $"{theirs.AnsweredByName ?? theirs.ModifiedBy ?? "Someone"} answered this {Question.KindWord(theirs.Kind)} while you were writing, so your answer was not saved. Their answer is shown below; your text is still in the form.",
                theirs.Version,
                new Dictionary<string, string?> { ["Answer"] = theirs.Answer, ["Answered by"] = theirs.AnsweredByName });
        }, ct);
    }

    /// <summary>The questions waiting for this person's answer and those they asked, for their home page.</summary>
    public async Task<YourQuestions> YoursAsync(CancellationToken ct = default)
    {
        var toAnswer = new List<QuestionView>();
        if (user.IsInRole(Roles.ChiefOfficer) && user.DepartmentId is { } own)
        {
            toAnswer.AddRange(await reads.WaitingFor(own).OrderBy(q => q.AskedUtc).Select(QuestionReads.View).ToListAsync(ct));
        }

        if (user.IsInRole(Roles.HeadOfImprovement))
        {
            toAnswer.AddRange(await reads.WaitingFor(null).OrderBy(q => q.AskedUtc).Select(QuestionReads.View).ToListAsync(ct));
        }

        var asked = await reads.Questions.Where(q => q.AskedById == UserId).OrderByDescending(q => q.AskedUtc).Take(AskedShown)
            .Select(QuestionReads.View).ToListAsync(ct);
        return new YourQuestions(toAnswer, asked);
    }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string UserId => user.UserId ?? throw new ForbiddenException("Sign in to put or answer a question.");

    private static string WhereWords(Question q) => q.Subject == QuestionSubject.SelfAssessment
        ? $"the {q.SectionTitle} self-assessment"
        : q.SectionIndex is null ? "the report's overview" : $"the {q.SectionTitle} section of the report";

    private async Task RequireReadsAsync(QuestionView question, CancellationToken ct)
    {
        if (question.Subject == QuestionSubject.ReportSection)
        {
            // The Reports feature decides who reads which issued version; it answers NotFound for anyone else.
            await reports.GetAsync(question.IssuedReportId!.Value, ct);
            return;
        }

        var status = await StatusAsync(question.DepartmentId!.Value, question.ReportingPeriodId!.Value, ct);
        if (!AssessmentVisibility.MayRead(assessments.Reader, AssessmentSurface.AssessmentPage, question.DepartmentId.Value, status))
        {
            throw new NotFoundException("The question");
        }
    }

    private Task<AssessmentStatus?> StatusAsync(int departmentId, int periodId, CancellationToken ct) =>
        assessments.States.Where(a => a.DepartmentId == departmentId && a.PeriodId == periodId).Select(a => (AssessmentStatus?)a.Status).SingleOrDefaultAsync(ct);

    private async Task TellAsync(IQueryable<Person> who, string text, string link, CancellationToken ct)
    {
        foreach (var id in await who.Select(p => p.Id).Distinct().ToListAsync(ct))
        {
            notify.Send(id, text, link);
        }
    }
}
