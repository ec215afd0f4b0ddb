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

    /// <summary>
    /// After a refused save: the message at the top, and the other person's version token for the form, so that saving
    /// again (having seen their version) replaces it on purpose. Everything else the person typed stays in the form.
    /// </summary>
    protected string TakeTheirVersion(ConcurrencyConflictException conflict, string tokenField = "Version")
    {
        AddError(conflict);
        ModelState.Remove($"Input.{tokenField}");
        return conflict.TheirValues[tokenField]!;
    }
}
