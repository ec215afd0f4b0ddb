namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Settings of council sign-in (issue 19), section <c>Authentication:OpenIdConnect</c>. Off while Authority or ClientId is
/// missing: the site then signs in with its own accounts only, as before.
/// </summary>
public sealed class CouncilSignInOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The authentication scheme's name; also the login provider recorded against each account.</summary>
    public const string Scheme = "CouncilAccount";

    /// <summary>The provider's issuer address (Entra ID: https://login.microsoftonline.com/{tenant id}/v2.0).</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }

    /// <summary>A client secret; or, instead, a certificate (<see cref="CertificatePath"/>) that signs a client assertion.</summary>
    public string? ClientSecret { get; set; }
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }

    /// <summary>The token claim whose values the mapping reads: "groups" (Entra ID's group object ids) or "roles" (app roles).</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>Scopes asked for besides openid (space-separated).</summary>
    public string Scopes { get; set; } = "profile email";

    /// <summary>The provider's metadata must come over https; false only for a test provider on 127.0.0.1.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>A first sign-in makes an account that waits for an Administrator's approval, instead of one that signs in at once.</summary>
    public bool NewAccountsAwaitApproval { get; set; }

    /// <summary>Who people without access are told to ask, in words ("the Corporate Performance Team, performance@council.example").</summary>
    public string AdministratorContact { get; set; } = "the Administrator";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
