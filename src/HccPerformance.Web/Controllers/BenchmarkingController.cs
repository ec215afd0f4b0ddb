using System.Globalization;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.Web.Models.Benchmarking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// Benchmarking against comparator councils (issue 6): everyone signed in reads it, Cabinet included; the Corporate
/// Performance Team enters and imports the comparators' figures.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("benchmarking")]
public sealed class BenchmarkingController(BenchmarkingService benchmarking, IOptions<DatabaseOptions> database) : AppController
{
    private bool IsDemo => database.Value.SeedDemoCouncil;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, CancellationToken ct)
    {
        var (wanted, problem) = ReadYear(year);
        var overview = await benchmarking.OverviewAsync(wanted, ct);
        if (wanted is { } w && !overview.Years.Contains(w))
        {
            problem = overview.Years.Count == 0
                ? $"There are no comparator figures for {FinancialYears.Name(w)}, nor for any year yet."
                : $"There are no comparator figures for {FinancialYears.Name(w)}: showing {FinancialYears.Name(overview.Years[0])}, the latest year that has them.";
            overview = await benchmarking.OverviewAsync(null, ct);
        }

        return View(new BenchmarkingPageViewModel { Overview = overview, Problem = problem, CanMaintain = benchmarking.CanMaintain, IsDemo = IsDemo });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Indicator(int id, string? year, string? change, CancellationToken ct)
    {
        var model = await PageAsync(id, year, ct);
        if (change is not null && model.CanMaintain
            && model.Benchmark.Figures.FirstOrDefault(f => !f.IsCouncil && string.Equals(f.Name, change, StringComparison.OrdinalIgnoreCase)) is { } figure)
        {
            model.Input = new ComparatorInput { Year = model.Benchmark.Year, Comparator = figure.Name, Value = Plain(figure.Value) };
        }

        return View(model);
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}")]
    public Task<IActionResult> SaveComparator(int id, [Bind(Prefix = "Input")] ComparatorInput input, CancellationToken ct) => PostAsync(input, async () =>
    {
        var (added, comparator) = await benchmarking.SaveComparatorAsync(id, input, ct);
        return Done($"{comparator}'s figure for {FinancialYears.Name(input.Year!.Value)} is {(added ? "added" : "changed")}. The quartile below takes it into account.",
            nameof(Indicator), new { id, year = input.Year });
    }, async () =>
    {
        var model = await PageAsync(id, input.Year?.ToString(CultureInfo.InvariantCulture), ct);
        model.Input = input;
        return View(nameof(Indicator), model);
    });

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("{id:int}/comparators/{figureId:int}/remove")]
    public async Task<IActionResult> RemoveComparator(int id, int figureId, CancellationToken ct)
    {
        var (comparator, year) = await benchmarking.RemoveComparatorAsync(id, figureId, ct);
        SetStatus($"{comparator}'s figure for {FinancialYears.Name(year)} is removed.");
        return RedirectToAction(nameof(Indicator), new { id, year });
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("import")]
    public IActionResult Import() => View(new BenchmarkImportViewModel());

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("import")]
    [RequestSizeLimit(IndicatorLimits.ImportBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = IndicatorLimits.ImportBytes + (1024 * 1024))]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        var model = new BenchmarkImportViewModel { FileName = file?.FileName };
        if (file is null)
        {
            ModelState.AddModelError("file", "Choose a CSV or Excel file to upload");
            return View(model);
        }

        await using var stream = file.OpenReadStream();
        model.Outcome = await benchmarking.ImportAsync(stream, file.FileName, file.Length, ct);
        if (model.Outcome.Imported)
        {
            var o = model.Outcome;
            SetStatus(string.Create(CultureInfo.GetCultureInfo("en-GB"),
                $"{file.FileName} is imported: {o.Added:N0} added, {o.Changed:N0} changed, {o.Unchanged:N0} already as the file gives them."));
            return RedirectToAction(nameof(Import));
        }

        ModelState.AddModelError("file", model.Outcome.Refusal!);
        return View(model);
    }

    private async Task<ComparatorsPageViewModel> PageAsync(int id, string? year, CancellationToken ct)
    {
        var (wanted, problem) = ReadYear(year);
        var benchmark = await benchmarking.IndicatorAsync(id, wanted, ct);
        if (benchmark is null)
        {
            benchmark = (await benchmarking.IndicatorAsync(id, null, ct))!;
            problem = $"{FinancialYears.Name(wanted!.Value)} is not a year the register covers: showing {FinancialYears.Name(benchmark.Year)}.";
        }

        return new ComparatorsPageViewModel
        {
            Benchmark = benchmark,
            Problem = problem,
            CanMaintain = benchmarking.CanMaintain,
            IsDemo = IsDemo,
            Input = new ComparatorInput { Year = benchmark.Year },
        };
    }

    /// <summary>A year from the address: "2009/10" or 2009. Anything else is named back to the person, and the default year shown.</summary>
    private static (int? Year, string? Problem) ReadYear(string? year)
    {
        if (string.IsNullOrWhiteSpace(year))
        {
            return (null, null);
        }

        return FinancialYears.TryParse(year, out var y)
            ? (y, null)
            : (null, $"\u201c{year.Trim()}\u201d is not a financial year: choose one from the list (they are written like 2009/10).");
    }

    /// <summary>A figure as a person would type it: 140, not the database's 140.0000.</summary>
    private static decimal Plain(decimal value) =>
        decimal.Parse(value.ToString("0.####", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
