using System.Collections.Concurrent;
using Cookie = Microsoft.Playwright.Cookie;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HccPerformance.Core.Data;
using HccPerformance.Core.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HccPerformance.BrowserTests.Infrastructure;

/// <summary>
/// One running site (real Kestrel, Development environment, the demo council in a fresh SQLite file) and one
/// headless Chromium (Debian's headless shell), shared by every test of the browser collection. Each test opens its own browser context.
/// The site listens on loopback twice: HTTPS with a throw-away self-signed certificate, as it is served in
/// production (the tests use this one), and plain HTTP, as a developer runs it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>
    /// Debian's Chromium headless shell (package chromium-headless-shell): the same engine as Debian's chromium without
    /// the browser's own windows and pages, as Playwright itself runs headless tests. It uses about 40% less processor time
    /// for the same pages than the full browser in headless mode (measured: docs/benchmarks.md, "Browser tests").
    /// </summary>
    public const string ChromiumPath = "/usr/lib/chromium/chromium-headless-shell";
    public const string AdminUserName = "admin";

    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"hcc-browser-tests-{Guid.NewGuid():N}.db");
    private X509Certificate2? certificate;
    private SiteFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the site listens over HTTPS, as https://127.0.0.1:port.</summary>
    public string BaseAddress { get; private set; } = "";

    /// <summary>
    /// Where the site listens over plain HTTP, as http://127.0.0.1:port (with localhost, the only host where
    /// Chromium keeps the site's Secure __Host- cookies over plain HTTP).
    /// </summary>
    public string PlainHttpAddress { get; private set; } = "";

    /// <summary>The demo council's password (appsettings.Development.json).</summary>
    public string DemoPassword { get; private set; } = "";

    /// <summary>What the site logged as errors (with exceptions) during the run.</summary>
    public ServerErrorLog ServerErrors { get; } = new();

    /// <summary>What the site logged as errors from entry <paramref name="from"/> on, to add to a failure message.</summary>
    public string DescribeServerErrors(int from)
    {
        var entries = ServerErrors.Entries.Skip(from).ToList();
        return entries.Count == 0
            ? "The site logged no errors."
            : "The site logged these errors:" + Environment.NewLine + string.Join(Environment.NewLine, entries);
    }

    /// <summary>Each person's cookies after their first sign-in through the form, by the address signed in to.</summary>
    private readonly ConcurrentDictionary<(string Address, string UserName), IReadOnlyList<Cookie>> signedIn = new();

    /// <summary>The cookies of <paramref name="userName"/>'s session on <paramref name="address"/>, if they have signed in through the form.</summary>
    public IReadOnlyList<Cookie>? SignedInCookies(string address, string userName) => signedIn.GetValueOrDefault((address, userName));

    /// <summary>Keeps a session's cookies, for the person's later sign-ins in this run.</summary>
    public void RememberSignedIn(string address, string userName, IEnumerable<BrowserContextCookiesResult> cookies) =>
        signedIn[(address, userName)] =
        [
            .. cookies.Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Url = address, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
                Expires = c.Expires > 0 ? c.Expires : null,
            }),
        ];

    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The site has not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    private readonly Lock planLock = new();
    private Task<string>? demoPlanLive;

    /// <summary>
    /// The demo leaves its next plan a draft for a newcomer to take live (issue 16). Tests that need a live plan await this: the
    /// first to ask runs the newcomer's journey through the pages (<see cref="PlanLifeTests"/>), once per site, and later ones
    /// find it done, so no test depends on the order the collection runs in. Returns the plan's title.
    /// </summary>
    public Task<string> DemoPlanLiveAsync()
    {
        lock (planLock)
        {
            return demoPlanLive ??= PlanLifeTests.TakeTheDemoPlanLiveAsync(this);
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}, and it is not there. " +
                "Run `apt-get install -y chromium-headless-shell` as root (or the repo's scripts/test.sh), then run the tests again.");
        }

        Assertions.SetDefaultExpectTimeout(5_000);

        certificate = CreateLoopbackCertificate();
        factory = new SiteFactory(databasePath, ServerErrors);
        factory.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
            options.Listen(IPAddress.Loopback, 0);
        });
        factory.StartServer();

        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        // Program migrated and seeded the database before the server started (WebApplicationFactory runs Program up to Run).
        Assert.True(File.Exists(databasePath), $"The site did not use the test database {databasePath}.");

        DemoPassword = configuration[DemoCouncilSeeder.PasswordSetting]
            ?? throw new InvalidOperationException($"{DemoCouncilSeeder.PasswordSetting} is not set: is the environment Development?");
        BaseAddress = LoopbackAddress(factory.Services, Uri.UriSchemeHttps);
        PlainHttpAddress = LoopbackAddress(factory.Services, Uri.UriSchemeHttp);

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        certificate?.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>A new browser context (its own cookies) with one page, watching the console.</summary>
    public Task<BrowserSession> OpenSessionAsync() => BrowserSession.OpenAsync(this, BaseAddress);

    /// <summary>A new browser context on the site's plain HTTP address, as a developer browses it.</summary>
    public Task<BrowserSession> OpenPlainHttpSessionAsync() => BrowserSession.OpenAsync(this, PlainHttpAddress);

    /// <summary>The key of a person's authenticator app, as the site stores it, to make codes at the two-factor sign-in step.</summary>
    public async Task<string> AuthenticatorKeyAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}");
        // A code is accepted once; the tests sign in many times a minute, so each starts as if none had been used.
        user.LastTotpTimeStep = null;
        await users.UpdateAsync(user);
        return await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{userName} has no authenticator key");
    }

    /// <summary>Turns two-factor sign-in off for a person and forgets their key, so their next sign-in enrols an app afresh.</summary>
    public async Task ResetTwoFactorAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}");
        Assert.True((await users.SetTwoFactorEnabledAsync(user, false)).Succeeded);
        Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
    }

    private static string LoopbackAddress(IServiceProvider services, string scheme)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var bound = addresses.Select(a => new Uri(a)).FirstOrDefault(a => a.Scheme == scheme)
            ?? throw new InvalidOperationException($"The site has no {scheme} address: {string.Join(", ", addresses)}");

        // Chromium keeps Secure (__Host-) cookies over plain http only from localhost and 127.0.0.1.
        return $"{scheme}://127.0.0.1:{bound.Port}";
    }

    /// <summary>A self-signed certificate for 127.0.0.1 and localhost, for this run only (the browser context ignores its issuer).</summary>
    private static X509Certificate2 CreateLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }

    private sealed class SiteFactory(string databasePath, ServerErrorLog errors) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(Environments.Development);
            builder.UseSetting("ConnectionStrings:Sqlite", "Data Source=" + databasePath);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // The browser signs in many times from one address; the limits are proven by the integration tests.
            builder.UseSetting("RateLimits:CredentialPostsPerAddressPerMinute", "1000000");
            builder.UseSetting("RateLimits:CredentialPostsPerNamePerMinute", "1000000");
            // Council sign-in against the test provider (tests/oidc-provider), which CouncilProvider starts for the tests that use it.
            builder.UseSetting("Authentication:OpenIdConnect:Authority", CouncilProvider.Issuer);
            builder.UseSetting("Authentication:OpenIdConnect:ClientId", CouncilProvider.ClientId);
            builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", CouncilProvider.ClientSecret);
            builder.UseSetting("Authentication:OpenIdConnect:RequireHttpsMetadata", "false");
            builder.ConfigureLogging(logging => logging.AddProvider(errors));
        }
    }
}
