using System.Linq.Expressions;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Questions;

/// <summary>
/// What the rest of the site reads of questions (convention 15): composable queries over the one table, and the one
/// projection into <see cref="QuestionView"/>. Who may read a question is the rule of the page it was put on.
/// </summary>
public sealed class QuestionReads(AppDbContext db)
{
    public IQueryable<Question> Questions => db.Questions.AsNoTracking();

    public IQueryable<Question> OnReportSection(int issuedReportId, int? sectionIndex) =>
        Questions.Where(q => q.Subject == QuestionSubject.ReportSection && q.IssuedReportId == issuedReportId && q.SectionIndex == sectionIndex);

    public IQueryable<Question> OnAssessment(int departmentId, int periodId) =>
        Questions.Where(q => q.Subject == QuestionSubject.SelfAssessment && q.DepartmentId == departmentId && q.ReportingPeriodId == periodId);

    /// <summary>Not answered yet, and answered by this department's Chief Officer (or, with no department, the Head of Improvement).</summary>
    public IQueryable<Question> WaitingFor(int? departmentId) => departmentId is { } department
        ? Questions.Where(q => q.AnsweredUtc == null && q.DepartmentId == department)
        : Questions.Where(q => q.AnsweredUtc == null && q.DepartmentId == null);

    public static readonly Expression<Func<Question, QuestionView>> View = q => new QuestionView(
        q.Id, q.Subject, q.Kind, q.IssuedReportId, q.SectionIndex, q.SectionTitle, q.DepartmentId, q.ReportingPeriodId, q.Text,
        q.AskedByName, q.AskedFor, q.AskedUtc, q.Answer, q.AnsweredByName, q.AnsweredUtc, q.Version, q.IsDemo);
}
