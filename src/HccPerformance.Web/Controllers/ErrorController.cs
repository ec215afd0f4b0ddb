using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Friendly error pages that say what to do next and leak nothing about the site's insides.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : AppController
{
    [Route("error/{code:int}")]
    public IActionResult Index(int code)
    {
        var shown = code is 400 or 403 or 404 or 500 ? code : code >= 500 ? 500 : 404;
        Response.StatusCode = code;
        return View(shown);
    }
}
