using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Indicators.Import;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Indicators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// Indicators (framework process 6): everyone signed in reads them; a Service Manager enters results for their own;
/// the Corporate Performance Team defines them, sets targets and imports files.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("indicators")]
public sealed class IndicatorsController(
    IndicatorService indicators, ResultService results, IndicatorImport import, SourceImport sources, DepartmentService departments, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, int? department, bool mine, CancellationToken ct) =>
        View(new IndicatorListViewModel
        {
            Indicators = await indicators.IndicatorsAsync(search, department, mine, ct),
            Search = search,
            DepartmentId = department,
            Mine = mine,
            Departments = await DepartmentOptionsAsync(ct),
            CanMaintain = indicators.CanMaintain,
            IsServiceManager = User.IsInRole(Roles.ServiceManager),
        });

    /// <summary>A Service Manager's home: their indicators, with the results due for the open periods.</summary>
    [HttpGet("mine")]
    public async Task<IActionResult> Mine(CancellationToken ct) => View(await results.MineAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, int? correct, CancellationToken ct)
    {
        var model = await PageAsync(id, null, ct);
        if (correct is { } resultId && model.Can.CanEnterResults)
        {
            var result = model.Indicator.Results.SingleOrDefault(r => r.Id == resultId) ?? throw new NotFoundException("The result");
            model.Correcting = result;
            // Shown as the person would type it: 140, not the database's 140.0000.
            var value = decimal.Parse(result.Value.ToString("0.####", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            model.Result = new ResultInput { Period = result.Period.Label, Value = value, Note = result.Note, Quality = result.Quality, Version = result.Version };
        }

        return View(model);
    }

    [OnceOnly]
    [HttpPost("{id:int}/results")]
    public async Task<IActionResult> RecordResult(int id, [Bind(Prefix = "Result")] ResultInput input, CancellationToken ct)
    {
        // Who may is settled before what was typed: someone else's indicator is the 403 page, never the form with errors.
        if (!indicators.CanEnterResultsFor((await indicators.IndicatorAsync(id, ct)).ServiceManagerId))
        {
            return Forbid();
        }

        return await RecordResultAsync(id, input, ct);
    }

    private Task<IActionResult> RecordResultAsync(int id, ResultInput input, CancellationToken ct) => PostAsync(input, async () =>
    {
        await results.RecordResultAsync(id, input, ct);
        return Done(input.Version is null ? $"The result for {input.Period} is saved. The chart and scorecards show it now."
            : $"The result for {input.Period} is corrected; the figure it replaced is kept in its history.", nameof(Details), new { id });
    }, async () =>
    {
        // After a conflict the version is theirs: their figure is in the table, and the typing stays, to correct theirs on purpose.
        var model = await PageAsync(id, m => m.Result = input, ct);
        model.Correcting = input.Version is null ? null : model.Indicator.Results.SingleOrDefault(r => r.Version == input.Version);
        return View(nameof(Details), model);
    }, "Result");

    [HttpPost("{id:int}/targets")]
    public Task<IActionResult> SetTarget(int id, [Bind(Prefix = "Target")] TargetInput input, CancellationToken ct) => !indicators.CanMaintain
        ? Task.FromResult<IActionResult>(Forbid()) : PostAsync(input, async () =>
    {
        await indicators.SetTargetAsync(id, input, ct);
        var year = ReportingPeriod.FinancialYearName(input.FinancialYear!.Value);
        return Done(input.Value is null ? $"The target for {year} is removed." : $"The target for {year} is saved.", nameof(Details), new { id });
    }, async () => View(nameof(Details), await PageAsync(id, m => m.Target = input, ct)), "Target");

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Definition", await DefinitionPageAsync(null, new DefinitionInput { Frequency = Frequency.Quarterly }, ct));

    [OnceOnly]
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("new")]
    public Task<IActionResult> Create(DefinitionInput input, CancellationToken ct) => PostAsync(input, async () =>
        Done($"{input.Code.Trim()} is added. Set its targets and put it on a scorecard next.", nameof(Details), new { id = await indicators.CreateAsync(input, ct) }),
        async () => View("Definition", await DefinitionPageAsync(null, input, ct)));

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var i = await indicators.IndicatorAsync(id, ct);
        return View("Definition", await DefinitionPageAsync(id, new DefinitionInput
        {
            Code = i.Code, Title = i.Title, Theme = i.Theme, Unit = i.Unit, Polarity = i.Polarity, Frequency = i.Frequency, Source = i.Source,
            DepartmentId = i.DepartmentId, ServiceManagerId = i.ServiceManagerId, DefinitionNotes = i.DefinitionNotes,
            AmberTolerancePercent = i.OwnTolerancePercent, Version = i.Version,
        }, ct));
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, DefinitionInput input, CancellationToken ct) => PostAsync(input, async () =>
    {
        await indicators.UpdateAsync(id, input, ct);
        return Done("The indicator's definition is saved.", nameof(Details), new { id });
    }, async () => View("Definition", await DefinitionPageAsync(id, input, ct)));

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("import")]
    public IActionResult Import() => View(new ImportPageViewModel { Definitions = false });

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("import")]
    [RequestSizeLimit(IndicatorLimits.ImportBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = IndicatorLimits.ImportBytes + (1024 * 1024))]
    public Task<IActionResult> Import(IFormFile? file, CancellationToken ct) =>
        ImportAsync(file, definitions: false, (s, name, length) => import.ImportResultsAsync(s, name, length, ct));

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("import-definitions")]
    public IActionResult ImportDefinitions() => View(nameof(Import), new ImportPageViewModel { Definitions = true });

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("import-definitions")]
    [RequestSizeLimit(IndicatorLimits.ImportBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = IndicatorLimits.ImportBytes + (1024 * 1024))]
    public Task<IActionResult> ImportDefinitions(IFormFile? file, CancellationToken ct) =>
        ImportAsync(file, definitions: true, (s, name, length) => import.ImportDefinitionsAsync(s, name, length, ct));

    /// <summary>Who submits each national indicator, many at once (issue 17; seed 4.24): the Performance Team only.</summary>
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("import-sources")]
    public async Task<IActionResult> ImportSources(CancellationToken ct) =>
        View(new SourceImportViewModel { Counts = await sources.CountsAsync(ct) });

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("import-sources")]
    [RequestSizeLimit(IndicatorLimits.ImportBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = IndicatorLimits.ImportBytes + (1024 * 1024))]
    public async Task<IActionResult> ImportSources(IFormFile? file, CancellationToken ct)
    {
        var model = new SourceImportViewModel { Counts = await sources.CountsAsync(ct), FileName = file?.FileName };
        if (file is null)
        {
            ModelState.AddModelError("file", "Choose a CSV or Excel file to upload");
            return View(model);
        }

        await using var stream = file.OpenReadStream();
        model.Outcome = await sources.ImportAsync(stream, file.FileName, file.Length, ct);
        if (model.Outcome.Imported)
        {
            var o = model.Outcome;
            SetStatus(string.Create(CultureInfo.GetCultureInfo("en-GB"),
                $"{file.FileName} is imported: {o.Added:N0} marked, {o.Changed:N0} changed, {o.Unchanged:N0} already as the file gives them."));
            return RedirectToAction(nameof(ImportSources));
        }

        ModelState.AddModelError("file", model.Outcome.Refusal!);
        return View(model);
    }

    private async Task<IActionResult> ImportAsync(IFormFile? file, bool definitions, Func<Stream, string, long, Task<ImportOutcome>> run)
    {
        var model = new ImportPageViewModel { Definitions = definitions, FileName = file?.FileName };
        if (file is null)
        {
            ModelState.AddModelError("file", "Choose a CSV or Excel file to upload");
            return View(nameof(Import), model);
        }

        await using var stream = file.OpenReadStream();
        model.Outcome = await run(stream, file.FileName, file.Length);
        if (model.Outcome.Imported)
        {
            var o = model.Outcome;
            SetStatus(string.Create(CultureInfo.GetCultureInfo("en-GB"),
                $"{file.FileName} is imported: {o.Added:N0} added, {o.Changed:N0} changed, {o.Unchanged:N0} already as the file gives them."));
            return RedirectToAction(definitions ? nameof(Index) : nameof(Import));
        }

        ModelState.AddModelError("file", model.Outcome.Refusal!);
        return View(nameof(Import), model);
    }

    private async Task<IndicatorPageViewModel> PageAsync(int id, Action<IndicatorPageViewModel>? keep, CancellationToken ct)
    {
        var indicator = await indicators.IndicatorAsync(id, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var thisYear = ReportingPeriod.FinancialYearOf(today);
        var model = new IndicatorPageViewModel
        {
            Indicator = indicator,
            Can = indicators.PermissionsFor(indicator),
            OpenPeriods = await results.OpenPeriodsAsync(indicator.Frequency, ct),
            Target = new TargetInput { FinancialYear = thisYear, Version = indicator.Version },
            TargetYears = [.. Enumerable.Range(2008, thisYear - 2008 + 3).Reverse()],
        };
        keep?.Invoke(model);
        return model;
    }

    private async Task<DefinitionPageViewModel> DefinitionPageAsync(int? id, DefinitionInput input, CancellationToken ct) => new()
    {
        Id = id,
        Input = input,
        Departments = await DepartmentOptionsAsync(ct),
        ServiceManagers = [.. (await indicators.ServiceManagersAsync(ct)).Select(m => new SelectListItem(m.Name, m.Id))],
    };

    private async Task<IReadOnlyList<SelectListItem>> DepartmentOptionsAsync(CancellationToken ct) =>
        [.. (await departments.ListAsync(ct)).Where(d => d.IsActive).Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))];
}
