using System.Security.Cryptography.X509Certificates;
using HccPerformance.Core.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// Council sign-in with OpenID Connect (issue 19). The handler proves who the person is (signature, issuer, audience,
/// lifetime, nonce, PKCE, one use of the code) and leaves them in Identity's short external cookie;
/// <c>AccountController.CouncilSignInDone</c> then maps their groups to roles and signs them in with the site's own
/// application cookie and database session, so session limits, sign-out and revocation work as for local accounts.
/// </summary>
public static class CouncilSignIn
{
    /// <summary>Request item: the id token of this sign-in, kept in the session for signing out at the provider.</summary>
    public const string IdTokenItem = "hcc:council-id-token";

    /// <summary>Item of the sign-out's properties carrying the id token to the provider as its hint.</summary>
    public const string IdTokenHintItem = ".hcc.id_token_hint";

    public static IServiceCollection AddCouncilSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(CouncilSignInOptions.Section);
        services.Configure<CouncilSignInOptions>(section);
        var settings = section.Get<CouncilSignInOptions>() ?? new CouncilSignInOptions();
        if (!settings.Enabled)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(CouncilSignInOptions.Scheme, "your council account", o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            o.ResponseType = "code";
            o.ResponseMode = "query";
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/signin-oidc";
            o.SignedOutCallbackPath = "/signout-callback-oidc";
            o.SaveTokens = true;
            // Claims keep the provider's names ("sub", "groups", "roles"), so the groups claim is read as configured.
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.TokenValidationParameters.NameClaimType = "name";
            o.Scope.Clear();
            o.Scope.Add("openid");
            foreach (var scope in settings.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                o.Scope.Add(scope);
            }

            o.Events.OnRemoteFailure = RefuseAsync;
            o.Events.OnRedirectToIdentityProviderForSignOut = context =>
            {
                if (context.Properties.Items.Remove(IdTokenHintItem, out var hint) && hint is not null)
                {
                    context.ProtocolMessage.IdTokenHint = hint;
                }

                return Task.CompletedTask;
            };
            if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
            {
                var certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword);
                o.Events.OnAuthorizationCodeReceived = context =>
                {
                    // private_key_jwt (RFC 7523): a short assertion signed with the certificate instead of a shared secret.
                    var now = DateTime.UtcNow;
                    context.TokenEndpointRequest!.ClientAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
                    context.TokenEndpointRequest.ClientAssertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
                    {
                        Issuer = context.Options.ClientId,
                        Audience = context.TokenEndpointRequest.TokenEndpoint,
                        Claims = new Dictionary<string, object> { ["sub"] = context.Options.ClientId!, ["jti"] = Guid.NewGuid().ToString() },
                        IssuedAt = now,
                        NotBefore = now,
                        Expires = now.AddMinutes(2),
                        SigningCredentials = new X509SigningCredentials(certificate),
                    });
                    context.TokenEndpointRequest.ClientSecret = null;
                    return Task.CompletedTask;
                };
            }
        });

        // The external cookie lives only between the provider's answer and our callback. Lax, because the provider's
        // redirect back is a cross-site navigation that a Strict cookie would not follow.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o =>
        {
            o.Cookie.Name = "__Host-HccPerformance.External";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
        });

        // The session remembers the id token, so signing out can name the session to end at the provider.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var inner = o.Events.OnSigningIn;
            o.Events.OnSigningIn = async context =>
            {
                await inner(context);
                if (context.HttpContext.Items[IdTokenItem] is string idToken)
                {
                    context.Properties.StoreTokens([new AuthenticationToken { Name = "id_token", Value = idToken }]);
                }
            };
        });

        return services;
    }

    /// <summary>
    /// A token the handler would not accept (tampered, expired, another issuer or audience, a code used twice) or a
    /// provider that said no: logged, recorded as a refused attempt, and the person told in words. No account is touched.
    /// </summary>
    private static async Task RefuseAsync(RemoteFailureContext context)
    {
        var services = context.HttpContext.RequestServices;
        var reason = context.Failure?.Message ?? "The sign-in did not complete";
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CouncilSignIn))
            .LogWarning(context.Failure, "A council sign-in was refused: {Reason}", reason);
        await services.GetRequiredService<CouncilAccounts>().RefuseAsync(null, null, "Refused by the sign-in handler: " + reason, context.HttpContext.RequestAborted);
        context.Response.Redirect("/account/council-sign-in/failed");
        context.HandleResponse();
    }
}
