using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Outcomes;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// Community outcome improvement case studies (seed 4.14): everyone signed in reads them; the Performance Team keeps them,
/// and each Chief Officer adds and edits their own department's.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("case-studies")]
public sealed class CaseStudiesController(OutcomesService outcomes, DepartmentService departments) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? department, string? period, CancellationToken ct)
    {
        var allDepartments = await departments.ListAsync(ct);
        var periods = await outcomes.PeriodsAsync(ct);
        var problems = new List<string>();
        int? departmentId = null, periodId = null;
        if (!string.IsNullOrWhiteSpace(department))
        {
            if (int.TryParse(department, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && allDepartments.Any(x => x.Id == d))
            {
                departmentId = d;
            }
            else
            {
                problems.Add("The department in the address is not one the register knows: showing every department. Choose one from the list.");
            }
        }

        if (!string.IsNullOrWhiteSpace(period))
        {
            if (int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && periods.Any(x => x.Id == p))
            {
                periodId = p;
            }
            else
            {
                problems.Add("The reporting period in the address is not one the register knows: showing every period. Choose one from the list.");
            }
        }

        var filter = new CaseStudyFilter(departmentId, periodId);
        return View(new CaseStudyListViewModel
        {
            Rows = await outcomes.CaseStudiesAsync(filter, ct: ct),
            Filter = filter,
            Departments = [.. allDepartments.Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))],
            Periods = periods,
            CanAdd = outcomes.CanAddCaseStudies,
            Problems = problems,
        });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var study = await outcomes.CaseStudyAsync(id, ct);
        return View(new CaseStudyPageViewModel { CaseStudy = study, CanEdit = outcomes.CanEditCaseStudy(study.DepartmentId) });
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        outcomes.RequireCanAdd();
        var periods = await outcomes.PeriodsAsync(ct);
        return View("Edit", await FormAsync(null, new CaseStudyInput
        {
            DepartmentId = outcomes.OwnDepartmentId,
            ReportingPeriodId = periods.FirstOrDefault(p => p.IsOpen)?.Id ?? periods.FirstOrDefault()?.Id,
        }, ct));
    }

    [OnceOnly]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CaseStudyInput input, CancellationToken ct)
    {
        outcomes.RequireCanAdd();
        return await PostAsync(input, async () =>
            Done($"The case study \u201c{input.Title.Trim()}\u201d is added. It shows on the dashboard and in the list of case studies now.",
                nameof(Details), new { id = await outcomes.AddCaseStudyAsync(input, ct) }),
            async () => View("Edit", await FormAsync(null, input, ct)));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        await outcomes.RequireCanEditAsync(id, ct);
        var s = await outcomes.CaseStudyAsync(id, ct);
        return View(await FormAsync(id, new CaseStudyInput
        {
            Title = s.Title, DepartmentId = s.DepartmentId, ReportingPeriodId = s.ReportingPeriodId, Outcome = s.Outcome, Narrative = s.Narrative, Version = s.Version,
        }, ct));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] CaseStudyInput input, CancellationToken ct)
    {
        await outcomes.RequireCanEditAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            await outcomes.UpdateCaseStudyAsync(id, input, ct);
            return Done("The case study is saved.", nameof(Details), new { id });
        }, async () => View(await FormAsync(id, input, ct)));
    }

    /// <summary>The form's choices: a Chief Officer sees only their own department.</summary>
    private async Task<CaseStudyFormViewModel> FormAsync(int? id, CaseStudyInput input, CancellationToken ct)
    {
        var own = outcomes.IsPerformanceTeam ? null : outcomes.OwnDepartmentId;
        return new CaseStudyFormViewModel
        {
            Id = id,
            Input = input,
            Departments = [.. (await departments.ListAsync(ct)).Where(d => (d.IsActive || d.Id == input.DepartmentId) && (own is null || d.Id == own))
                .Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))],
            Periods = await outcomes.PeriodsAsync(ct),
        };
    }
}
