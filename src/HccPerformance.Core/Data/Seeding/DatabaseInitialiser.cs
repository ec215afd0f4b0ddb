using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Start-up database work, explicit and idempotent: migrate, then the reference data every council needs
/// (roles, departments, reporting periods), then the demo council when configured.
/// </summary>
public sealed class DatabaseInitialiser(
    AppDbContext db,
    RoleManager<IdentityRole> roles,
    DemoCouncilSeeder demo,
    IOptions<DatabaseOptions> options,
    TimeProvider clock,
    Site.DemoFlag demoFlag,
    ILogger<DatabaseInitialiser> logger)
{
    /// <summary>The framework starts in 2008/09, the first year of the National Indicator Set and the Corporate Improvement Plan.</summary>
    public const int FirstFinancialYear = 2008;

    /// <summary>Departments named by public sources of the period (framework.md); the Administrator maintains them after.</summary>
    public static readonly (string Code, string Name)[] SeededDepartments =
    [
        ("AS", "Adult Services"),
        ("CS", "Children's Services"),
        ("ENV", "Environment"),
        ("CCRA", "Culture, Communities and Rural Affairs"),
        ("PBR", "Property, Business and Regulatory"),
        ("CED", "Chief Executive's Department"),
    ];

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        await EnsureDataFolderAsync(ct);
        if (options.Value.MigrateAtStartup)
        {
            await db.Database.MigrateAsync(ct);
        }

        await UseWriteAheadLogAsync(ct);

        await SeedReferenceDataAsync(ct);
        if (options.Value.SeedDemoCouncil)
        {
            // Before any demo record is written, so what the demo issues (the reports it freezes) is frozen as demo.
            await MarkAsDemoAsync(ct);
            await demo.SeedAsync(ct);
        }
    }

    /// <summary>A database the demo council is seeded into holds demo data: every page, PDF and export says so (issue 17).</summary>
    private async Task MarkAsDemoAsync(CancellationToken ct)
    {
        var settings = await db.SiteSettings.SingleAsync(s => s.Id == Site.SiteSettings.TheOne, ct);
        if (!settings.DemoData)
        {
            settings.MarkAsDemo();
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Marked the database as holding demo data");
        }

        demoFlag.Forget();
    }

    /// <summary>
    /// A SQLite file shared by several instances of the site (issue 19) keeps its readers and its one writer apart with the
    /// write-ahead log: pages read while another instance writes. The mode is kept in the file, so setting it once is enough.
    /// </summary>
    private async Task UseWriteAheadLogAsync(CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite && new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource is var file
            && file != ":memory:" && !string.IsNullOrEmpty(file))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    private Task EnsureDataFolderAsync(CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            var file = new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder) && file != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }
        }

        return Task.CompletedTask;
    }

    public async Task SeedReferenceDataAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }

        // The site's one settings row; the demo flag starts off (a council's own database holds no demo data).
        if (!await db.SiteSettings.AnyAsync(ct))
        {
            db.SiteSettings.Add(new Site.SiteSettings());
        }

        if (!await db.Departments.AnyAsync(ct))
        {
            db.Departments.AddRange(SeededDepartments.Select(d => new Department(d.Code, d.Name, ReferenceSources.Departments)));
            logger.LogInformation("Seeded {Count} departments", SeededDepartments.Length);
        }

        // Every financial year from the first up to the current one has its four quarters, so a council never
        // finds this year missing; deadlines and which periods are open stay the Administrator's to set.
        var currentYear = ReportingPeriod.FinancialYearOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var existing = await db.ReportingPeriods.Select(p => p.FinancialYear).Distinct().ToListAsync(ct);
        var missing = Enumerable.Range(FirstFinancialYear, currentYear - FirstFinancialYear + 1).Except(existing).ToList();
        if (missing.Count > 0)
        {
            db.ReportingPeriods.AddRange(missing.SelectMany(ReportingPeriod.ForFinancialYear));
            logger.LogInformation("Added the reporting periods of {Count} financial years", missing.Count);
        }

        if (!await db.Indicators.AnyAsync(ct))
        {
            db.Indicators.AddRange(NationalIndicatorSeed.Indicators());
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Seeded the national indicators that public sources confirm");
        }
        else
        {
            // A database seeded before NI 117's direction was taken from 5.8 gets it now (and a RAG with it).
            foreach (var row in NationalIndicatorSeed.Rows().Where(r => r is { Polarity: not null, PolaritySource: not null }))
            {
                var held = await db.Indicators.SingleOrDefaultAsync(i => i.Code == row.Code && i.IsNational && i.Polarity == null, ct);
                held?.TakePolarityFromReference(row.Polarity!.Value, row.PolaritySource!);
            }
        }

        if (!await db.Scorecards.AnyAsync(ct))
        {
            var national = await db.Indicators.Where(i => i.IsNational).Select(i => i.Id).ToListAsync(ct);
            foreach (var (name, description, kind, weight, onDashboard) in NationalIndicatorSeed.Scorecards)
            {
                var scorecard = new Indicators.Scorecard(name, description, kind, weight, onDashboard, NationalIndicatorSeed.DefaultTolerancePercent);
                if (name == "NIS")
                {
                    national.ForEach(id => scorecard.Add(id, 1m));
                }

                db.Scorecards.Add(scorecard);
            }
        }
        else if (await db.Scorecards.AllAsync(s => s.Kind == Indicators.ScorecardKind.Other && !s.OnDashboard, ct))
        {
            // A database seeded before scorecards had kinds (issue 18): every one reads "other", off the dashboard, which
            // no Performance Team would choose for all. The seeded ones get their kinds and boxes once; after that, theirs.
            var seeded = NationalIndicatorSeed.Scorecards.ToDictionary(s => s.Name);
            foreach (var scorecard in await db.Scorecards.Where(s => s.RetiredOn == null).ToListAsync(ct))
            {
                if (seeded.TryGetValue(scorecard.Name, out var seed))
                {
                    scorecard.Describe(scorecard.Name, scorecard.Description, seed.Kind, scorecard.Weight, seed.OnDashboard);
                }
            }
        }

        if (!await db.MenuOfInterventions.AnyAsync(ct))
        {
            // Reference data as Appendix Two writes it; the Head of Improvement adds and retires items after.
            db.MenuOfInterventions.AddRange(Concerns.MenuItem.AppendixTwo());
            logger.LogInformation("Seeded the Menu of Interventions (Appendix Two)");
        }

        if (!await db.ImprovementPlans.AnyAsync(ct))
        {
            db.ImprovementPlans.Add(ImprovementPlanSeed.Build(clock.GetUtcNow().UtcDateTime));
            logger.LogInformation("Seeded the Corporate Improvement Plan {First}-{Last}", ImprovementPlanSeed.StartYear, ImprovementPlanSeed.EndYear);
        }

        await db.SaveChangesAsync(ct);
    }
}
