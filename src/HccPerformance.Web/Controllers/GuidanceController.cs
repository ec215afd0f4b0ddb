using HccPerformance.Web.Models.Guidance;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>"How the framework works": for everyone signed in, with what their own roles do first.</summary>
[Route("guidance")]
public sealed class GuidanceController : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] Core.Site.DemoFlag demo, CancellationToken ct) => View(new GuidanceViewModel
    {
        Demo = await demo.IsOnAsync(ct),
        Yours = [.. RoleGuides.All.Where(g => User.IsInRole(g.Role))],
        Everyone = RoleGuides.EveryoneGuide,
        Others = [.. RoleGuides.All.Where(g => !User.IsInRole(g.Role))],
    });
}
