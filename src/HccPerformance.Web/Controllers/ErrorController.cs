using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>Friendly error pages that say what to do next and leak nothing about the site's insides.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : AppController
{
    /// <summary>The statuses the site sends with a page of its own; any other 4xx is sent as 400, any other 5xx as 500.</summary>
    public static readonly IReadOnlySet<int> Known = new HashSet<int> { 400, 403, 404, 405, 413, 415, 429, 500, 503 };

    // Read from the route, not bound as a parameter: for a re-executed post whose form is broken or too large, MVC's
    // value providers fail on the form and bind nothing at all, which once sent "HTTP/1.1 0".
    [Route("error/{code:int}")]
    public IActionResult Index()
    {
        var status = Status(int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0);
        Response.StatusCode = status;
        return View(status);
    }

    /// <summary>A real status for any number: a visit to /error/0 or /error/200 is a page that does not exist.</summary>
    public static int Status(int code) => code switch
    {
        _ when Known.Contains(code) => code,
        >= 400 and < 500 => 400,
        >= 500 and < 600 => 500,
        _ => 404,
    };
}
