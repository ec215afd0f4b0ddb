using HccPerformance.Core.Data;
using HccPerformance.Core.Data.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HccPerformance.Web.Infrastructure;

public static class StartupTasks
{
    /// <summary>
    /// Migrates and seeds. A database that cannot be opened is reported in one line on standard error and
    /// the caller exits non-zero: a site without its database must not pretend to run.
    /// </summary>
    public static async Task<bool> InitialiseDatabaseAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or DbUpdateException
                                       or System.Data.Common.DbException or InvalidOperationException)
        {
            var where = Describe(scope.ServiceProvider, configuration, environment);
            await Console.Error.WriteLineAsync($"HccPerformance cannot start: the database {where} could not be opened: {FirstLine(ex)}");
            return false;
        }
    }

    private static string Describe(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (string.Equals(options.Provider, DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            return "(SQL Server)";
        }

        var connection = Core.DependencyInjection.SqliteConnectionString(configuration, options, environment.ContentRootPath);
        return $"file {new SqliteConnectionStringBuilder(connection).DataSource}";
    }

    private static string FirstLine(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null && inner is not SqliteException)
        {
            inner = inner.InnerException;
        }

        return inner.Message.Split('\n')[0].Trim();
    }

    /// <summary>Tells a newcomer where the site is and who they can sign in as.</summary>
    public static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var lines = new List<string> { "", "HccPerformance is running at " + string.Join(" and ", addresses) };
        if (options.SeedDemoCouncil)
        {
            var password = app.Configuration[DemoCouncilSeeder.PasswordSetting];
            lines.Add($"Demo council: sign in as any of these, each with the password {password}");
            lines.AddRange(DemoCouncilSeeder.People.Select(p => $"  {p.UserName,-22} {p.DisplayName}"));
            lines.Add("  (admin must set up an authenticator app at first sign-in: two-factor sign-in is required for Administrators)");
        }

        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
