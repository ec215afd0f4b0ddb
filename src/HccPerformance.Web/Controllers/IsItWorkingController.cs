using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Web.Models.Cpeg;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Is it working? (seed 3.8): indicator concerns before and after CPEG stepped in, and how closed concerns ended.</summary>
[Authorize(Policy = Policies.OfficerAccess)]
[Route("concerns/is-it-working")]
public sealed class IsItWorkingController(IsItWorkingService isItWorking) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new IsItWorkingViewModel { Rows = await isItWorking.IndicatorConcernsAsync(ct), Outcomes = await isItWorking.OutcomesAsync(ct) });
}
