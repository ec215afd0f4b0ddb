using System.Diagnostics;
using System.Net.Http.Json;

namespace HccPerformance.BrowserTests.Infrastructure;

/// <summary>
/// The council's identity provider for the council sign-in tests: the real OpenID Connect provider in tests/oidc-provider
/// (panva's oidc-provider on Node), started here on 127.0.0.1:5141 and stopped when the tests are done, so the tests need
/// nothing started beforehand (scripts/lib/oidc.sh installs Node and the package from a fresh clone). If a provider is
/// already answering there (started by hand), it is used and left running.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class CouncilProvider : IAsyncLifetime
{
    public const string Issuer = "http://127.0.0.1:5141";
    public const string ClientId = "hcc-performance";
    public const string ClientSecret = "hcc-test-secret-not-for-production";

    /// <summary>Every test user's password at the provider (tests/oidc-provider/users.json).</summary>
    public const string Password = "council-pass-1";

    private readonly HttpClient http = new() { BaseAddress = new Uri(Issuer), Timeout = TimeSpan.FromSeconds(10) };
    private Process? process;

    public async Task InitializeAsync()
    {
        if (!await AnswersAsync())
        {
            var folder = Path.Combine(RepositoryRoot(), "tests", "oidc-provider");
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
            {
                await RunAsync("npm", "ci --no-audit --no-fund", folder);
            }

            process = Process.Start(new ProcessStartInfo("node", "server.js")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("Node did not start the test identity provider.");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!await AnswersAsync())
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"The test identity provider did not answer at {Issuer} (is Node installed? see scripts/lib/oidc.sh).");
                }

                await Task.Delay(200);
            }
        }

        await ResetAsync();
    }

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        http.Dispose();
    }

    /// <summary>Users and the token endpoint as users.json and the server start them.</summary>
    public async Task ResetAsync() => (await http.PostAsync("/test/reset", null)).EnsureSuccessStatusCode();

    /// <summary>An IT administrator changes the person's groups at the provider.</summary>
    public async Task SetGroupsAsync(string login, params string[] groups) =>
        (await http.PostAsJsonAsync("/test/users", new { login, user = new { groups } })).EnsureSuccessStatusCode();

    /// <summary>
    /// What the token endpoint does wrong from now on: "tampered" (the id token's payload changed after signing),
    /// "wrong-audience", "wrong-issuer", "expired", "foreign-key" (signed by a key that is not the provider's), or "none".
    /// </summary>
    public async Task SetFaultAsync(string fault) =>
        (await http.PostAsync("/test/fault", new StringContent(fault))).EnsureSuccessStatusCode();

    private async Task<bool> AnswersAsync()
    {
        try
        {
            return (await http.GetAsync("/.well-known/openid-configuration")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string file, string arguments, string folder)
    {
        using var run = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{file} did not start.");
        await run.WaitForExitAsync();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{file} {arguments}` in {folder} failed with exit code {run.ExitCode}.");
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HccPerformance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository's root (with HccPerformance.sln) was not found above " + AppContext.BaseDirectory);
    }
}
