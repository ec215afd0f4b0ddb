using HccPerformance.Core.Common;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>
/// What every controller of the site shares: the status message after a step, domain errors shown by their field, and
/// the one way a form is posted (<see cref="PostAsync(object?, Func{Task{IActionResult}}, Func{Task{IActionResult}}, string, bool)"/>).
/// </summary>
public abstract class AppController : Controller
{
    public const string StatusKey = "Status";

    /// <summary>Where a refused save leaves the other person's values for the <c>_TheirValues</c> partial.</summary>
    public const string TheirValuesKey = "TheirValues";

    protected void SetStatus(string message) => TempData[StatusKey] = message;

    /// <summary>After a step that worked: the status message, then the page to read (Post/Redirect/Get).</summary>
    protected RedirectToActionResult Done(string status, string action, object? routeValues = null)
    {
        SetStatus(status);
        return RedirectToAction(action, routeValues);
    }

    /// <summary>The conflict the last <see cref="PostAsync(object?, Func{Task{IActionResult}}, Func{Task{IActionResult}}, string, bool)"/> met, if any.</summary>
    protected ConcurrencyConflictException? Conflicted { get; private set; }

    /// <summary>
    /// The one way a form is posted. The action's own checks (who may, which record) run before it is called, so a
    /// forbidden post is the 403 page whatever was typed. Then: if the input broke its validator's rules
    /// (<see cref="Infrastructure.InputValidationFilter"/> put them into ModelState) the form is shown again; otherwise
    /// <paramref name="save"/> calls the one service method and answers (usually <see cref="Done"/>). A broken rule
    /// (<see cref="DomainException"/>) shows beside its field under <paramref name="prefix"/>, or at the top with
    /// <paramref name="errorsAtTop"/> (for a page that does not have that field); someone else's save first
    /// (<see cref="ConcurrencyConflictException"/>) puts the message at the top, their values beside the form and their
    /// version token into <paramref name="input"/>, so the form keeps the typing and saving again replaces theirs.
    /// </summary>
    protected async Task<IActionResult> PostAsync(object? input, Func<Task<IActionResult>> save, Func<Task<IActionResult>> form,
        string prefix = "Input", bool errorsAtTop = false)
    {
        if (ModelState.IsValid)
        {
            try
            {
                return await save();
            }
            catch (ConcurrencyConflictException conflict)
            {
                TakeTheirVersion(conflict, input as IVersionedInput, prefix);
            }
            catch (DomainException error)
            {
                AddError(error, errorsAtTop ? null : prefix);
            }
        }

        return await form();
    }

    /// <inheritdoc cref="PostAsync(object?, Func{Task{IActionResult}}, Func{Task{IActionResult}}, string, bool)"/>
    protected Task<IActionResult> PostAsync(object? input, Func<Task<IActionResult>> save, Func<IActionResult> form,
        string prefix = "Input", bool errorsAtTop = false) =>
        PostAsync(input, save, () => Task.FromResult(form()), prefix, errorsAtTop);

    /// <summary>Shows a broken rule beside the input it is about (or at the top when it is about the whole form, or with no prefix).</summary>
    protected void AddError(DomainException error, string? prefix = "Input")
    {
        ModelState.AddModelError(error.Field is null || prefix is null ? "" : $"{prefix}.{error.Field}", error.Message);
    }

    private void TakeTheirVersion(ConcurrencyConflictException conflict, IVersionedInput? input, string prefix)
    {
        Conflicted = conflict;
        AddError(conflict);
        if (conflict.TheirValues.Count > 0)
        {
            ViewData[TheirValuesKey] = conflict.TheirValues;
        }

        if (conflict.TheirVersion is { } theirs && input is not null)
        {
            input.Version = theirs;
            ModelState.Remove($"{prefix}.{input.VersionField}");
        }
    }
}
