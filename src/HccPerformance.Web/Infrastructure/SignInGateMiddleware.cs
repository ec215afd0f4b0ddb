namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Holds a signed-in person at the one step they must take before anything else: choosing a new password when
/// an Administrator has set or reset it, and, for Administrators, setting up two-factor sign-in (required for them).
/// </summary>
public sealed class SignInGateMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";
    public const string EnableAuthenticatorPath = "/account/two-factor/enable";

    private static readonly string[] AlwaysAllowed = ["/account/sign-out", "/error", "/healthz", "/readyz"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        var path = context.Request.Path;
        if (user.Identity?.IsAuthenticated != true || AlwaysAllowed.Any(p => path.StartsWithSegments(p)))
        {
            return next(context);
        }

        if (user.MustChangePassword())
        {
            return path.StartsWithSegments(ChangePasswordPath) ? next(context) : Redirect(context, ChangePasswordPath);
        }

        if (user.IsInRole(Core.Common.Roles.Administrator) && !user.UsedSecondFactor())
        {
            return path.StartsWithSegments(EnableAuthenticatorPath) ? next(context) : Redirect(context, EnableAuthenticatorPath);
        }

        return next(context);
    }

    private static Task Redirect(HttpContext context, string path)
    {
        context.Response.Redirect(path);
        return Task.CompletedTask;
    }
}
