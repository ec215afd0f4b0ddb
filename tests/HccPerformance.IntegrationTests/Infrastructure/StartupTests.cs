using System.Diagnostics;

namespace HccPerformance.IntegrationTests.Infrastructure;

/// <summary>The real program, started as a process, as a newcomer or a server would start it.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_database_file_that_cannot_be_opened_stops_the_site_with_one_clear_line()
    {
        var folder = Directory.CreateTempSubdirectory("hcc-bad-db-").FullName;
        var file = Path.Combine(folder, "hccperformance.db");
        await File.WriteAllTextAsync(file, "this is not a SQLite database, just some text that fills the header and more besides");
        try
        {
            var (exitCode, output, error) = await RunSiteAsync($"--Database:DataFolder={folder}", "--urls=http://127.0.0.1:0");

            Assert.NotEqual(0, exitCode);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var line = Assert.Single(lines);
            Assert.StartsWith($"HccPerformance cannot start: the database file {file} could not be opened:", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_created_stops_the_site_with_one_clear_line()
    {
        var blocker = Path.GetTempFileName(); // a file where the folder should be
        try
        {
            var (exitCode, _, error) = await RunSiteAsync($"--Database:DataFolder={blocker}", "--urls=http://127.0.0.1:0");

            Assert.NotEqual(0, exitCode);
            Assert.StartsWith("HccPerformance cannot start: the database file", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunSiteAsync(params string[] args)
    {
        var site = Path.Combine(AppContext.BaseDirectory, "HccPerformance.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(site);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The site kept running although its database could not be opened.");
        }

        return (process.ExitCode, await output, await error);
    }
}
