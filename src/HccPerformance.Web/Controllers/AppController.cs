using HccPerformance.Core.Common;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>What every controller of the site shares: the status message after a step, and domain errors shown by their field.</summary>
public abstract class AppController : Controller
{
    public const string StatusKey = "Status";

    protected void SetStatus(string message) => TempData[StatusKey] = message;

    /// <summary>Shows a broken rule beside the input it is about (or at the top when it is about the whole form).</summary>
    protected void AddError(DomainException error, string prefix = "Input")
    {
        ModelState.AddModelError(error.Field is null ? "" : $"{prefix}.{error.Field}", error.Message);
    }
}
