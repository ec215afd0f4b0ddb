using System.Diagnostics;
using System.Globalization;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Inspections;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Outcomes;
using HccPerformance.Core.Risks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Benchmarks;

/// <summary>
/// Issue 6's county-scale data set for the page benchmark (scripts/bench-dashboard.sh), added to a site's SQLite database
/// that the site has already created, migrated and seeded with the demo council:
/// <c>dotnet run -c Release --project tests/HccPerformance.Benchmarks -- seed-county &lt;path to hccperformance.db&gt; [yyyy-MM-dd]</c>.
/// <para>
/// The size of issue 5's scorecard benchmark (200 national-style and 300 local monthly indicators, 12 years of results each,
/// a target per financial year) on the scorecards, plus 300 risks, 100 inspections (10 strategic) with 1,500 recommendations, a
/// forward programme of 20 and 400 pieces of intelligence from inspectorates, 200 case
/// studies, benchmark results for 50 indicators (8 comparators, 3 years) and 5 emerging risks per department. Everything is
/// named "BENCH" or "(bench data)" so no one mistakes it for the demo. One fixed random seed: the same data every run for the
/// same day (dates count back from today, or from the optional date given, as the demo's do).
/// </para>
/// <para>Not audited: the bulk rows are stamped as created by the bench, without the audit interceptor.</para>
/// </summary>
public static class CountyScaleData
{
    public const string Mode = "seed-county";

    private const int Seed = 20261126;
    private const int Years = 12;
    private const int BatchSize = 5_000;
    private const string CreatedBy = "county-scale bench data";

    private static readonly string[] InspectingBodies =
    [
        "Ofsted", "Commission for Social Care Inspection (CSCI)", "Audit Commission", "Museums, Libraries and Archives Council (MLA)",
        "HM Inspectorate of Constabulary", "Benefit Fraud Inspectorate", "Environment Agency", "Care Quality Commission",
    ];

