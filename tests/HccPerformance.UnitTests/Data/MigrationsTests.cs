using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HccPerformance.UnitTests.Data;

/// <summary>
/// Both providers' migrations stay current with the model. There is no SQL Server here, so its side is proven
/// by the pending-change check and by generating the idempotent script a DBA would run.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var context = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=unused.db").Options);

        Assert.False(context.Database.HasPendingModelChanges(), "Add a SQLite migration: dotnet ef migrations add <Name> --context SqliteAppDbContext (see README)");
    }

    [Fact]
    public void The_SQL_Server_migrations_match_the_model()
    {
        using var context = SqlServerContext();

        Assert.False(context.Database.HasPendingModelChanges(), "Add a SQL Server migration: dotnet ef migrations add <Name> --context AppDbContext (see README)");
    }

    [Fact]
    public void The_SQL_Server_idempotent_script_creates_every_table_once()
    {
        using var context = SqlServerContext();
        var migrator = context.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script, StringComparison.Ordinal);
        Assert.Contains("SELECT * FROM [__EFMigrationsHistory]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS (", script, StringComparison.Ordinal);
        foreach (var table in new[] { "Departments", "ReportingPeriods", "AuditEntries", "UserSessions", "DataProtectionKeys", "AspNetUsers", "AspNetRoles", "SelfAssessments", "ImprovementPlans", "Indicators", "Scorecards" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("[Version] uniqueidentifier NOT NULL", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_providers_have_the_same_migrations()
    {
        using var sqlServer = SqlServerContext();
        using var sqlite = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=unused.db").Options);

        static IEnumerable<string> Names(DbContext c) => c.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlServer), Names(sqlite));
    }

    private static AppDbContext SqlServerContext() => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlServer("Server=unused;Database=HccPerformance;Trusted_Connection=True").Options);
}
