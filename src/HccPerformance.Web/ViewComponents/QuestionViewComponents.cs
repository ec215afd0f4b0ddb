using HccPerformance.Core.Questions;
using HccPerformance.Web.Models.Questions;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// Beside one section of an issued report (the overview when <paramref name="section"/> is null): its questions and
/// answers, and the ask form for those who may ask. The report's page has already been read by this person, so whether
/// they read it is not asked again here.
/// </summary>
public sealed class ReportQuestionsViewComponent(QuestionService questions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int reportId, int? section, string title)
    {
        var found = await questions.OnReportSectionAsync(reportId, section, HttpContext.RequestAborted);
        return View("/Views/Questions/_SectionQuestions.cshtml", new SectionQuestionsViewModel
        {
            Questions = found.Questions,
            MayAsk = found.MayAsk,
            Action = $"/questions/reports/{reportId}/ask",
            Section = section,
            Key = section is { } i ? $"department-{i}" : "overview",
            Heading = $"Questions and challenge on {(section is null ? "the overview" : title)}",
            HeadingLevel = section is null ? 3 : 4,
            Where = section is null ? "the overview" : $"the {title} section",
            Answerer = section is null ? "The Head of Improvement" : $"The Chief Officer of {title}",
            NowUtc = questions.Now,
        });
    }
}

/// <summary>
/// On a self-assessment's page (whose reader has already been decided by its own rule): the Executive Member's questions
/// and challenges and the Chief Officer's answers, and the ask form for the department's Executive Member once submitted.
/// </summary>
public sealed class AssessmentQuestionsViewComponent(QuestionService questions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int departmentId, int periodId, string departmentName)
    {
        var found = await questions.OnAssessmentAsync(departmentId, periodId, HttpContext.RequestAborted);
        if (found.Questions.Count == 0 && !found.MayAsk)
        {
            return Content("");
        }

        return View("/Views/Questions/_SectionQuestions.cshtml", new SectionQuestionsViewModel
        {
            Questions = found.Questions,
            MayAsk = found.MayAsk,
            Action = $"/questions/self-assessments/{departmentId}/{periodId}/ask",
            Key = "assessment",
            Heading = "The Executive Member's questions and challenge",
            HeadingLevel = 2,
            Where = $"the {departmentName} self-assessment",
            Answerer = $"The Chief Officer of {departmentName}",
            NowUtc = questions.Now,
        });
    }
}

/// <summary>
/// On a home page: the questions waiting for this person's answer (a Chief Officer's department, the Head of Improvement's
/// overview) with their age in words, and the questions they put with the answers that came back. Nothing when there are none.
/// </summary>
public sealed class YourQuestionsViewComponent(QuestionService questions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool show = true)
    {
        if (!show)
        {
            return Content("");
        }

        var yours = await questions.YoursAsync(HttpContext.RequestAborted);
        return yours.ToAnswer.Count == 0 && yours.Asked.Count == 0
            ? Content("")
            : View(new YourQuestionsViewModel { Questions = yours, NowUtc = questions.Now });
    }
}
