using System.Security.Claims;
using HccPerformance.Core.Common;

namespace HccPerformance.Web.Infrastructure;

/// <summary>The signed-in person of the current request; "system" outside a request (start-up, seeding).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => accessor.HttpContext?.User.Identity?.Name ?? "system";
}
