using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Outcomes;
using HccPerformance.Web.Models.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// The Aalborg scorecard: the council's self-assessed score out of 4 for each of the ten Aalborg Commitments, by year.
/// Everyone signed in reads it; the Performance Team records a year's scores.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("aalborg")]
public sealed class AalborgController(OutcomesService outcomes, IOptions<DatabaseOptions> database) : AppController
{
    private bool IsDemo => database.Value.SeedDemoCouncil;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, CancellationToken ct)
    {
        string? problem = null;
        int? wanted = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (FinancialYears.TryParse(year, out var y))
            {
                wanted = y;
            }
            else
            {
                problem = $"\u201c{year.Trim()}\u201d is not a financial year: choose one from the list (they are written like 2009/10).";
            }
        }

        var view = await outcomes.AalborgAsync(wanted, ct);
        if (wanted is { } w && !view.IsScored)
        {
            problem = view.Years.Count == 0
                ? $"{FinancialYears.Name(w)} has no Aalborg scores, and no other year has any yet."
                : $"{FinancialYears.Name(w)} has no Aalborg scores: showing {FinancialYears.Name(view.Years[0])}, the latest year scored.";
            view = await outcomes.AalborgAsync(null, ct);
        }

        return View(new AalborgPageViewModel
        {
            Aalborg = view,
            Problem = problem,
            CanEdit = outcomes.CanEditAalborg,
            IsDemo = IsDemo,
            ScorableYears = outcomes.ScorableYears,
        });
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpGet("edit")]
    public async Task<IActionResult> Edit(string? year, CancellationToken ct)
    {
        var y = ReadYear(year);
        var form = await outcomes.AalborgFormAsync(y, ct);
        return View(new AalborgFormViewModel { Year = y, IsNew = form.IsNew, IsDemo = IsDemo, Input = form.Input });
    }

    [Authorize(Roles = Roles.PerformanceTeam)]
    [HttpPost("edit")]
    public async Task<IActionResult> Edit(string? year, [Bind(Prefix = "Input")] AalborgInput input, CancellationToken ct)
    {
        var y = ReadYear(year);
        var form = await outcomes.AalborgFormAsync(y, ct);
        return await PostAsync(input, async () =>
        {
            await outcomes.SaveAalborgAsync(y, input, ct);
            return Done($"The Aalborg scores for {FinancialYears.Name(y)} are saved. The overall score is the mean of the ten.", nameof(Index), new { year = y });
        }, () =>
        {
            if (Conflicted is not null)
            {
                // Ten records, not one version to save over: the form is read again from what is saved now, so the
                // person decides again on the current scores.
                ModelState.Clear();
                ModelState.AddModelError("", Conflicted.Message);
            }

            return View(new AalborgFormViewModel { Year = y, IsNew = form.IsNew, IsDemo = IsDemo, Input = Conflicted is null ? input : form.Input });
        });
    }

    /// <summary>The year to edit, from the address: a year outside 2004/05 to this one is the 404 page.</summary>
    private int ReadYear(string? year) =>
        string.IsNullOrWhiteSpace(year) ? outcomes.CurrentYear
        : FinancialYears.TryParse(year, out var y) ? y
        : throw new NotFoundException("The Aalborg year");
}
