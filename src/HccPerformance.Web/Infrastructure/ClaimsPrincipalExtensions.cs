using System.Globalization;
using System.Security.Claims;

namespace HccPerformance.Web.Infrastructure;

public static class ClaimsPrincipalExtensions
{
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaims.DisplayName) ?? user.Identity?.Name ?? "";

    public static int? DepartmentId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AppClaims.DepartmentId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool UsedSecondFactor(this ClaimsPrincipal user) =>
        user.HasClaim(AppClaims.AuthenticationMethod, AppClaims.MultiFactor);

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.HasClaim(AppClaims.MustChangePassword, "true");
}
