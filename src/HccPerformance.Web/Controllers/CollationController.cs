using HccPerformance.Core.Common;
using HccPerformance.Core.Reports;
using HccPerformance.Documents.Reports;
using HccPerformance.Documents.Word;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// The Head of Improvement's collation of a period's self-assessments into the corporate performance report (framework
/// process 2): annotations, the overview, themes, areas of concern by exception, previews and issuing. The services check
/// the role again on every call.
/// </summary>
[Authorize(Policy = Policies.Collate)]
[Route("collation")]
public sealed class CollationController(
    CollationWorkspace workspace, AnnotationService annotations, OverviewService overview, ConcernsByException exceptions, ReportIssuing issuing) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? period, CancellationToken ct) =>
        (period ?? await workspace.DefaultPeriodIdAsync(ct)) is { } id ? RedirectToAction(nameof(Workspace), new { periodId = id }) : NotFound();

    [HttpGet("{periodId:int}")]
    public async Task<IActionResult> Workspace(int periodId, CancellationToken ct) => View(await workspace.WorkspaceAsync(periodId, ct));

    // Annotations ------------------------------------------------------------------------------------------------------

    [HttpGet("{periodId:int}/departments/{departmentId:int}")]
    public async Task<IActionResult> Annotate(int periodId, int departmentId, CancellationToken ct)
    {
        try
        {
            return View(new AnnotatePageViewModel { Assessment = await annotations.AnnotationsAsync(periodId, departmentId, ct) });
        }
        catch (DomainException error)
        {
            SetStatus(error.Message);
            return RedirectToAction(nameof(Workspace), new { periodId });
        }
    }

    [OnceOnly]
    [HttpPost("{periodId:int}/departments/{departmentId:int}")]
    public Task<IActionResult> Annotate(int periodId, int departmentId, [Bind(Prefix = "Input")] AnnotationInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await annotations.AddAnnotationAsync(periodId, departmentId, input, ct);
            return Done("Your comment is saved. It goes into the report with the self-assessment.", nameof(Annotate), new { periodId, departmentId });
        }, async () => View(new AnnotatePageViewModel { Assessment = await annotations.AnnotationsAsync(periodId, departmentId, ct), Input = input }));

    [HttpGet("annotations/{id:int}/edit")]
    public async Task<IActionResult> EditAnnotation(int id, CancellationToken ct)
    {
        var annotation = await annotations.AnnotationAsync(id, ct);
        var (departmentId, periodId) = await annotations.AnnotationPlaceAsync(id, ct);
        return View(new AnnotationEditViewModel
        {
            Annotation = annotation, DepartmentId = departmentId, PeriodId = periodId,
            Input = new AnnotationInput { Text = annotation.Text, Version = annotation.Version },
        });
    }

    [HttpPost("annotations/{id:int}/edit")]
    public async Task<IActionResult> EditAnnotation(int id, [Bind(Prefix = "Input")] AnnotationInput input, CancellationToken ct)
    {
        var (departmentId, periodId) = await annotations.AnnotationPlaceAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            await annotations.UpdateAnnotationAsync(id, input, ct);
            return Done("The comment is changed.", nameof(Annotate), new { periodId, departmentId });
        }, async () => View(new AnnotationEditViewModel
        {
            Annotation = await annotations.AnnotationAsync(id, ct), DepartmentId = departmentId, PeriodId = periodId, Input = input,
        }));
    }

    [HttpPost("annotations/{id:int}/remove")]
    public async Task<IActionResult> RemoveAnnotation(int id, Guid version, CancellationToken ct)
    {
        var (departmentId, periodId) = await annotations.AnnotationPlaceAsync(id, ct);
        try
        {
            await annotations.RemoveAnnotationAsync(id, version, ct);
            SetStatus("The comment is removed.");
        }
        catch (DomainException error)
        {
            SetStatus($"Nothing was removed. {error.Message}");
        }

        return RedirectToAction(nameof(Annotate), new { periodId, departmentId });
    }

    // The overview -----------------------------------------------------------------------------------------------------

    [HttpGet("{periodId:int}/overview")]
    public async Task<IActionResult> Overview(int periodId, CancellationToken ct)
    {
        var view = await overview.OverviewAsync(periodId, ct);
        return View(new OverviewPageViewModel { View = view, Input = OverviewPageViewModel.InputFrom(view) });
    }

    [HttpPost("{periodId:int}/overview")]
    public Task<IActionResult> Overview(int periodId, [Bind(Prefix = "Input")] OverviewInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await overview.SaveOverviewAsync(periodId, input, ct);
            return Done("The overview is saved. It goes into the next version of the report you issue.", nameof(Overview), new { periodId });
        }, async () => View(new OverviewPageViewModel { View = await overview.OverviewAsync(periodId, ct), Input = input }));

    // Themes -----------------------------------------------------------------------------------------------------------

    [HttpGet("{periodId:int}/themes")]
    public async Task<IActionResult> Themes(int periodId, CancellationToken ct) => View(await ThemesModelAsync(periodId, ct));

    [HttpPost("{periodId:int}/themes/accept")]
    public Task<IActionResult> AcceptTheme(int periodId, DecisionInput input, CancellationToken ct) =>
        DecideAsync(() => overview.AcceptThemeAsync(periodId, input, ct), input, "The theme is in the overview's common themes, where you can change its words.",
            nameof(Themes), async () => await ThemesModelAsync(periodId, ct), periodId);

    [HttpPost("{periodId:int}/themes/ignore")]
    public Task<IActionResult> IgnoreTheme(int periodId, DecisionInput input, CancellationToken ct) =>
        DecideAsync(() => overview.IgnoreThemeAsync(periodId, input.Key ?? "", ct), input, "The theme is set aside. It stays ignored unless you reconsider it.",
            nameof(Themes), async () => await ThemesModelAsync(periodId, ct), periodId);

    [HttpPost("{periodId:int}/themes/reconsider")]
    public Task<IActionResult> ReconsiderTheme(int periodId, DecisionInput input, CancellationToken ct) =>
        DecideAsync(() => overview.ReconsiderThemeAsync(periodId, input.Key ?? "", ct), input, "The theme is back among the candidates.",
            nameof(Themes), async () => await ThemesModelAsync(periodId, ct), periodId);

    // Areas of concern by exception ---------------------------------------------------------------------------------------

    [HttpGet("{periodId:int}/exceptions")]
    public async Task<IActionResult> Exceptions(int periodId, CancellationToken ct) => View(await ExceptionsModelAsync(periodId, ct));

    [HttpPost("{periodId:int}/exceptions/keep")]
    public Task<IActionResult> KeepException(int periodId, DecisionInput input, CancellationToken ct) =>
        DecideAsync(() => exceptions.KeepExceptionAsync(periodId, input, ct), input, "The area of concern is kept in your words.",
            nameof(Exceptions), async () => await ExceptionsModelAsync(periodId, ct), periodId);

    [HttpPost("{periodId:int}/exceptions/drop")]
    public Task<IActionResult> DropException(int periodId, DecisionInput input, CancellationToken ct) =>
        DecideAsync(() => exceptions.DropExceptionAsync(periodId, input.Key ?? "", ct), input, "The area of concern is dropped from the overview.",
            nameof(Exceptions), async () => await ExceptionsModelAsync(periodId, ct), periodId);

    [HttpPost("{periodId:int}/exceptions/restore")]
    public Task<IActionResult> RestoreException(int periodId, DecisionInput input, CancellationToken ct) =>
        DecideAsync(() => exceptions.RestoreExceptionAsync(periodId, input.Key ?? "", ct), input, "The area of concern is back, in the words it came with.",
            nameof(Exceptions), async () => await ExceptionsModelAsync(periodId, ct), periodId);

    // Preview and issue ------------------------------------------------------------------------------------------------

    [HttpGet("{periodId:int}/preview")]
    public async Task<IActionResult> Preview(int periodId, CancellationToken ct) =>
        View(new ReportPageViewModel { Content = await issuing.PreviewAsync(periodId, ct), PreviewPeriodId = periodId });

    [HttpGet("{periodId:int}/preview/pdf")]
    public async Task<IActionResult> PreviewPdf(int periodId, CancellationToken ct)
    {
        var content = await issuing.PreviewAsync(periodId, ct);
        return File(CorporateReportPdf.Render(content), "application/pdf", ReportReader.FileName($"draft corporate performance report {content.Period}"));
    }

    /// <summary>The draft as a Word document (issue 20): the same preview, for the same person, as the PDF above.</summary>
    [HttpGet("{periodId:int}/preview/word")]
    public async Task<IActionResult> PreviewWord(int periodId, CancellationToken ct)
    {
        var content = await issuing.PreviewAsync(periodId, ct);
        return File(CorporateReportWord.Render(content), WordReport.ContentType, ReportReader.FileName($"draft corporate performance report {content.Period}", ".docx"));
    }

    [HttpGet("{periodId:int}/issue")]
    public async Task<IActionResult> Issue(int periodId, CancellationToken ct) =>
        View(new IssuePageViewModel { Check = await issuing.IssueCheckAsync(periodId, ct) });

    [OnceOnly]
    [HttpPost("{periodId:int}/issue")]
    public async Task<IActionResult> Issue(int periodId, bool confirmNotReceived, CancellationToken ct)
    {
        try
        {
            var id = await issuing.IssueAsync(periodId, confirmNotReceived, ct);
            SetStatus("The report is issued. CMT, the Executive Member for Efficiency, Performance and Rural Policy and Cabinet have been told in the site. "
                + "This version will never change: later changes go into the next version.");
            return RedirectToAction(nameof(ReportsController.Details), "Reports", new { id });
        }
        catch (DomainException error)
        {
            ModelState.AddModelError(error.Field ?? "", error.Message);
            return View(new IssuePageViewModel { Check = await issuing.IssueCheckAsync(periodId, ct), ConfirmNotReceived = confirmNotReceived });
        }
    }

    private async Task<IActionResult> DecideAsync<TRow>(Func<Task> step, DecisionInput input, string done, string page,
        Func<Task<DecisionsPageViewModel<TRow>>> model, int periodId)
    {
        try
        {
            await step();
            SetStatus(done);
            return RedirectToAction(page, new { periodId });
        }
        catch (DomainException error)
        {
            var m = await model();
            m.Failed = input;
            m.FailedField = error.Field;
            m.FailedMessage = error.Message;
            ModelState.AddModelError(error.Field is null ? "" : $"decision-{error.Field}", error.Message);
            return View(page, m);
        }
    }

    private async Task<DecisionsPageViewModel<ThemeRow>> ThemesModelAsync(int periodId, CancellationToken ct) =>
        new() { Period = (await overview.OverviewAsync(periodId, ct)).Period, Rows = await overview.ThemesAsync(periodId, ct) };

    private async Task<DecisionsPageViewModel<ExceptionRow>> ExceptionsModelAsync(int periodId, CancellationToken ct) =>
        new() { Period = (await overview.OverviewAsync(periodId, ct)).Period, Rows = await exceptions.ExceptionsAsync(periodId, ct) };
}
