using HccPerformance.Web.Models.Guidance;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>"How the framework works": for everyone signed in, with what their own roles do first.</summary>
[Route("guidance")]
public sealed class GuidanceController : AppController
{
    [HttpGet("")]
    public IActionResult Index() => View(new GuidanceViewModel
    {
        Yours = [.. RoleGuides.All.Where(g => User.IsInRole(g.Role))],
        Everyone = RoleGuides.EveryoneGuide,
        Others = [.. RoleGuides.All.Where(g => !User.IsInRole(g.Role))],
    });
}
