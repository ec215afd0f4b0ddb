using HccPerformance.Core.Data;
using HccPerformance.Web.Controllers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// A create (or an append) that a double-click must not make twice (issue 14 point 8). Every post form carries a one-time
/// token (<see cref="FormTokenTagHelper"/>); before the action runs, this adds a <see cref="FormSubmission"/> row with that
/// token to the request's own <see cref="AppDbContext"/>, so the service's SaveChangesAsync inserts it in the same
/// transaction as the record. A second post of the same form finds the token taken (before the action, or as the unique
/// key refusing it when the two arrive together) and is sent to what the first one saved, saying so: never a second record,
/// never a 500. A post the action does not save (a broken rule, the form shown again) leaves its token unused, and the
/// form it shows carries a fresh one. A post without a token (not from the site's own forms) is not checked.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnceOnlyAttribute : Attribute, IAsyncActionFilter
{
    public const string AlreadySaved = "This was already saved: you pressed the button twice. Nothing more was added.";

    /// <summary>How long a used token is kept: long after any double-click or reload could repeat it.</summary>
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType || !Guid.TryParse(request.Form[FormTokenTagHelper.FieldName], out var token) || token == Guid.Empty)
        {
            await next();
            return;
        }

        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<AppDbContext>();
        var ct = context.HttpContext.RequestAborted;
        if (await db.FormSubmissions.AsNoTracking().AnyAsync(f => f.Token == token, ct))
        {
            context.Result = await AlreadySavedAsync(context, db, token, ct);
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var submission = new FormSubmission { Token = token, CreatedUtc = now };
        db.FormSubmissions.Add(submission);
        var executed = await next();

        var entry = db.ChangeTracker.Entries<FormSubmission>().FirstOrDefault(e => e.Entity == submission);
        if (entry?.State == EntityState.Unchanged)
        {
            // Saved with the record: remember where it went, and forget tokens nobody can repeat any more.
            if (executed.Exception is null && Location(executed.Result, context) is { } location)
            {
                await db.FormSubmissions.Where(f => f.Token == token).ExecuteUpdateAsync(f => f.SetProperty(x => x.Location, location), CancellationToken.None);
            }

            await db.FormSubmissions.Where(f => f.CreatedUtc < now - Kept).ExecuteDeleteAsync(CancellationToken.None);
            return;
        }

        // Not saved by this post: nothing is consumed, and the form shown again carries a fresh token.
        if (entry is not null)
        {
            entry.State = EntityState.Detached;
        }

        // The same form posted at the same moment: the other post saved it (the unique key refused this one, which the
        // action may have shown as an error, or not handled at all). Answer as for a second click.
        if (executed.Exception is null or DbUpdateException && await db.FormSubmissions.AsNoTracking().AnyAsync(f => f.Token == token, CancellationToken.None))
        {
            executed.Result = await AlreadySavedAsync(context, db, token, CancellationToken.None);
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>To the page the first post went to (the new record), with the status message saying it was already saved.</summary>
    private static async Task<IActionResult> AlreadySavedAsync(FilterContext context, AppDbContext db, Guid token, CancellationToken ct)
    {
        // The first post may still be on its way back from the database: give it a moment to say where it went.
        string? location = null;
        for (var attempt = 0; attempt < 10 && location is null; attempt++)
        {
            location = await db.FormSubmissions.AsNoTracking().Where(f => f.Token == token).Select(f => f.Location).FirstOrDefaultAsync(ct);
            if (location is null)
            {
                await Task.Delay(100, ct);
            }
        }

        context.HttpContext.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext)[AppController.StatusKey] = AlreadySaved;

        var referer = context.HttpContext.Request.Headers.Referer.ToString();
        var back = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == context.HttpContext.Request.Host.Host ? uri.PathAndQuery : null;
        return new LocalRedirectResult(location ?? back ?? "/");
    }

    /// <summary>Where a successful post sends the browser, as a local path.</summary>
    private static string? Location(IActionResult? result, ActionContext context)
    {
        var url = result switch
        {
            RedirectToActionResult r => (r.UrlHelper ?? context.HttpContext.RequestServices.GetRequiredService<IUrlHelperFactory>()
                .GetUrlHelper(context)).Action(r.ActionName, r.ControllerName, r.RouteValues),
            LocalRedirectResult r => r.Url,
            RedirectResult r => r.Url,
            _ => null,
        };
        return url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && url.Length <= 2048 ? url : null;
    }
}

/// <summary>
/// Gives every post form a one-time token (<see cref="FieldName"/>), fresh each time the form is drawn, for
/// <see cref="OnceOnlyAttribute"/>. A hidden field: no script needed, so it works under the site's CSP and without scripts.
/// </summary>
[HtmlTargetElement("form")]
public sealed class FormTokenTagHelper : TagHelper
{
    public const string FieldName = "__FormToken";

    // After the framework's form tag helper, so the field follows its antiforgery token.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var method = context.AllAttributes.TryGetAttribute("method", out var attribute) ? attribute.Value?.ToString() : null;
        if (string.Equals(method, "post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{FieldName}\" value=\"{Guid.NewGuid():N}\" />");
        }
    }
}
