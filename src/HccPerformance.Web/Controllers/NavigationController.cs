using HccPerformance.Core.Common;
using HccPerformance.Web.Models.Navigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// A page of links for each group of the main menu (issue 18): where a group's button leads when the browser runs no
/// JavaScript, so the menu works without it. Someone with no links in a group finds no such page.
/// </summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("menu")]
public sealed class NavigationController : AppController
{
    [HttpGet("{group}")]
    public IActionResult Group(string group) =>
        MainMenu.Group(group, User.IsInRole) is { } entry ? View(entry) : NotFound();
}
