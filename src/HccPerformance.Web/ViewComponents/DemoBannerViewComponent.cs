using HccPerformance.Core.Site;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// The "Demo data: not real figures" banner at the top of every page (issue 17), signed in or not, error pages included,
/// while the site holds demo data; nothing otherwise. The flag is kept in memory (<see cref="DemoFlag"/>), so this costs
/// no query on most pages.
/// </summary>
public sealed class DemoBannerViewComponent(DemoFlag flag, ILogger<DemoBannerViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        try
        {
            return await flag.IsOnAsync(HttpContext.RequestAborted) ? View() : Content("");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The error page is drawn when the database itself has failed: it must still be drawn, without the banner.
            logger.LogWarning(e, "Could not read the demo flag for the banner");
            return Content("");
        }
    }
}
