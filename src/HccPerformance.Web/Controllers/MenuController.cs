using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Cpeg;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>The Menu of Interventions (seed Appendix Two): officers read it; the Head of Improvement adds and retires items.</summary>
[Authorize(Policy = Policies.OfficerAccess)]
[Route("concerns/menu")]
public sealed class MenuController(MenuService menu) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await PageAsync(new MenuItemInput(), ct));

    [OnceOnly]
    [HttpPost("")]
    public async Task<IActionResult> Add([Bind(Prefix = "Input")] MenuItemInput input, CancellationToken ct)
    {
        // Before validation, so nobody else learns anything from the form's messages.
        if (!menu.CanChange)
        {
            return Forbid();
        }

        return await PostAsync(input, async () =>
        {
            var item = await menu.AddAsync(input, ct);
            return Done($"{item.Number}. {item.Name} is on the menu. CPEG can assign it from now on.", nameof(Index));
        }, async () => View(nameof(Index), await PageAsync(input, ct)));
    }

    [HttpGet("{id:int}/retire")]
    public async Task<IActionResult> Retire(int id, CancellationToken ct)
    {
        if (!menu.CanChange)
        {
            return Forbid();
        }

        var item = await FindAsync(id, ct);
        return item.IsRetired ? RedirectToAction(nameof(Index)) : View(new RetireMenuItemViewModel { Item = item, Input = new() { Version = item.Version } });
    }

    [HttpPost("{id:int}/retire")]
    public async Task<IActionResult> Retire(int id, [Bind(Prefix = "Input")] RetireMenuItemInput input, CancellationToken ct)
    {
        if (!menu.CanChange)
        {
            return Forbid();
        }

        return await PostAsync(input, async () =>
        {
            var item = await menu.RetireAsync(id, input, ct);
            return Done($"{item.Name} is retired from the menu. It stays listed with the reason, and can no longer be assigned.", nameof(Index));
        }, async () =>
        {
            // Retired by someone else meanwhile: the menu as it is now says so.
            var now = await FindAsync(id, ct);
            return Conflicted is not null && now.IsRetired ? View(nameof(Index), await PageAsync(new MenuItemInput(), ct))
                : View(new RetireMenuItemViewModel { Item = now, Input = input });
        });
    }

    private async Task<MenuItem> FindAsync(int id, CancellationToken ct) =>
        (await menu.ListAsync(ct)).SingleOrDefault(m => m.Id == id) ?? throw new NotFoundException("The menu item");

    private async Task<MenuPageViewModel> PageAsync(MenuItemInput input, CancellationToken ct) =>
        new() { Items = await menu.ListAsync(ct), CanChange = menu.CanChange, Input = input };
}
