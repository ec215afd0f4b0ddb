using HccPerformance.Core.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>The registers behind the Corporate Dashboard, in one place (each is also a tile's detail page).</summary>
[Authorize(Policy = Policies.ReadDashboard)]
[Route("registers")]
public sealed class RegistersController : AppController
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
