using System.Globalization;
using System.Security.Claims;
using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Infrastructure;

/// <summary>Puts the person's name, department and whether they must change their password into the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.DepartmentId is { } departmentId)
        {
            identity.AddClaim(new Claim(AppClaims.DepartmentId, departmentId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AppClaims.TwoFactorEnabled, "true"));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AppClaims.MustChangePassword, "true"));
        }

        return identity;
    }

    /// <summary>
    /// When the security stamp is checked (every minute) the claims are made afresh: a session that used a second factor
    /// keeps that only while the person still has two-factor sign-in on.
    /// </summary>
    public static Task KeepSecondFactorWhileEnabled(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is not ClaimsIdentity identity)
        {
            return Task.CompletedTask;
        }

        foreach (var claim in identity.FindAll(AppClaims.AuthenticationMethod).ToList())
        {
            identity.RemoveClaim(claim);
        }

        if (identity.HasClaim(AppClaims.TwoFactorEnabled, "true") && context.CurrentPrincipal?.HasClaim(AppClaims.AuthenticationMethod, AppClaims.MultiFactor) == true)
        {
            identity.AddClaim(new Claim(AppClaims.AuthenticationMethod, AppClaims.MultiFactor));
        }

        return Task.CompletedTask;
    }
}
