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

    [Fact]
    public async Task In_production_the_first_Administrator_is_created_by_a_command_and_no_demo_user_exists()
    {
        var folder = Directory.CreateTempSubdirectory("hcc-admin-").FullName;
        try
        {
            var environment = new Dictionary<string, string> { ["HCC_ADMIN_PASSWORD"] = "a-long-first-admin-password" };
            var (exitCode, output, error) = await RunSiteAsync(environment,
                "create-admin", "--user", "it.admin", "--email", "it.admin@council.example", "--name", "IT Administrator", $"--Database:DataFolder={folder}");

            Assert.True(exitCode == 0, error);
            Assert.Contains("Created Administrator it.admin", output, StringComparison.Ordinal);
            var users = await QueryAsync(Path.Combine(folder, "hccperformance.db"),
                "SELECT u.UserName || ':' || r.Name FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId");
            Assert.Equal(["it.admin:Administrator"], users);

            var (again, _, refused) = await RunSiteAsync(environment,
                "create-admin", "--user", "it.admin", "--email", "other@council.example", $"--Database:DataFolder={folder}");
            Assert.NotEqual(0, again);
            Assert.Contains("already taken", refused, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<string>> QueryAsync(string database, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static Task<(int ExitCode, string Output, string Error)> RunSiteAsync(params string[] args) =>
        RunSiteAsync(new Dictionary<string, string>(), args);

    private static async Task<(int ExitCode, string Output, string Error)> RunSiteAsync(Dictionary<string, string> environment, params string[] args)
    {
        var site = Path.Combine(AppContext.BaseDirectory, "HccPerformance.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(site);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

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
