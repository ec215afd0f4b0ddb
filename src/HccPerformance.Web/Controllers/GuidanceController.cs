using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>"How the framework works": for everyone signed in.</summary>
[Route("guidance")]
public sealed class GuidanceController : AppController
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
