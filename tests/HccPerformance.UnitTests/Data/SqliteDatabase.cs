using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Data.Interceptors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace HccPerformance.UnitTests.Data;

/// <summary>A real, migrated SQLite file for one test class, with the audit interceptor as the site wires it.</summary>
public sealed class SqliteDatabase : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"hcc-unit-{Guid.NewGuid():N}.db");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2009, 7, 1, 9, 30, 0, TimeSpan.Zero));

    public Mock<ICurrentUser> User { get; } = new();

    public SqliteDatabase()
    {
        User.SetupGet(u => u.UserName).Returns("head.of.improvement");
        User.SetupGet(u => u.UserId).Returns("user-1");
    }

    public SqliteAppDbContext CreateContext() => new(new DbContextOptionsBuilder<SqliteAppDbContext>()
        .UseSqlite($"Data Source={path}")
        .AddInterceptors(new AuditInterceptor(User.Object, Clock))
        .Options);

    public async Task InitializeAsync()
    {
        await using var context = CreateContext();
        await context.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return Task.CompletedTask;
    }
}