    private static readonly string[] Comparators = [.. "ABCDEFGH".Select(c => $"Bench County {c}")];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1 || args.Length > 2)
        {
            await Console.Error.WriteLineAsync($"Usage: {Mode} <path to the site's hccperformance.db> [as-at date yyyy-MM-dd, default today]");
            return 2;
        }

        var file = Path.GetFullPath(args[0]);
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"No database at {file}: start the site first so it creates, migrates and seeds it.");
            return 2;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (args.Length == 2 && !DateOnly.TryParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            await Console.Error.WriteLineAsync($"\"{args[1]}\" is not a date like 2026-11-26.");
            return 2;
        }

        var connection = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite }.ToString();
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options;
        await using var db = new SqliteAppDbContext(options);
        if (await db.Indicators.AnyAsync(i => i.Code == "BENCH NI 1"))
        {
            Console.WriteLine($"{file} already holds the county-scale data (BENCH NI 1 exists): nothing added.");
            return 0;
        }

        var departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
        if (departments.Count == 0)
        {
            await Console.Error.WriteLineAsync("The database has no departments: is it the site's, seeded?");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(Seed);
        var seeder = new Seeder(db, random, today, departments);
        await seeder.IndicatorsAsync();
        await seeder.ScorecardsAsync();
        await seeder.ResultsAsync();
        await seeder.BenchmarksAsync();
        await seeder.RisksAsync();
        await seeder.EmergingRisksAsync();
        await seeder.InspectionsAsync();
        await seeder.CaseStudiesAsync();

        Console.WriteLine($"County-scale data added to {file} (as at {today:yyyy-MM-dd}, seed {Seed}) in {clock.Elapsed.TotalSeconds:0.0} s:");
        foreach (var line in seeder.Added)
        {
            Console.WriteLine("  " + line);
        }

        return 0;
    }

    /// <summary>An indicator as generated: what the later steps need to know of it.</summary>
    private sealed record Generated(int Id, string Code, bool IsNational, Polarity? Polarity, decimal Level, bool Decimals);

    private sealed class Seeder(SqliteAppDbContext db, Random random, DateOnly today, IReadOnlyList<int> departments)
    {
        private readonly List<Generated> indicators = [];
        private readonly DateTime now = DateTime.SpecifyKind(today.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);

        public List<string> Added { get; } = [];

        /// <summary>The last complete month before today, and the first of the twelve years that end with it.</summary>
        private DateOnly LastMonth => new DateOnly(today.Year, today.Month, 1).AddMonths(-1);

        private DateOnly FirstMonth => LastMonth.AddMonths(-(Years * 12) + 1);

        private int Department() => departments[random.Next(departments.Count)];

        private DateOnly DaysAgo(int min, int max) => today.AddDays(-random.Next(min, max + 1));

        /// <summary>Saves what is tracked, stamping the rows as the audit interceptor would, then forgets them.</summary>
        private async Task SaveAsync()
        {
            foreach (var entry in db.ChangeTracker.Entries<AuditableEntity>().Where(e => e.State == EntityState.Added))
            {
                entry.Property(e => e.CreatedUtc).CurrentValue = now;
                entry.Property(e => e.CreatedBy).CurrentValue = CreatedBy;
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        public async Task IndicatorsAsync()
        {
            var firstYear = ReportingPeriod.FinancialYearOf(FirstMonth);
            var lastYear = ReportingPeriod.FinancialYearOf(today);
            var created = new List<(Indicator Indicator, bool Decimals, decimal Level)>();
            foreach (var (isNational, count) in new[] { (true, 200), (false, 300) })
            {
                for (var n = 1; n <= count; n++)
                {
                    var code = isNational ? $"BENCH NI {n}" : $"BENCH L {n}";
                    // Mixed polarity, with about one in ten not yet stated (no RAG), as the seeded national indicators.
                    Polarity? polarity = random.Next(10) switch
                    {
                        0 => null,
                        < 6 => Polarity.HigherIsBetter,
                        _ => Polarity.LowerIsBetter,
                    };
                    var percent = random.Next(3) == 0;
                    var indicator = new Indicator(code,
                        $"Bench data: {(isNational ? "national-style" : "local")} measure {n.ToString(CultureInfo.InvariantCulture)} of the county-scale benchmark",
                        polarity, Frequency.Monthly, isNational ? IndicatorSource.DataHub : IndicatorSource.Council, isNational);
                    indicator.Describe(isNational ? "National Indicator Set (bench)" : "Local (bench)", percent ? "%" : null,
                        "Bench data: invented for the county-scale page benchmark (scripts/bench-dashboard.sh).");
                    indicator.AssignResponsibility(Department(), null);
                    if (random.Next(4) == 0)
                    {
                        indicator.SetTolerance(random.Next(1, 20));
                    }

                    // Targets around the level, so the latest results land green, amber and red in a believable mix.
                    var level = percent ? 40m + random.Next(55) : 20m + random.Next(500);
                    for (var year = firstYear; year <= lastYear; year++)
                    {
                        indicator.SetTarget(year, Math.Round(level * (0.9m + ((decimal)random.NextDouble() * 0.2m)), 1), isStretch: false);
                    }

                    db.Indicators.Add(indicator);
                    created.Add((indicator, percent, level));
                }
            }

            await SaveAsync();
            indicators.AddRange(created.Select(c => new Generated(c.Indicator.Id, c.Indicator.Code, c.Indicator.IsNational, c.Indicator.Polarity, c.Level, c.Decimals)));
            Added.Add($"{indicators.Count(i => i.IsNational)} national-style indicators (BENCH NI 1-200) and {indicators.Count(i => !i.IsNational)} local (BENCH L 1-300), monthly, "
                + $"{indicators.Count(i => i.Polarity is null)} without a polarity; a target for each financial year {ReportingPeriod.FinancialYearName(firstYear)} to {ReportingPeriod.FinancialYearName(lastYear)} "
                + $"({indicators.Count * (lastYear - firstYear + 1):N0} targets)");
        }

        public async Task ScorecardsAsync()
        {
            var national = indicators.Where(i => i.IsNational).ToList();
            var local = indicators.Where(i => !i.IsNational).ToList();
            var picks = new (string Name, List<Generated> Members)[]
            {
                ("NIS", national),
                ("Local PIs", local),
                ("LAA", Pick(national, 35)),
                ("Value for Money", Pick(indicators, 40)),
                ("Community Intelligence", Pick(indicators, 30)),
            };
            var scorecards = await db.Scorecards.Include(s => s.Members).ToDictionaryAsync(s => s.Name);
            foreach (var (name, members) in picks)
            {
                if (!scorecards.TryGetValue(name, out var scorecard))
                {
                    throw new InvalidOperationException($"The database has no {name} scorecard: is it the site's, seeded?");
                }

                members.ForEach(m => scorecard.Add(m.Id, random.Next(5) == 0 ? 2m : 1m));
                Added.Add($"{members.Count} on the {name} scorecard");
            }

            await SaveAsync();
        }

        private List<Generated> Pick(List<Generated> from, int count) =>
            [.. from.OrderBy(_ => random.Next()).Take(count).OrderBy(g => g.Id)];

        public async Task ResultsAsync()
        {
            var months = Years * 12;
            var rows = 0;
            var pending = 0;
            foreach (var indicator in indicators)
            {
                // A level with a gentle drift, good or bad, and noise.
                var drift = indicator.Level * 0.002m * (random.Next(2) == 0 ? 1 : -1);
                for (var m = 0; m < months; m++)
                {
                    var period = new ResultPeriod(FirstMonth.AddMonths(m), Frequency.Monthly);
                    var value = (indicator.Level * (0.85m + ((decimal)random.NextDouble() * 0.3m))) + (drift * (m - months + 12));
                    value = indicator.Decimals ? Math.Clamp(Math.Round(value, 1), 0m, 100m) : Math.Max(0m, Math.Round(value, 2));
                    var quality = random.Next(50) switch
                    {
                        0 => DataQuality.InDoubt,
                        < 5 => DataQuality.Estimated,
                        _ => DataQuality.Confirmed,
                    };
                    var note = quality == DataQuality.InDoubt ? "Bench data: the figure is being checked." : null;
                    var recorded = period.End.AddDays(20).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                    db.IndicatorResults.Add(new IndicatorResult(indicator.Id, period, value, note, quality, ResultSource.Imported, CreatedBy, recorded));
                    rows++;
                    if (++pending == BatchSize)
                    {
                        await SaveAsync();
                        pending = 0;
                    }
                }
            }

            await SaveAsync();
            Added.Add($"{rows:N0} monthly results, {FirstMonth:MMMM yyyy} to {LastMonth:MMMM yyyy} ({months} months for each of {indicators.Count} indicators)");
        }

        public async Task BenchmarksAsync()
        {
            // Comparators report after the year ends: the last three financial years that have ended.
            var currentYear = ReportingPeriod.FinancialYearOf(today);
            var years = Enumerable.Range(currentYear - 3, 3).ToList();
            var chosen = Pick(indicators.Where(i => i.Polarity is not null).ToList(), 50);
            foreach (var indicator in chosen)
            {
                foreach (var year in years)
                {
                    foreach (var comparator in Comparators)
                    {
                        var value = indicator.Level * (0.75m + ((decimal)random.NextDouble() * 0.5m));
                        value = indicator.Decimals ? Math.Clamp(Math.Round(value, 1), 0m, 100m) : Math.Round(value, 2);
                        db.BenchmarkResults.Add(new BenchmarkResult(indicator.Id, year, comparator, value));
                    }
                }
            }

            await SaveAsync();
            Added.Add($"{chosen.Count * years.Count * Comparators.Length:N0} benchmark results: {chosen.Count} indicators x {Comparators.Length} comparators (Bench County A-H) "
                + $"x {years.Count} years ({ReportingPeriod.FinancialYearName(years[0])} to {ReportingPeriod.FinancialYearName(years[^1])})");
        }

        public async Task RisksAsync()
        {
            var reviews = 0;
            var closed = 0;
            for (var n = 1; n <= 300; n++)
            {
                var strategic = n % 3 == 1;
                var reference = $"BENCH R {n:000}";
                var risk = new Risk(reference, $"Bench data: risk {n} of the county-scale benchmark", strategic);
                risk.Describe(risk.Title, "Bench data: a risk invented for the county-scale page benchmark.", $"Bench owner {n % 40 + 1}", Department(), strategic,
                    "Bench data: controls reviewed at each assessment.");
                var assessments = random.Next(1, 4);
                var days = Enumerable.Range(0, assessments).Select(_ => random.Next(0, 731)).Distinct().OrderDescending().ToList();
                foreach (var daysAgo in days)
                {
                    risk.Assess(random.Next(1, 6), random.Next(1, 6), today.AddDays(-daysAgo), "Bench data: scored at a review.", "Bench reviewer");
                    reviews++;
                }

                if (random.Next(20) == 0 && days[^1] > 0)
                {
                    risk.Close(today.AddDays(-random.Next(0, days[^1])), "Bench data: closed at a review.");
                    closed++;
                }

                db.Risks.Add(risk);
            }

            await SaveAsync();
            Added.Add($"300 risks (BENCH R 001-300), 100 strategic, {closed} closed, with {reviews} assessments over the last two years");
        }

        public async Task EmergingRisksAsync()
        {
            var count = 0;
            foreach (var department in departments)
            {
                for (var n = 1; n <= 5; n++)
                {
                    var risk = new EmergingRisk(department, $"Bench data: emerging risk {n} of department {department}",
                        "Bench data: a new risk issue invented for the county-scale page benchmark.", DaysAgo(0, 180), n % 2 == 0 ? "Bench DMT" : "Bench Chief Officer");
                    switch (random.Next(5))
                    {
                        case 0:
                            risk.Update(risk.Title, risk.Description, EmergingRiskStatus.Escalated, "Bench data: escalated to the register.");
                            break;
                        case 1:
                            risk.Update(risk.Title, risk.Description, EmergingRiskStatus.Closed, "Bench data: closed by the DMT.");
                            break;
                    }

                    db.EmergingRisks.Add(risk);
                    count++;
                }
            }

            await SaveAsync();
            Added.Add($"{count} emerging risk issues ({count / departments.Count} per department)");
        }

        public async Task InspectionsAsync()
        {
            var inspections = new List<Inspection>();
            for (var n = 1; n <= 100; n++)
            {
                inspections.Add(new Inspection(InspectingBodies[random.Next(InspectingBodies.Length)], $"Bench data: service {n} inspected", Department(), DaysAgo(30, 4 * 365)));
            }

            // Issue 18's box of strategic inspections and intelligence: one in ten strategic, with a judgement. Its own random
            // numbers, so the rest of the data is the same as before it was added (benchmarks before and after compare).
            var extra = new Random(Seed + 18);
            foreach (var inspection in inspections.Where((_, i) => i % 10 == 0))
            {
                inspection.Judge($"Bench data: judgement {extra.Next(1, 5)} out of 4", isStrategic: true);
            }

            db.Inspections.AddRange(inspections);
            await SaveAsync();

            // 1,500 in all: one for each inspection, the rest spread at random.
            var owners = Enumerable.Range(0, 100).Concat(Enumerable.Range(0, 1_400).Select(_ => random.Next(100))).ToList();
            var statuses = new Dictionary<RecommendationStatus, int>();
            var overdue = 0;
            for (var n = 0; n < owners.Count; n++)
            {
                var inspection = inspections[owners[n]];
                var reported = inspection.ReportedOn;
                var due = reported.AddDays(random.Next(30, 730));
                var recommendation = new Recommendation(inspection.Id, reported, $"Bench data: recommendation {n + 1} of the county-scale benchmark",
                    $"Bench owner {n % 40 + 1}", inspection.DepartmentId ?? Department(), due);

                // The older the inspection, the likelier its recommendations are done; complete ones on a day since it reported.
                var age = today.DayNumber - reported.DayNumber;
                var roll = random.Next(100);
                var status = roll < Math.Min(85, age / 15) ? RecommendationStatus.Complete : roll < 80 ? RecommendationStatus.InProgress : RecommendationStatus.NotStarted;
                if (status == RecommendationStatus.Complete)
                {
                    recommendation.Update(status, "Bench data: evidence seen by the Performance Team.", reported.AddDays(random.Next(1, age + 1)));
                }
                else if (status == RecommendationStatus.InProgress)
                {
                    recommendation.Update(status, null, today);
                }

                if (status != RecommendationStatus.Complete && due < today)
                {
                    overdue++;
                }

                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                db.Recommendations.Add(recommendation);
            }

            await SaveAsync();

            // A forward programme over the coming year and intelligence from inspectorates over the last four years.
            for (var n = 1; n <= 20; n++)
            {
                db.ExpectedInspections.Add(new ExpectedInspection(InspectingBodies[extra.Next(InspectingBodies.Length)], $"Bench data: service {n} expected",
                    extra.Next(4) == 0 ? null : departments[extra.Next(departments.Count)], today.AddDays(extra.Next(0, 365)), "Bench data: what the inspection will cover."));
            }

            for (var n = 1; n <= 400; n++)
            {
                db.IntelligenceRecords.Add(new IntelligenceRecord($"{InspectingBodies[extra.Next(InspectingBodies.Length)]} letter (bench data {n})",
                    today.AddDays(-extra.Next(0, 4 * 365)), "Bench data: what the inspectorate said outside its formal recommendations.",
                    extra.Next(4) == 0 ? null : departments[extra.Next(departments.Count)], $"BENCH/{n}", today));
            }

            await SaveAsync();
            Added.Add("10 of the inspections strategic with a judgement, 20 inspections expected on the forward programme, 400 pieces of intelligence");
            Added.Add($"100 inspections over the last four years with {owners.Count:N0} recommendations: {statuses.GetValueOrDefault(RecommendationStatus.Complete)} complete, "
                + $"{statuses.GetValueOrDefault(RecommendationStatus.InProgress)} in progress, {statuses.GetValueOrDefault(RecommendationStatus.NotStarted)} not started ({overdue} overdue today)");
        }

        public async Task CaseStudiesAsync()
        {
            // The last three years' quarters that have ended.
            var since = today.AddYears(-3);
            var periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.EndDate < today && p.StartDate >= since).OrderBy(p => p.StartDate)
                .Select(p => p.Id).ToListAsync();
            if (periods.Count == 0)
            {
                throw new InvalidOperationException("The database has no reporting periods in the last three years: is it the site's, seeded?");
            }

            for (var n = 1; n <= 200; n++)
            {
                db.CaseStudies.Add(new CaseStudy($"Bench data: case study {n}", Department(), periods[random.Next(periods.Count)],
                    "Bench data: an outcome for the community in a sentence.",
                    "Bench data: what was done and what changed, invented for the county-scale page benchmark. " + string.Concat(Enumerable.Repeat("More of the story. ", 20))));
            }

            await SaveAsync();
            Added.Add($"200 case studies over {periods.Count} quarters (the last three years')");
        }
    }
}
