using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace HccPerformance.IntegrationTests.Support;

/// <summary>
/// A real SMTP server for the email tests (issue 19): smtp4dev (the repository's dotnet tool, <c>dotnet tool restore</c>)
/// on 127.0.0.1, SMTP on <see cref="SmtpPort"/> and its web API on <see cref="ApiPort"/>, started by this fixture and
/// stopped after, so a filtered <c>dotnet test</c> needs no script. It refuses, with 550, any recipient whose address
/// contains "refused", as a mail relay refuses an unknown mailbox. Tests read what it received through its API.
/// If something already answers on the API port, that server is used and left running.
/// </summary>
public sealed class SmtpServer : IAsyncLifetime, IDisposable
{
    public const int SmtpPort = 5152;
    public const int ApiPort = 5153;

    /// <summary>A port where nothing listens: a mail relay that is down.</summary>
    public const int ClosedPort = 5159;

    public const string RefusedMarker = "refused";

    private readonly HttpClient api = new() { BaseAddress = new Uri($"http://127.0.0.1:{ApiPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"hcc-smtp4dev-{Guid.NewGuid():N}");
    private Process? process;

    public async Task InitializeAsync()
    {
        if (await AnswersAsync())
        {
            return;
        }

        Directory.CreateDirectory(dataFolder);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "tool", "run", "smtp4dev", "--", $"--smtpport={SmtpPort}", $"--urls=http://127.0.0.1:{ApiPort}", "--bindaddress=127.0.0.1",
                     "--db=", "--imapport=", "--pop3port=", "--messagestokeep=100000", "--nousersettings", $"--baseappdatapath={dataFolder}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ServerOptions__RecipientValidationExpression"] = $"!recipient.includes(\"{RefusedMarker}\")";
        process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await AnswersAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"smtp4dev did not answer on 127.0.0.1:{ApiPort} (exit {(process.HasExited ? process.ExitCode : "none")}). Run `dotnet tool restore` at the repository root.");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Every message received from <paramref name="from"/>, newest first.</summary>
    public async Task<List<ReceivedEmail>> FromAsync(string from)
    {
        var list = await api.GetFromJsonAsync<MessageList>("api/messages?page=1&pageSize=100000");
        return [.. list!.Results.Where(m => string.Equals(m.From, from, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>Messages from <paramref name="from"/> once at least <paramref name="count"/> have arrived (the server stores each as it takes it).</summary>
    public async Task<List<ReceivedEmail>> WaitForAsync(string from, int count)
    {
        for (var i = 0; ; i++)
        {
            var found = await FromAsync(from);
            if (found.Count >= count || i == 20)
            {
                return found;
            }

            await Task.Delay(250);
        }
    }

    public Task<string> PlainTextAsync(ReceivedEmail email) => api.GetStringAsync($"api/messages/{email.Id}/plaintext");

    public Task<string> HtmlAsync(ReceivedEmail email) => api.GetStringAsync($"api/messages/{email.Id}/html");

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var response = await api.GetAsync("api/messages?pageSize=1");
            return response.IsSuccessStatusCode;
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

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "dotnet-tools.json")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (with dotnet-tools.json) was not found.");
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        process = null;
        api.Dispose();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private sealed record MessageList([property: JsonPropertyName("results")] List<ReceivedEmail> Results);
}
