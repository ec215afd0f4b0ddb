using HccPerformance.Core.Common;
using HccPerformance.Core.Questions;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// Questions and challenge (issue 15): members put them on an issued report's sections, Executive Members on their
/// department's submitted self-assessment; the Chief Officer or the Head of Improvement answers. Who reads the report or the
/// assessment is their own features' rule, asked by <see cref="QuestionService"/>; who asks and answers is checked there
/// before any input is looked at.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("questions")]
public sealed class QuestionsController(QuestionService questions) : AppController
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await PageAsync(id, null, ct));

    [HttpPost("{id:int}/answer")]
    public async Task<IActionResult> Answer(int id, [Bind(Prefix = "Input")] AnswerInput input, CancellationToken ct)
    {
        await questions.RequireMayAnswerAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            await questions.AnswerAsync(id, input, ct);
            return Done("Your answer is saved, and the person who asked has been told.", nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, input, ct)));
    }

    /// <summary>The ask form on its own page (the report shows one beside each section; a refused one comes back here).</summary>
    [HttpGet("reports/{reportId:int}/ask")]
    public async Task<IActionResult> AskOnReport(int reportId, int? section, CancellationToken ct) =>
        View("Ask", await ReportAskAsync(reportId, new AskInput { Section = section, Kind = QuestionKind.Question }, ct));

    [OnceOnly]
    [HttpPost("reports/{reportId:int}/ask")]
    public async Task<IActionResult> AskOnReport(int reportId, [Bind(Prefix = "Input")] AskInput input, CancellationToken ct)
    {
        await questions.RequireMayAskOnReportAsync(reportId, input.Section, ct);
        return await PostAsync(input, async () =>
        {
            await questions.AskOnReportAsync(reportId, input, ct);
            SetStatus("Your question is beside the section, and the person who answers for it has been told.");
            return RedirectToAction(nameof(ReportsController.Details), "Reports", new { id = reportId }, input.Section is { } i ? $"department-{i}" : "overview");
        }, async () => View("Ask", await ReportAskAsync(reportId, input, ct)));
    }

    [HttpGet("self-assessments/{departmentId:int}/{periodId:int}/ask")]
    public async Task<IActionResult> AskOnAssessment(int departmentId, int periodId, CancellationToken ct) =>
        View("Ask", await AssessmentAskAsync(departmentId, periodId, new AskInput { Kind = QuestionKind.Challenge }, ct));

    [OnceOnly]
    [HttpPost("self-assessments/{departmentId:int}/{periodId:int}/ask")]
    public async Task<IActionResult> AskOnAssessment(int departmentId, int periodId, [Bind(Prefix = "Input")] AskInput input, CancellationToken ct)
    {
        await questions.RequireMayAskOnAssessmentAsync(departmentId, periodId, ct);
        input.Section = null;
        return await PostAsync(input, async () =>
        {
            await questions.AskOnAssessmentAsync(departmentId, periodId, input, ct);
            SetStatus("Your question is on the self-assessment, and the Chief Officer has been told.");
            return RedirectToAction(nameof(SelfAssessmentsController.Details), "SelfAssessments", new { departmentId, periodId }, "questions-assessment");
        }, async () => View("Ask", await AssessmentAskAsync(departmentId, periodId, input, ct)));
    }

    private async Task<QuestionPageViewModel> PageAsync(int id, AnswerInput? input, CancellationToken ct)
    {
        var page = await questions.GetAsync(id, ct);
        return new QuestionPageViewModel
        {
            Question = page.Question,
            MayAnswer = page.MayAnswer,
            NowUtc = questions.Now,
            Input = input ?? new AnswerInput { Answer = page.Question.Answer, Version = page.Question.Version },
        };
    }

    private async Task<AskPageViewModel> ReportAskAsync(int reportId, AskInput input, CancellationToken ct)
    {
        var title = await questions.RequireMayAskOnReportAsync(reportId, input.Section, ct);
        return new AskPageViewModel
        {
            Where = input.Section is null ? "the overview of the corporate performance report" : $"the {title} section of the corporate performance report",
            BackLink = $"/reports/{reportId}#{(input.Section is { } i ? $"department-{i}" : "overview")}",
            Answerer = input.Section is null ? "The Head of Improvement" : $"The Chief Officer of {title}",
            Action = $"/questions/reports/{reportId}/ask",
            Input = input,
        };
    }

    private async Task<AskPageViewModel> AssessmentAskAsync(int departmentId, int periodId, AskInput input, CancellationToken ct)
    {
        var name = await questions.RequireMayAskOnAssessmentAsync(departmentId, periodId, ct);
        return new AskPageViewModel
        {
            Where = $"the {name} self-assessment",
            BackLink = $"/departments/{departmentId}/self-assessments/{periodId}",
            Answerer = $"The Chief Officer of {name}",
            Action = $"/questions/self-assessments/{departmentId}/{periodId}/ask",
            Input = input,
        };
    }
}
