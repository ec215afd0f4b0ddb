using System.Text.Json;
using HccPerformance.Core.Common;
using HccPerformance.Core.Questions;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Documents.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Questions and challenge in use on a fresh demo (demo text): on the issued report, one answered by the Chief Officer of
/// Adult Services, one waiting for that answer, one on the overview for the Head of Improvement; and the Executive Member's
/// challenge on Adult Services' latest submitted self-assessment, waiting for the Chief Officer.
/// </summary>
public sealed class DemoQuestions(AppDbContext db, TimeProvider clock, ILogger<DemoQuestions> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Questions.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var people = await db.Users.Where(u => u.UserName == "cabinet" || u.UserName == "leader" || u.UserName == "select.committee"
                || u.UserName == "executive.member" || u.UserName == "chief.officer" || u.UserName == "head.of.improvement")
            .ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName), ct);
        var adult = await db.Departments.Where(d => d.Code == "AS").Select(d => new { d.Id, d.Name }).SingleOrDefaultAsync(ct);
        if (people.Count < 6 || adult is null)
        {
            return;
        }

        var seeded = 0;
        // Members ask on the latest version that has reached Cabinet (after the Performance Executive Member); a later
        // correction still waiting for CMT is not theirs to read yet.
        var report = await db.IssuedReports.Where(r => r.Considerations.Any(c => c.Body == Common.Body.PerformanceExecutiveMember))
            .OrderByDescending(r => r.IssuedUtc).Select(r => new { r.Id, r.ContentJson }).FirstOrDefaultAsync(ct);
        var sections = report is null ? [] : JsonSerializer.Deserialize<CorporateReportContent>(report.ContentJson)?.Departments ?? [];
        var section = sections.Select((s, i) => (s.Department, Index: i)).FirstOrDefault(s => s.Department == adult.Name);
        if (report is not null && section.Department is not null)
        {
            var (cabinetId, cabinetName) = people["cabinet"];
            var answered = Question.OnReport(report.Id, section.Index, adult.Name, adult.Id, QuestionKind.Question,
                "Demo question. The section says residential placements are above plan. How many more than planned, and what does that cost in a full year?",
                cabinetId, cabinetName, Body.Cabinet, now.AddDays(-12));
            var (chiefId, chiefName) = people["chief.officer"];
            answered.AnswerWith("Demo answer. The figures are in the department's monthly finance report; the short version is that placements have "
                + "risen faster than planned since the summer, and the department is reviewing every new placement at a weekly panel.",
                chiefId, chiefName, now.AddDays(-10));
            var (leaderId, leaderName) = people["leader"];
            var waiting = Question.OnReport(report.Id, section.Index, adult.Name, adult.Id, QuestionKind.Challenge,
                "Demo challenge. Is holding the position on delayed discharges ambitious enough, when neighbouring councils improved theirs?",
                leaderId, leaderName, Body.Cabinet, now.AddDays(-9));
            var (scrutinyId, scrutinyName) = people["select.committee"];
            var overview = Question.OnReport(report.Id, null, Question.OverviewTitle, null, QuestionKind.Question,
                "Demo question. The overview mentions recruitment in several departments. Will the Select Committee see the corporate response?",
                scrutinyId, scrutinyName, Body.OverviewAndScrutiny, now.AddDays(-4));
            db.Questions.AddRange(answered, waiting, overview);
            seeded += 3;
        }

        var received = new[] { AssessmentStatus.Submitted, AssessmentStatus.Resubmitted, AssessmentStatus.Accepted };
        var assessment = await db.SelfAssessments.Where(a => a.DepartmentId == adult.Id && received.Contains(a.Status))
            .OrderByDescending(a => a.ReportingPeriod!.FinancialYear).ThenByDescending(a => a.ReportingPeriod!.Quarter)
            .Select(a => new { a.ReportingPeriodId }).FirstOrDefaultAsync(ct);
        if (assessment is not null)
        {
            var (memberId, memberName) = people["executive.member"];
            db.Questions.Add(Question.OnAssessment(adult.Id, assessment.ReportingPeriodId, adult.Name, QuestionKind.Challenge,
                "Demo challenge. The statement says the service is on track, but two of the indicators it names are amber. What would make them green by year end?",
                memberId, memberName, now.AddDays(-3)));
            seeded++;
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} demo questions", seeded);
    }
}
