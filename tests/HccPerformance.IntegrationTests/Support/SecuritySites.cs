using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HccPerformance.IntegrationTests.Support;

/// <summary>
/// The site with settings of a test's own, where each request may say which address it comes from and over which scheme
/// (headers <see cref="PeerHeader"/> and <see cref="SchemeHeader"/>): the in-memory server has no TCP connection, so this
/// stands in for one from that address (a browser, or a proxy in front of the site).
/// </summary>
public class PeerAppFactory : AppFactory
{
    public const string PeerHeader = "X-Test-Peer";
    public const string SchemeHeader = "X-Test-Scheme";

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (name, value) in Settings)
        {
            builder.UseSetting(name, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PeerStandIn>());
    }

    /// <summary>A client whose requests come from <paramref name="peer"/>.</summary>
    public SiteClient CreatePeerClient(string peer, string baseAddress = "https://localhost")
    {
        var client = CreateSiteClient(baseAddress);
        client.Http.DefaultRequestHeaders.Add(PeerHeader, peer);
        return client;
    }

    private sealed class PeerStandIn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                    context.Request.Headers.Remove(PeerHeader);
                }

                if (context.Request.Headers.TryGetValue(SchemeHeader, out var scheme))
                {
                    context.Request.Scheme = scheme.ToString();
                    context.Request.IsHttps = context.Request.Scheme == "https";
                    context.Request.Headers.Remove(SchemeHeader);
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Production, as the council would run it: its host name, a key-encryption certificate, one proxy in front.</summary>
public class ProductionPeerAppFactory : PeerAppFactory
{
    public const string Proxy = "10.0.0.5";
    public const string Host = "performance.council.example";

    protected override string Environment => Environments.Production;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["https_port"] = "443",
        ["AllowedHosts"] = $"{Host};localhost",
        ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        ["DataProtection:CertificatePath"] = TestCertificates.DataProtectionPfx,
        ["DataProtection:CertificatePassword"] = TestCertificates.Password,
    };
}

/// <summary>The site on Kestrel over https on a loopback port: real HTTP, where the in-memory server would be lenient.</summary>
public sealed class KestrelAppFactory : AppFactory
{
    private readonly X509Certificate2 certificate = TestCertificates.Loopback();

    public KestrelAppFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));

    /// <summary>A client like a browser on https: keeps cookies, shows redirects.</summary>
    public SiteClient CreateKestrelClient()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).First();
#pragma warning disable CA2000 // the HttpClient owns it
        var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == certificate.Thumbprint,
        };
#pragma warning restore CA2000
        return new SiteClient(new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{address.Port}") });
    }
}

public static class TestCertificates
{
    public const string Password = "test-only-certificate-password";

    private static readonly Lazy<string> Pfx = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=HccPerformance data protection (tests)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"hcc-dp-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    });

    /// <summary>A PFX file (with <see cref="Password"/>) for encrypting data-protection keys, made once per test run.</summary>
    public static string DataProtectionPfx => Pfx.Value;

    public static X509Certificate2 Loopback()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
