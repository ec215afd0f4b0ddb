using HccPerformance.Core.Ambition;
using HccPerformance.Web.Models.Ambition;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.ViewComponents;

/// <summary>
/// The members' home page part of ambition: for the Leader, Cabinet members and Executive Members, the ambitions they set and
/// whether this year's targets now fall short of them. Nothing for anyone who sets no ambition.
/// </summary>
public sealed class YourAmbitionsViewComponent(AmbitionService ambition) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        ambition.SetsAny ? View(new YourAmbitionsViewModel(await ambition.MineAsync(HttpContext.RequestAborted))) : Content("");
}
