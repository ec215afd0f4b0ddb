using System.Collections.Concurrent;
using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace HccPerformance.IntegrationTests.Support;

/// <summary>
/// The real site in memory over a fresh, migrated SQLite file of its own, with the demo council seeded
/// (Development) and a clock the tests can move. One per test class.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"hcc-it-{Guid.NewGuid():N}.db");

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected virtual string Environment => Environments.Development;

    /// <summary>Which seeded copy a factory starts from: one per environment, or per set of settings that change what is seeded.</summary>
    protected virtual string TemplateKey => Environment;

    public string DatabasePath => databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={databasePath}");
        builder.UseSetting("DemoCouncil:Password", TestUsers.Password);
        // Tests run scheduled jobs (the reminders) themselves, on their own clock; a background run would race their counts.
        builder.UseSetting("Jobs:Run", "false");
        // The suites sign in many times from one address: limits of their own tests (ThrottlingTests) are set lower.
        builder.UseSetting("RateLimits:CredentialPostsPerAddressPerMinute", "1000000");
        builder.UseSetting("RateLimits:CredentialPostsPerNamePerMinute", "1000000");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>
    /// Start-up migrates and seeds the demo council, which costs seconds a class: the first factory of each environment
    /// in a test run does it for real and keeps a copy; later ones start from a copy of that file, and start-up then
    /// finds every migration applied and every seed present, as it would on a restart.
    /// </summary>
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly Dictionary<string, string> Templates = [];

    public async Task InitializeAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (Templates.TryGetValue(TemplateKey, out var template))
            {
                File.Copy(template, databasePath);
            }

            // Building the host runs Program up to Run(): it migrates and seeds this factory's database as it would the real one.
            _ = Services;
            if (!File.Exists(databasePath))
            {
                throw new InvalidOperationException($"The site did not create its database at {databasePath}.");
            }

            if (template is null)
            {
                await PrepareTemplateAsync();
                Templates[TemplateKey] = await CopySeededDatabaseAsync();
            }
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>
    /// What a factory of its own template does to the seeded site, once a test run, before the copy is kept (people taking steps
    /// through the site, as a newcomer would after signing in): nothing by default.
    /// </summary>
    protected virtual Task PrepareTemplateAsync() => Task.CompletedTask;

    private async Task<string> CopySeededDatabaseAsync()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"hcc-it-template-{TemplateKey}-{Guid.NewGuid():N}.db");
        // VACUUM INTO writes a consistent single file, including what is still in the write-ahead log.
        await using (var connection = new SqliteConnection($"Data Source={databasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $copy";
            command.Parameters.AddWithValue("$copy", copy);
            await command.ExecuteNonQueryAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(copy);
        return copy;
    }

    /// <summary>A client that behaves like a browser on https: keeps cookies (the sign-in cookie is Secure) and shows redirects.</summary>
    public SiteClient CreateSiteClient(string baseAddress = "https://localhost") => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri(baseAddress),
        HandleCookies = true,
    }));

    private readonly ConcurrentDictionary<string, Lazy<Task<SiteClient>>> readers = new();

    /// <summary>
    /// One signed-in client per person for the life of the factory, for tests that only read pages (GET). Signing in
    /// costs a password hash of 210,000 iterations, about a tenth of a second; the role access walk reads a thousand pages.
    /// </summary>
    public Task<SiteClient> ReaderAsync(string userName) =>
        readers.GetOrAdd(userName, name => new Lazy<Task<SiteClient>>(async () =>
        {
            var client = CreateSiteClient();
            await client.SignInAsync(name);
            return client;
        })).Value;

    /// <summary>The demo Administrator, signed in with the second factor (set up on first use, as the site requires).</summary>
    public async Task<SiteClient> AdminClientAsync()
    {
        var client = CreateSiteClient();
        var response = await client.SignInAsync(TestUsers.Admin);
        if (response.Headers.Location?.OriginalString == "/")
        {
            var enrolment = await client.PageAsync("/account/two-factor/enable");
            var key = enrolment.Document.QuerySelector("#shared-key")!.TextContent;
            await client.PostFormAsync("/account/two-factor/enable", ("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        }
        else
        {
            var key = await WithScopeAsync(async s =>
            {
                var users = s.GetRequiredService<UserManager<ApplicationUser>>();
                var admin = (await users.FindByNameAsync(TestUsers.Admin))!;
                // A code is accepted once (TwoFactorTests proves it); tests sign the Administrator in many times a
                // minute, so each sign-in here starts as if no code had been used yet.
                admin.LastTotpTimeStep = null;
                await users.UpdateAsync(admin);
                return await users.GetAuthenticatorKeyAsync(admin);
            });
            await client.PostFormAsync("/account/sign-in/two-factor", ("Input.Code", Totp.Code(key!, DateTimeOffset.UtcNow)));
        }

        return client;
    }

    public T WithScope<T>(Func<IServiceProvider, T> action)
    {
        using var scope = Services.CreateScope();
        return action(scope.ServiceProvider);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}

public sealed class ProductionAppFactory : AppFactory
{
    protected override string Environment => Environments.Production;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Behind Kestrel's https endpoint the port is found on its own; the in-memory server has none.
        builder.UseSetting("https_port", "443");
        // Production requires its host names and a certificate for the data-protection keys.
        builder.UseSetting("AllowedHosts", "performance.council.example;localhost");
        builder.UseSetting("DataProtection:CertificatePath", TestCertificates.DataProtectionPfx);
        builder.UseSetting("DataProtection:CertificatePassword", TestCertificates.Password);
    }
}
