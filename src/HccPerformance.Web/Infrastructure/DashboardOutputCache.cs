using System.Security.Claims;
using HccPerformance.Core.Data.Interceptors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Keeps each person's last dashboard page for a moment, since Cabinet and CPEG open it again and again: served again
/// only to the same person with the same antiforgery cookie (the page's sign-out form carries a token tied to it), only
/// while this instance has committed nothing (<see cref="ChangeSignal"/>), and for two seconds at most (so another
/// instance's changes show within that). A response that sets a cookie (beyond clearing the status-message one), or a
/// request carrying a one-off status message, is never cached.
/// </summary>
public sealed class DashboardOutputCache(ChangeSignal changes, IOptions<AntiforgeryOptions> antiforgery) : IOutputCachePolicy
{
    public const string Name = "Dashboard";

    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var user = http.User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var token = antiforgery.Value.Cookie.Name is { } name ? http.Request.Cookies[name] : null;
        var cacheable = HttpMethods.IsGet(http.Request.Method) && user is not null && token is not null && !http.Request.Cookies.ContainsKey(TempDataCookie);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(2);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["user"] = user ?? "";
        context.CacheVaryByRules.VaryByValues["antiforgery"] = token ?? "";
        context.CacheVaryByRules.VaryByValues["changes"] = changes.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // MVC clears its (absent) status-message cookie on every page; that is the one cookie a kept page may carry.
        var setsCookies = response.Headers.SetCookie.Any(c => c is not null && !c.StartsWith(TempDataCookie + "=;", StringComparison.Ordinal));
        if (response.StatusCode != StatusCodes.Status200OK || setsCookies)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
