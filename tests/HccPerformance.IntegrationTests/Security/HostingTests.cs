using System.Diagnostics;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>Issue 14, point 9: behind the council's proxy, on its own host name, with its key-encryption certificate.</summary>
public sealed class HostingTests(ProductionPeerAppFactory app) : IClassFixture<ProductionPeerAppFactory>
{
    [Fact]
    public async Task Behind_a_proxy_that_ends_TLS_the_sign_in_form_shows_and_posts()
    {
        using var client = app.CreatePeerClient(ProductionPeerAppFactory.Proxy, $"https://{ProductionPeerAppFactory.Host}");
        client.Http.DefaultRequestHeaders.Add(PeerAppFactory.SchemeHeader, "http");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.50");

        var form = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        // Production has no demo users: a wrong name gets the form back with its message, not a 400 or a 500.
        var posted = await client.SignInAsync("nobody.here", "no-password-at-all");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("The user name or password is not right", (await Page.ReadAsync(posted)).ErrorFor("Input.Password"));
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_but_the_configured_proxy_are_ignored()
    {
        using var client = app.CreatePeerClient("198.51.100.77", $"https://{ProductionPeerAppFactory.Host}");
        client.Http.DefaultRequestHeaders.Add(PeerAppFactory.SchemeHeader, "http");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/account/sign-in");

        Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect or HttpStatusCode.Redirect);
        Assert.Equal($"https://{ProductionPeerAppFactory.Host}/account/sign-in", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_and_never_redirected_there()
    {
        using var client = app.CreateSiteClient("http://attacker.example");

        var response = await client.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Data_protection_keys_are_stored_encrypted_with_the_configured_certificate()
    {
        using var client = app.CreateSiteClient($"https://{ProductionPeerAppFactory.Host}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);

        var keys = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted", xml, StringComparison.Ordinal);
        });
    }
}

/// <summary>Issue 14, point 9: Production refuses to start without a host name list or a key-encryption certificate.</summary>
public sealed class HostingStartupTests
{
    [Fact]
    public async Task Production_with_any_host_allowed_does_not_start_and_says_why()
    {
        var (exitCode, error) = await RunSiteAsync("--AllowedHosts=*",
            $"--DataProtection:CertificatePath={TestCertificates.DataProtectionPfx}", $"--DataProtection:CertificatePassword={TestCertificates.Password}");

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("HccPerformance cannot start: AllowedHosts", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_without_a_key_encryption_certificate_does_not_start_and_says_why()
    {
        var (exitCode, error) = await RunSiteAsync("--AllowedHosts=performance.council.example");

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("HccPerformance cannot start: DataProtection:CertificatePath", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> RunSiteAsync(params string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("hcc-hosting-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HccPerformance.Web.dll"));
            foreach (var arg in args.Append($"--Database:DataFolder={folder}").Append("--urls=http://127.0.0.1:0"))
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return (0, "The site started and kept running. " + await output);
            }

            await output;
            return (process.ExitCode, await error);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
