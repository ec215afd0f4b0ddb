using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>The Administrator's reporting periods: financial-year quarters, their deadlines, and which are open.</summary>
[Route("admin/reporting-periods")]
[Authorize(Policy = Policies.Administration)]
public sealed class ReportingPeriodsController(ReportingPeriodService periods, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await ListModelAsync(new FinancialYearInput(), ct));

    [OnceOnly]
    [HttpPost("years")]
    public Task<IActionResult> AddYear([Bind(Prefix = "Input")] FinancialYearInput input, CancellationToken ct) => PostAsync(input, async () =>
    {
        await periods.AddFinancialYearAsync(input.StartYear!.Value, ct);
        return Done($"The four quarters of {ReportingPeriod.FinancialYearName(input.StartYear.Value)} have been added, closed, with default deadlines.", nameof(Index));
    }, async () => View(nameof(Index), await ListModelAsync(input, ct)));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var period = await periods.GetAsync(id, ct);
        return View(new PeriodFormViewModel
        {
            Id = id,
            Period = period,
            Input = new DeadlineInput { Deadline = period.Deadline, IsOpen = period.IsOpen, Version = period.Version },
        });
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PeriodFormViewModel model, CancellationToken ct)
    {
        model.Id = id;
        model.Period = await periods.GetAsync(id, ct);
        return await PostAsync(model.Input, async () =>
        {
            await periods.UpdateAsync(id, model.Input, ct);
            return Done($"{model.Period.Name} has been saved.", nameof(Index));
        }, () => View(model));
    }

    private async Task<PeriodListViewModel> ListModelAsync(FinancialYearInput input, CancellationToken ct) => new()
    {
        Years = [.. (await periods.ListAsync(ct)).GroupBy(p => p.FinancialYear)],
        Input = input,
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
    };
}
