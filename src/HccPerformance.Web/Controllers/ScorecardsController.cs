using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Indicators.Import;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Indicators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Scorecards (seed 4.14): everyone signed in reads them, as the dashboard's detail; the Performance Team keeps them.</summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("scorecards")]
public sealed class ScorecardsController(ScorecardService scorecards, MembershipImport membership, TimeProvider clock) : AppController
{
    private static readonly string[] Sorts = ["rag", "code", "title", "department", "weight", "travel"];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new ScorecardListViewModel { Scorecards = await scorecards.ScorecardsAsync(ct), CanMaintain = scorecards.CanMaintain });

    /// <summary>Many members at once, with LAA stretch targets (issue 17): the Performance Team only.</summary>
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("import")]
    public async Task<IActionResult> ImportMembers(CancellationToken ct) =>
        View(new MembershipImportViewModel { Scorecards = await scorecards.ScorecardsAsync(ct) });

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("import")]
    [RequestSizeLimit(IndicatorLimits.ImportBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = IndicatorLimits.ImportBytes + (1024 * 1024))]
    public async Task<IActionResult> ImportMembers(IFormFile? file, CancellationToken ct)
    {
        var model = new MembershipImportViewModel { Scorecards = await scorecards.ScorecardsAsync(ct), FileName = file?.FileName };
        if (file is null)
        {
            ModelState.AddModelError("file", "Choose a CSV or Excel file to upload");
            return View(model);
        }

        await using var stream = file.OpenReadStream();
        model.Outcome = await membership.ImportAsync(stream, file.FileName, file.Length, ct);
        if (model.Outcome.Imported)
        {
            var o = model.Outcome;
            SetStatus(string.Create(CultureInfo.GetCultureInfo("en-GB"),
                $"{file.FileName} is imported: {o.Added:N0} added, {o.Changed:N0} changed, {o.Unchanged:N0} already as the file gives them."));
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddModelError("file", model.Outcome.Refusal!);
        return View(model);
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("new")]
    public IActionResult Create() => View("Form", new ScorecardFormViewModel());

    /// <summary>A new scorecard (issue 18): a second value for money scorecard, say, which gets its own box on the dashboard.</summary>
    [OnceOnly]
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("new")]
    public Task<IActionResult> Create([Bind(Prefix = "Input")] ScorecardInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            var id = await scorecards.CreateAsync(input, ct);
            return Done($"The {input.Name.Trim()} scorecard is made{(input.OnDashboard ? " and has its box on the dashboard" : "")}. Add its indicators now.",
                nameof(Details), new { id });
        }, () => View("Form", new ScorecardFormViewModel { Input = input }));

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var card = await scorecards.ScorecardAsync(id, null, ct);
        if (card.RetiredOn is not null)
        {
            return Done("This scorecard is retired: it can be read but not changed.", nameof(Details), new { id });
        }

        return View("Form", new ScorecardFormViewModel
        {
            Id = id,
            CurrentName = card.Name,
            Input = new ScorecardInput { Name = card.Name, Description = card.Description, Kind = card.Kind, Weight = card.Weight, OnDashboard = card.OnDashboard, Version = card.Version },
            Retire = new RetireScorecardInput { Version = card.Version },
        });
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] ScorecardInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await scorecards.UpdateAsync(id, input, ct);
            return Done($"The {input.Name.Trim()} scorecard is saved.", nameof(Details), new { id });
        }, async () => View("Form", await FormAsync(id, m => m.Input = input, ct)));

    /// <summary>Retires a scorecard: refused, with the reason beside the button, when an issued report shows it.</summary>
    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}/retire")]
    public Task<IActionResult> Retire(int id, [Bind(Prefix = "Retire")] RetireScorecardInput input, CancellationToken ct) =>
        PostAsync(input, async () =>
        {
            await scorecards.RetireAsync(id, input, ct);
            return Done("The scorecard is retired: it is off the dashboard and its name is free; its page stays readable.", nameof(Details), new { id });
        }, async () => View("Form", await FormAsync(id, m => m.Retire = input, ct)), "Retire");

    private async Task<ScorecardFormViewModel> FormAsync(int id, Action<ScorecardFormViewModel> keep, CancellationToken ct)
    {
        var card = await scorecards.ScorecardAsync(id, null, ct);
        var model = new ScorecardFormViewModel
        {
            Id = id,
            CurrentName = card.Name,
            Input = new ScorecardInput { Name = card.Name, Description = card.Description, Kind = card.Kind, Weight = card.Weight, OnDashboard = card.OnDashboard, Version = card.Version },
            Retire = new RetireScorecardInput { Version = card.Version },
        };
        keep(model);
        return model;
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, int? period, string? sort, CancellationToken ct) =>
        View(await PageAsync(id, period, sort, null, ct));

    [HttpGet("{id:int}/export.csv")]
    public async Task<IActionResult> ExportCsv(int id, int? period, [FromServices] Core.Site.DemoFlag demo, CancellationToken ct)
    {
        var (name, rows) = await scorecards.ExportRowsAsync(id, period, ct);
        return TableFiles.Csv(rows, FileName(name, "csv"), await demo.IsOnAsync(ct));
    }

    [HttpGet("{id:int}/export.xlsx")]
    public async Task<IActionResult> ExportExcel(int id, int? period, [FromServices] Core.Site.DemoFlag demo, CancellationToken ct)
    {
        var (name, rows) = await scorecards.ExportRowsAsync(id, period, ct);
        return await TableFiles.ExcelAsync(rows, name.Length > 31 ? name[..31] : name, FileName(name, "xlsx"), await demo.IsOnAsync(ct), ct);
    }

    [HttpPost("{id:int}/settings")]
    public Task<IActionResult> Settings(int id, [Bind(Prefix = "Settings")] ScorecardSettingsInput input, CancellationToken ct) =>
        StepAsync(id, input, m => m.Settings = input, () => scorecards.ConfigureScorecardAsync(id, input, ct), "The scorecard's weight and tolerance are saved.", "Settings", ct);

    [OnceOnly]
    [HttpPost("{id:int}/members")]
    public Task<IActionResult> AddMember(int id, [Bind(Prefix = "Member")] MemberInput input, CancellationToken ct) =>
        StepAsync(id, input, m => m.Member = input, () => scorecards.AddMemberAsync(id, input, ct),
            $"{input.IndicatorCode?.Trim()} is on the scorecard with weight {input.Weight}.", "Member", ct);

    [HttpPost("{id:int}/members/{indicatorId:int}/remove")]
    public Task<IActionResult> RemoveMember(int id, int indicatorId, CancellationToken ct) =>
        StepAsync(id, null, _ => { }, () => scorecards.RemoveMemberAsync(id, indicatorId, ct), "The indicator is off the scorecard; its results are kept.", "Member", ct);

    /// <summary>A change posted from the scorecard's page, which is shown again when it is refused.</summary>
    /// <remarks>Only the Performance Team keeps scorecards: anyone else is the 403 page before what they typed is looked at.</remarks>
    private Task<IActionResult> StepAsync(int id, object? input, Action<ScorecardPageViewModel> keep, Func<Task> step, string done, string prefix, CancellationToken ct) =>
        !scorecards.CanMaintain ? Task.FromResult<IActionResult>(Forbid()) : PostAsync(input, async () =>
        {
            await step();
            return Done(done, nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, null, null, keep, ct)), prefix);

    private async Task<ScorecardPageViewModel> PageAsync(int id, int? period, string? sort, Action<ScorecardPageViewModel>? keep, CancellationToken ct)
    {
        var scorecard = await scorecards.ScorecardAsync(id, period, ct);
        var model = new ScorecardPageViewModel
        {
            Scorecard = scorecard,
            Periods = await scorecards.ViewablePeriodsAsync(ct),
            Sort = Sorts.Contains(sort) ? sort! : "rag",
            CanMaintain = scorecards.CanMaintain && scorecard.RetiredOn is null,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Settings = new ScorecardSettingsInput { Weight = scorecard.Weight, DefaultTolerancePercent = scorecard.DefaultTolerancePercent, Version = scorecard.Version },
        };
        keep?.Invoke(model);
        return model;
    }

    private string FileName(string scorecard, string extension) =>
        $"scorecard-{new string([.. scorecard.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')])}-{clock.GetUtcNow():yyyy-MM-dd}.{extension}";
}
