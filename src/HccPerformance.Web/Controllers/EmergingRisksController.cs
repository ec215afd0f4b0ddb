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
/// "Chief Officer/DMT other risk issues" (seed Appendix Three): everyone signed in reads them; a Chief Officer raises and
/// updates their own department's, the Corporate Performance Team any department's.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("emerging-risks")]
public sealed class EmergingRisksController(EmergingRiskRegister register, DepartmentService departments, TimeProvider clock, ICurrentUser user) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? department, EmergingRiskStatus? status, CancellationToken ct)
    {
        // An address with a department or status the site cannot read is answered with the message beside the filter.
        var unreadable = ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => e.Key).ToList();
        ModelState.Clear();
        if (unreadable.Contains("department"))
        {
            ModelState.AddModelError("department", "There is no such department: choose one from the list");
        }

        if (unreadable.Contains("status") || (status is { } s && !Enum.IsDefined(s)))
        {
            ModelState.AddModelError("status", "Choose Open, Escalated or Closed");
            status = null;
        }

        EmergingRisksView view;
        try
        {
            view = await register.EmergingAsync(new EmergingFilter(department, status), ct);
        }
        catch (DomainException error)
        {
            ModelState.AddModelError("department", error.Message);
            view = await register.EmergingAsync(new EmergingFilter(null, status), ct);
        }

        return View(new EmergingRisksPageViewModel
        {
            View = view,
            Departments = await DepartmentOptionsAsync(ct),
            CanRaise = register.CanRaiseEmerging,
        });
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        register.RequireCanRaise();
        return View(await NewPageAsync(new NewEmergingRiskInput
        {
            RaisedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            RaisedBy = register.CanMaintain ? "" : user.DisplayName,
        }, ct));
    }

    [OnceOnly]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] NewEmergingRiskInput input, CancellationToken ct)
    {
        register.RequireCanRaise();
        return await PostAsync(input, async () =>
        {
            await register.RaiseEmergingAsync(input, ct);
            return Done($"\u201c{input.Title.Trim()}\u201d is added to the emerging risk issues. The Corporate Performance Team and CPEG see it on this page and the dashboard.", nameof(Index));
        }, async () => View(await NewPageAsync(input, ct)));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var risk = await register.EmergingRiskAsync(id, ct);
        register.RequireCanUpdate(risk.DepartmentId);
        return View(new EditEmergingRiskPageViewModel
        {
            Risk = risk,
            Input = new EmergingRiskUpdateInput { Title = risk.Title, Description = risk.Description, Status = risk.Status, Outcome = risk.Outcome, Version = risk.Version },
        });
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] EmergingRiskUpdateInput input, CancellationToken ct)
    {
        var risk = await register.EmergingRiskAsync(id, ct);
        register.RequireCanUpdate(risk.DepartmentId);
        return await PostAsync(input, async () =>
        {
            await register.UpdateEmergingAsync(id, input, ct);
            return Done($"\u201c{input.Title.Trim()}\u201d is saved as {RiskScale.Status(input.Status!.Value).ToLowerInvariant()}.", nameof(Index), new { department = risk.DepartmentId });
        }, () => View(new EditEmergingRiskPageViewModel { Risk = risk, Input = input }));
    }

    private async Task<NewEmergingRiskPageViewModel> NewPageAsync(NewEmergingRiskInput input, CancellationToken ct)
    {
        var options = await DepartmentOptionsAsync(ct);
        var fixedId = register.FixedDepartmentId?.ToString(CultureInfo.InvariantCulture);
        return new NewEmergingRiskPageViewModel
        {
            Input = input,
            FixedDepartment = fixedId is null ? null : options.FirstOrDefault(o => o.Value == fixedId)?.Text ?? "your department",
            Departments = options,
        };
    }

    private async Task<IReadOnlyList<SelectListItem>> DepartmentOptionsAsync(CancellationToken ct) =>
        [.. (await departments.ListAsync(ct)).Where(d => d.IsActive).Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))];
}
