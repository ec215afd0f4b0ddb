using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Risks;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Risks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// The corporate risk register (seed Appendix Three): everyone signed in reads it, Cabinet included; the Corporate
/// Performance Team adds, describes, re-assesses and closes risks.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("risks")]
public sealed class RisksController(RiskRegister register, DepartmentService departments, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? department, bool strategic, bool closed, CancellationToken ct)
    {
        var asked = Request.Query["department"].ToString();
        if (!ModelState.IsValid)
        {
            // Only the department can fail to bind (the checkboxes bind anything but "true" as false).
            ModelState.Clear();
            ModelState.AddModelError("department", "There is no such department: choose one from the list");
        }

        RegisterView view;
        try
        {
            view = await register.RegisterAsync(new RiskFilter(department, strategic, closed), ct);
        }
        catch (DomainException error)
        {
            ModelState.AddModelError("department", error.Message);
            view = await register.RegisterAsync(new RiskFilter(null, strategic, closed), ct);
        }

        return View(new RegisterPageViewModel
        {
            Register = view,
            Departments = await DepartmentOptionsAsync(ct),
            CanMaintain = register.CanMaintain,
            AskedDepartment = ModelState.IsValid ? null : asked,
        });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await PageAsync(id, null, ct));

    [HttpPost("{id:int}/assess")]
    public async Task<IActionResult> Assess(int id, [Bind(Prefix = "Assess")] AssessInput input, CancellationToken ct)
    {
        register.RequireMaintainer();
        ClarifyScores("Assess");
        return await PostAsync(input, async () =>
        {
            await register.AssessAsync(id, input, ct);
            var band = RiskDisplay.BandName(Risk.Band(input.Likelihood!.Value * input.Impact!.Value));
            return Done($"The risk is re-assessed: likelihood {input.Likelihood} x impact {input.Impact} = {input.Likelihood * input.Impact} ({band}). The register and heat map show it now.",
                nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, m => m.Assess = input, ct)), "Assess");
    }

    [HttpPost("{id:int}/close")]
    public async Task<IActionResult> Close(int id, [Bind(Prefix = "Close")] CloseRiskInput input, CancellationToken ct)
    {
        register.RequireMaintainer();
        return await PostAsync(input, async () =>
        {
            await register.CloseAsync(id, input, ct);
            return Done("The risk is closed with your reason. It leaves the heat map; the register lists it when closed risks are included.", nameof(Details), new { id });
        }, async () => View(nameof(Details), await PageAsync(id, m => m.Close = input, ct)), "Close");
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        register.RequireMaintainer();
        return View(new NewRiskPageViewModel { Departments = await DepartmentOptionsAsync(ct) });
    }

    [OnceOnly]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] NewRiskInput input, CancellationToken ct)
    {
        register.RequireMaintainer();
        ClarifyScores("Input");
        return await PostAsync(input, async () =>
            Done($"{input.Reference.Trim()} is added to the register and assessed as of today.", nameof(Details), new { id = await register.CreateAsync(input, ct) }),
            async () => View(new NewRiskPageViewModel { Input = input, Departments = await DepartmentOptionsAsync(ct) }));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        register.RequireMaintainer();
        var risk = await register.RiskAsync(id, ct);
        if (!risk.IsOpen)
        {
            SetStatus("The risk is closed, so it is kept as it was.");
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(new EditRiskPageViewModel
        {
            Id = id,
            Reference = risk.Reference,
            Departments = await DepartmentOptionsAsync(ct),
            Input = new RiskDetailsInput
            {
                Title = risk.Title, Description = risk.Description, Owner = risk.Owner, DepartmentId = risk.DepartmentId,
                IsStrategic = risk.IsStrategic, Controls = risk.Controls, Version = risk.Version,
            },
        });
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] RiskDetailsInput input, CancellationToken ct)
    {
        register.RequireMaintainer();
        var risk = await register.RiskAsync(id, ct);
        return await PostAsync(input, async () =>
        {
            await register.DescribeAsync(id, input, ct);
            return Done($"{risk.Reference} is saved.", nameof(Details), new { id });
        }, async () => View(new EditRiskPageViewModel { Id = id, Reference = risk.Reference, Input = input, Departments = await DepartmentOptionsAsync(ct) }));
    }

    /// <summary>
    /// One clear message for a likelihood or impact that is missing, out of range or not a number at all (the model binder's
    /// own words for "abc" would say nothing about the scale).
    /// </summary>
    private void ClarifyScores(string prefix)
    {
        foreach (var (field, message) in new[] { ("Likelihood", RiskScale.LikelihoodMessage), ("Impact", RiskScale.ImpactMessage) })
        {
            var key = $"{prefix}.{field}";
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
                entry.Errors.Add(message);
            }
        }
    }

    private async Task<RiskPageViewModel> PageAsync(int id, Action<RiskPageViewModel>? keep, CancellationToken ct)
    {
        var model = new RiskPageViewModel
        {
            Risk = await register.RiskAsync(id, ct),
            CanMaintain = register.CanMaintain,
            Assess = new AssessInput { ReviewedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) },
        };
        keep?.Invoke(model);
        return model;
    }

    private async Task<IReadOnlyList<SelectListItem>> DepartmentOptionsAsync(CancellationToken ct) =>
        [.. (await departments.ListAsync(ct)).Where(d => d.IsActive).Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))];
}
