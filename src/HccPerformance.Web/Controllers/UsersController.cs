using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HccPerformance.Web.Controllers;

/// <summary>The Administrator's pages for people: create, roles and department, lock, unlock, force a password reset.</summary>
[Route("admin/users")]
[Authorize(Policy = Policies.Administration)]
public sealed class UsersController(UserAdministration administration, DepartmentService departments) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, CancellationToken ct) =>
        View(new UserListViewModel { Users = await administration.ListAsync(search, ct), Search = search });

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(new NewUserViewModel { Departments = await DepartmentOptionsAsync(ct) });

    [OnceOnly]
    [HttpPost("new")]
    public Task<IActionResult> Create(NewUserViewModel model, CancellationToken ct) => PostAsync(model.Input, async () =>
        Done($"{model.Input.DisplayName.Trim()} can now sign in as {model.Input.UserName.Trim()} with the temporary password you chose, and will be asked to choose their own.",
            nameof(Edit), new { id = await administration.CreateAsync(model.Input, ct) }),
        async () =>
        {
            model.Departments = await DepartmentOptionsAsync(ct);
            return View(model);
        });

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var user = await administration.GetAsync(id, ct);
        return View(new EditUserViewModel
        {
            Id = id, User = user, Input = user.Input, Departments = await DepartmentOptionsAsync(ct), IsSelf = IsSelf(id),
        });
    }

    [HttpPost("{id}")]
    public Task<IActionResult> Edit(string id, EditUserViewModel model, CancellationToken ct) => PostAsync(model.Input, async () =>
    {
        await administration.UpdateAsync(id, model.Input, ct);
        return Done($"{model.Input.DisplayName.Trim()} has been saved.", nameof(Edit), new { id });
    }, async () =>
    {
        model.Id = id;
        model.User = await administration.GetAsync(id, ct);
        model.Departments = await DepartmentOptionsAsync(ct);
        model.IsSelf = IsSelf(id);
        return View(model);
    });

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id, CancellationToken ct)
    {
        try
        {
            await administration.LockAsync(id, ct);
            SetStatus("The account is locked and its sessions have ended. Nobody can sign in to it until it is unlocked.");
        }
        catch (DomainException error)
        {
            SetStatus(error.Message);
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>An account a first council sign-in made while new accounts wait for approval: it may sign in from now on.</summary>
    [HttpPost("{id}/approve")]
    public async Task<IActionResult> Approve(string id, CancellationToken ct)
    {
        try
        {
            await administration.ApproveAsync(id, ct);
            SetStatus("The account is approved: the person can now sign in with their council account.");
        }
        catch (DomainException error)
        {
            SetStatus(error.Message);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id, CancellationToken ct)
    {
        await administration.UnlockAsync(id, ct);
        SetStatus("The account is unlocked and its count of failed sign-ins is back to zero.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id, CancellationToken ct)
    {
        await administration.ResetTwoFactorAsync(id, ct);
        SetStatus("Two-factor sign-in is reset. The person's old authenticator app no longer works; Administrators set up a new one at their next sign-in.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id}/reset-password")]
    public async Task<IActionResult> ForceReset(string id, CancellationToken ct)
    {
        var user = await administration.GetAsync(id, ct);
        return View(new ForceResetViewModel { Id = id, DisplayName = user.Input.DisplayName });
    }

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ForceReset(string id, ForceResetViewModel model, CancellationToken ct)
    {
        model.Id = id;
        model.DisplayName = (await administration.GetAsync(id, ct)).Input.DisplayName;
        return await PostAsync(model.Input, async () =>
        {
            await administration.ForcePasswordResetAsync(id, model.Input, ct);
            return Done($"{model.DisplayName} has been signed out and must choose a new password when they next sign in with the temporary one.", nameof(Edit), new { id });
        }, () => View(model));
    }

    private bool IsSelf(string id) => id == User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    private async Task<IReadOnlyList<SelectListItem>> DepartmentOptionsAsync(CancellationToken ct) =>
        [.. (await departments.ListAsync(ct)).Where(d => d.IsActive).Select(d => new SelectListItem(d.Name, d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
}
