using Microsoft.AspNetCore.Hosting;

namespace HccPerformance.IntegrationTests.Support;

/// <summary>
/// The site with council sign-in switched on against a provider that is not there (nothing listens on 127.0.0.1:5149, in
/// this part's port range): what the site does before it ever reaches the provider. The real provider is the browser tests'.
/// </summary>
public sealed class CouncilSignInAppFactory : AppFactory
{
    public const string Authority = "http://127.0.0.1:5149";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:Authority", Authority);
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", "hcc-performance");
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "not-a-real-secret");
        builder.UseSetting("Authentication:OpenIdConnect:RequireHttpsMetadata", "false");
        builder.UseSetting("Authentication:OpenIdConnect:AdministratorContact", "the Corporate Performance Team");
    }
}
