using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Controllers;

/// <summary>The Administrator's mapping of the council's groups or app roles to the site's roles and departments (issue 19).</summary>
[Route("admin/council-sign-in")]
[Authorize(Policy = Policies.Administration)]
public sealed class GroupMappingsController(GroupMappingService mappings, DepartmentService departments, IOptions<CouncilSignInOptions> council) : AppController
{
    private const int RefusalsShown = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await FillAsync(new GroupMappingsViewModel(), ct));

    [OnceOnly]
    [HttpPost("")]
    public Task<IActionResult> Add(GroupMappingsViewModel model, CancellationToken ct) => PostAsync(model.Input, async () =>
    {
        await mappings.AddAsync(model.Input, ct);
        return Done($"\u201c{model.Input.GroupValue.Trim()}\u201d now gives {Roles.DisplayName(model.Input.Role)}, from each person's next sign-in.", nameof(Index));
    }, async () => View(nameof(Index), await FillAsync(model, ct)));

    [HttpPost("{id:int}/remove")]
    public async Task<IActionResult> Remove(int id, CancellationToken ct)
    {
        try
        {
            await mappings.RemoveAsync(id, ct);
            SetStatus("The row is removed: people in that group lose its role at their next sign-in.");
            return RedirectToAction(nameof(Index));
        }
        catch (DomainException error)
        {
            AddError(error, prefix: null);
            return View(nameof(Index), await FillAsync(new GroupMappingsViewModel(), ct));
        }
    }

    private async Task<GroupMappingsViewModel> FillAsync(GroupMappingsViewModel model, CancellationToken ct)
    {
        model.Rows = await mappings.ListAsync(ct);
        model.Refusals = await mappings.RecentRefusalsAsync(RefusalsShown, ct);
        model.Departments = [.. (await departments.ListAsync(ct)).Where(d => d.IsActive)
            .Select(d => new SelectListItem(d.Name, d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        model.CouncilSignInConfigured = council.Value.Enabled;
        model.GroupsClaim = council.Value.GroupsClaim;
        return model;
    }
}
