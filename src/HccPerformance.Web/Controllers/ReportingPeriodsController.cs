using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
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

    [HttpPost("years")]
    public async Task<IActionResult> AddYear([Bind(Prefix = "Input")] FinancialYearInput input, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await periods.AddFinancialYearAsync(input.StartYear!.Value, ct);
                SetStatus($"The four quarters of {ReportingPeriod.FinancialYearName(input.StartYear.Value)} have been added, closed, with default deadlines.");
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException error)
            {
                AddError(error);
            }
        }

        return View(nameof(Index), await ListModelAsync(input, ct));
    }

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
        if (ModelState.IsValid)
        {
            try
            {
                await periods.UpdateAsync(id, model.Input, ct);
                SetStatus($"{model.Period.Name} has been saved.");
                return RedirectToAction(nameof(Index));
            }
            catch (ConcurrencyConflictException conflict)
            {
                model.TheirValues = conflict.TheirValues;
                model.Input.Version = Guid.Parse(TakeTheirVersion(conflict));
            }
            catch (DomainException error)
            {
                AddError(error);
            }
        }

        return View(model);
    }

    private async Task<PeriodListViewModel> ListModelAsync(FinancialYearInput input, CancellationToken ct) => new()
    {
        Years = [.. (await periods.ListAsync(ct)).GroupBy(p => p.FinancialYear)],
        Input = input,
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
    };
}
