namespace HccPerformance.Web.Infrastructure;

public static class AppClaims
{
    /// <summary>Authentication method reference: Identity adds "mfa" when the second factor was used.</summary>
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";
    public const string TwoFactorEnabled = "hcc:two_factor";
    public const string MustChangePassword = "hcc:must_change_password";
    public const string DisplayName = "hcc:display_name";
    public const string DepartmentId = "hcc:department_id";

    /// <summary>Item in the sign-in ticket: when the session ends however active it has been.</summary>
    public const string AbsoluteExpiry = ".hcc.absolute_expiry";
}
