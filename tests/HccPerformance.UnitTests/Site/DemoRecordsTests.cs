using HccPerformance.Core.Common;
using HccPerformance.Core.Site;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.UnitTests.Site;

/// <summary>
/// The counter reads the model: whatever entity types implement <see cref="IDemoRecord"/> are counted, whoever marks them.
/// Proved on a small model of its own (a marked type, a derived type, an unmarked type) over a real SQLite database.
/// </summary>
public sealed class DemoRecordsTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public DemoRecordsTests() => connection.Open();

    [Fact]
    public async Task Every_marked_record_of_every_demo_record_type_is_counted_and_nothing_else()
    {
        await using var db = new TinyContext(connection);
        await db.Database.EnsureCreatedAsync();
        db.AddRange(NewResult(true), NewResult(true), NewResult(false), new SpecialResult(), new Person(), new Person());
        db.AddRange(Enumerable.Range(0, 3).Select(_ => new Review()).Select(r => { r.MarkAsDemo(); return r; }));
        await db.SaveChangesAsync();

        var counts = await DemoRecords.CountAsync(db);

        // The derived type's rows are counted with its root, once; the unmarked Person is not a demo record type at all.
        Assert.Equal([new DemoRecordCount("result", 3), new DemoRecordCount("review", 3)], counts);
        Assert.Equal("result (3), review (3)", DemoRecords.Describe(counts));
        Assert.Equal("result (3) and 1 more kind", DemoRecords.Describe(counts, atMost: 1));
    }

    [Fact]
    public async Task Reference_records_whose_details_the_demo_invented_are_counted_as_those_details()
    {
        await using var db = new TinyContext(connection);
        await db.Database.EnsureCreatedAsync();
        var invented = new Area();
        ((IDemoDetails)invented).MarkDetailsAsDemo();
        db.AddRange(invented, new Area());
        await db.SaveChangesAsync();

        Assert.Equal([new DemoRecordCount("area accountabilities", 1)], await DemoRecords.CountAsync(db));
    }

    [Fact]
    public async Task A_database_with_no_marked_record_counts_nothing()
    {
        await using var db = new TinyContext(connection);
        await db.Database.EnsureCreatedAsync();
        db.AddRange(NewResult(false), new Person());
        await db.SaveChangesAsync();

        Assert.Empty(await DemoRecords.CountAsync(db));
    }

    public void Dispose() => connection.Dispose();

    private static Result NewResult(bool demo)
    {
        var result = new Result();
        if (demo)
        {
            result.MarkAsDemo();
        }

        return result;
    }

    private sealed class TinyContext(SqliteConnection connection) : DbContext(new DbContextOptionsBuilder<TinyContext>().UseSqlite(connection).Options)
    {
        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<Result>().Property(r => r.IsDemo);
            builder.Entity<SpecialResult>();
            builder.Entity<Review>().Property(r => r.IsDemo);
            builder.Entity<Person>();
            builder.Entity<Area>().Property(a => a.AccountabilityIsDemo);
        }
    }

    private class Result : IDemoRecord
    {
        public int Id { get; set; }
        public bool IsDemo { get; private set; }
        public void MarkAsDemo() => IsDemo = true;
    }

    private sealed class SpecialResult : Result
    {
        public SpecialResult() => MarkAsDemo();
    }

    private sealed class Review : IDemoRecord
    {
        public int Id { get; set; }
        public bool IsDemo { get; private set; }
        public void MarkAsDemo() => IsDemo = true;
    }

    private sealed class Area : IDemoDetails
    {
        public int Id { get; set; }
        public int? DepartmentId { get; set; }

        [DemoDetailsMark("area accountabilities", nameof(DepartmentId))]
        public bool AccountabilityIsDemo { get; private set; }

        bool IDemoDetails.DetailsAreDemo => AccountabilityIsDemo;

        void IDemoDetails.MarkDetailsAsDemo() => AccountabilityIsDemo = true;

        void IDemoDetails.ClearDetailsDemoMark() => AccountabilityIsDemo = false;
    }

    private sealed class Person
    {
        public int Id { get; set; }
    }
}
