using System.Security.Claims;
using HccPerformance.Core.Common;

namespace HccPerformance.Web.Infrastructure;

/// <summary>The signed-in person of the current request; "system" outside a request (start-up, seeding).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User?.Identity?.Name ?? "system";

    public string DisplayName => User?.DisplayName() is { Length: > 0 } name ? name : UserName;

    public int? DepartmentId => User?.DepartmentId();

    public bool IsInRole(string role) => User?.IsInRole(role) == true;
}
