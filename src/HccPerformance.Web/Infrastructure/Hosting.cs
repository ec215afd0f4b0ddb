using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// How the site sits behind the council's proxy and protects its keys. Settings:
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges) whose
/// X-Forwarded-For and X-Forwarded-Proto are believed, nobody else's (none by default);
/// <c>AllowedHosts</c>, the host names the site answers to, required in Production;
/// <c>DataProtection:CertificatePath</c> (a PFX file) and <c>DataProtection:CertificatePassword</c>, the certificate that
/// encrypts the data-protection keys at rest, required in Production.
/// </summary>
public static class Hosting
{
    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    public static IServiceCollection AddHosting(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named in the settings: not even loopback, which ASP.NET Core would trust by default.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        if (LoadKeyCertificate(configuration, out _) is { } certificate)
        {
            services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        }

        services.AddCredentialThrottling(configuration);
        return services;
    }

    /// <summary>What stops the site serving in this environment, in one sentence; null when nothing does.</summary>
    public static string? StartupProblem(IConfiguration configuration, IHostEnvironment environment)
    {
        if (LoadKeyCertificate(configuration, out var problem) is null && problem is not null)
        {
            return problem;
        }

        if (!environment.IsProduction())
        {
            return null;
        }

        var hosts = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Any(h => h == "*"))
        {
            return $"AllowedHosts must name the site's host names in Production (it is \"{configuration["AllowedHosts"]}\"): set it to, for example, performance.council.example";
        }

        if (string.IsNullOrWhiteSpace(configuration[CertificatePathSetting]))
        {
            return $"{CertificatePathSetting} is not set: Production needs a certificate (a PFX file, its password in {CertificatePasswordSetting}) to encrypt the data-protection keys at rest";
        }

        return null;
    }

    /// <summary>The key-encryption certificate, or null with <paramref name="problem"/> saying why when one is set but unusable.</summary>
    private static X509Certificate2? LoadKeyCertificate(IConfiguration configuration, out string? problem)
    {
        problem = null;
        var path = configuration[CertificatePathSetting];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordSetting]);
            if (!certificate.HasPrivateKey)
            {
                problem = $"{CertificatePathSetting} {path} has no private key, so the data-protection keys could not be read back";
                return null;
            }

            return certificate;
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            problem = $"{CertificatePathSetting} {path} could not be read: {ex.Message.Split('\n')[0].Trim()}";
            return null;
        }
    }
}
