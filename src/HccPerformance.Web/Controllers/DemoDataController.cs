using HccPerformance.Core.Common;
using HccPerformance.Core.Site;
using HccPerformance.Web.Models.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// The Administrator says whether the site holds demo data (issue 17): while it does, every page carries the demo banner
/// and every PDF and export says "DEMO". Clearing it is refused while demo records remain, naming how many.
/// </summary>
[Route("admin/demo-data")]
[Authorize(Policy = Policies.Administration)]
public sealed class DemoDataController(DemoDataService demoData) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var view = await demoData.GetAsync(ct);
        return View(new DemoDataViewModel { View = view, Input = new DemoDataInput { DemoData = view.DemoData, Version = view.Version } });
    }

    /// <summary>An edit of the one settings row (its version checked), not a create: no one-time token needed.</summary>
    [HttpPost("")]
    public Task<IActionResult> Save([Bind(Prefix = "Input")] DemoDataInput input, CancellationToken ct) => PostAsync(input, async () =>
    {
        await demoData.SaveAsync(input, ct);
        return Done(input.DemoData
            ? $"The site is marked as holding demo data: every page shows the \"{DemoWords.Banner}\" banner and every PDF and export says DEMO."
            : "The site is marked as holding no demo data: the banner and the DEMO marks are gone, and reports carry the council's protective marking.",
            nameof(Index));
    }, async () => View(nameof(Index), new DemoDataViewModel { View = await demoData.GetAsync(ct), Input = input }));
}
