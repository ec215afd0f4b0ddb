using HccPerformance.Core.Data;
using HccPerformance.Core.Inspections;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.UnitTests.Inspections;

/// <summary>
/// The dashboard's strategic inspections and intelligence box reads one SQL command (issue 18) on both providers: SQL Server
/// refuses a union of text columns of different lengths, and there is no SQL Server here, so the translation is the proof.
/// </summary>
public sealed class StrategicPictureQueryTests
{
    private static readonly DateOnly Day = new(2009, 6, 30);

    [Fact]
    public void The_strategic_picture_is_one_union_on_SQL_Server()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlServer("Server=unused;Database=HccPerformance;Trusted_Connection=True").Options);

        var sql = new InspectionReads(db).StrategicPicture(Day, Day.AddMonths(-6), departmentId: 3, latest: 5).ToQueryString();

        Assert.Equal(3, Count(sql, "UNION ALL"));
        Assert.Contains("TOP", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void The_strategic_picture_is_one_union_on_SQLite()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=unused.db").Options);

        var sql = new InspectionReads(db).StrategicPicture(Day, Day.AddMonths(-6), departmentId: null, latest: 5).ToQueryString();

        Assert.Equal(3, Count(sql, "UNION ALL"));
        Assert.Contains("LIMIT", sql, StringComparison.Ordinal);
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
