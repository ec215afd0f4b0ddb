using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo comparator figures: eight invented councils, "Demo County A" to "Demo County H" (the real membership of the
/// PricewaterhouseCoopers county benchmarking club is not known), for twelve indicators: the national ones over the three
/// years of the National Indicator Set, 2008/09 to 2010/11 (the years they have results; the set ended in March 2011), the
/// council's local measures over the last three financial years that have ended. Each figure is set around the council's
/// own latest result of the year so that the council lands in a
/// quartile chosen for the demo, a few of them the bottom one. Every figure here is invented.
/// </summary>
public sealed class DemoBenchmarking(AppDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Comparators = [.. "ABCDEFGH".Select(c => $"Demo County {c}")];

    /// <summary>The indicators benchmarked, with the quartile the council lands in for each year, oldest year first.</summary>
    private static readonly (string Code, Quartile[] Quartiles)[] Plan =
    [
        ("NI 1", [Quartile.Second, Quartile.Second, Quartile.Top]),
        ("NI 48", [Quartile.Third, Quartile.Bottom, Quartile.Bottom]),
        ("NI 154", [Quartile.Top, Quartile.Top, Quartile.Second]),
        ("NI 191", [Quartile.Third, Quartile.Third, Quartile.Second]),
        ("NI 192", [Quartile.Second, Quartile.Third, Quartile.Third]),
        ("NI 195", [Quartile.Bottom, Quartile.Third, Quartile.Bottom]),
        ("DEMO 1", [Quartile.Third, Quartile.Bottom, Quartile.Bottom]),
        ("DEMO 2", [Quartile.Top, Quartile.Second, Quartile.Top]),
        ("DEMO 6", [Quartile.Second, Quartile.Second, Quartile.Third]),
        ("DEMO 7", [Quartile.Bottom, Quartile.Third, Quartile.Second]),
        ("DEMO 10", [Quartile.Second, Quartile.Third, Quartile.Bottom]),
        ("DEMO 12", [Quartile.Second, Quartile.Second, Quartile.Bottom]),
    ];

    /// <summary>The three years of the National Indicator Set (April 2008 to March 2011).</summary>
    private static readonly int[] NationalYears = [2008, 2009, 2010];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.BenchmarkResults.AnyAsync(ct))
        {
            return;
        }

        var currentYear = ReportingPeriod.FinancialYearOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var recentYears = new[] { currentYear - 3, currentYear - 2, currentYear - 1 };
        var codes = Plan.Select(p => p.Code).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code))
            .Select(i => new { i.Id, i.Code, i.Polarity, i.Unit, i.Title, i.IsNational }).ToDictionaryAsync(i => i.Code, ct);
        var ids = indicators.Values.Select(i => i.Id).ToList();
        var from = new DateOnly(NationalYears[0], 4, 1);
        var to = new DateOnly(currentYear, 4, 1);
        var results = await db.IndicatorResults.AsNoTracking()
            .Where(r => ids.Contains(r.IndicatorId) && r.PeriodStart >= from && r.PeriodStart < to)
            .Select(r => new { r.IndicatorId, r.PeriodStart, r.Value }).ToListAsync(ct);

        for (var n = 0; n < Plan.Length; n++)
        {
            var (code, quartiles) = Plan[n];
            if (indicators.GetValueOrDefault(code) is not { Polarity: { } polarity } indicator)
            {
                continue;
            }

            var random = new Random(2000 + n);
            var years = indicator.IsNational ? NationalYears : recentYears;
            for (var y = 0; y < years.Length; y++)
            {
                // The council's figure: its latest result of the year, as the benchmarking page takes it.
                var council = results.Where(r => r.IndicatorId == indicator.Id && ReportingPeriod.FinancialYearOf(r.PeriodStart) == years[y])
                    .OrderByDescending(r => r.PeriodStart).Select(r => (decimal?)r.Value).FirstOrDefault();
                if (council is not { } own)
                {
                    continue;
                }

                var isPercent = indicator.Unit == "%" || indicator.Title.StartsWith('%') || indicator.Title.StartsWith("Percentage", StringComparison.Ordinal);
                foreach (var (name, value) in Figures(own, polarity, quartiles[y], isPercent, random))
                {
                    db.BenchmarkResults.Add(new BenchmarkResult(indicator.Id, years[y], name, value));
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Eight figures around the council's: as many better than it as put it in the quartile wanted (0-2 better is the top
    /// quartile of nine, 3-4 the second, 5-6 the third, 7-8 the bottom), each 2% to 17% away, so ties never blur the design.
    /// </summary>
    private static IEnumerable<(string Name, decimal Value)> Figures(decimal council, Polarity polarity, Quartile quartile, bool isPercent, Random random)
    {
        var better = quartile switch
        {
            Quartile.Top => random.Next(0, 3),
            Quartile.Second => random.Next(3, 5),
            Quartile.Third => random.Next(5, 7),
            _ => random.Next(7, 9),
        };
        var up = polarity == Polarity.HigherIsBetter ? 1m : -1m;
        var order = Comparators.OrderBy(_ => random.Next()).ToList();
        var decimals = Math.Abs(council) >= 100 && !isPercent ? 0 : 1;
        for (var i = 0; i < order.Count; i++)
        {
            var sign = i < better ? up : -up;
            var step = Math.Max(Math.Abs(council) * (0.02m + ((decimal)random.NextDouble() * 0.15m)), decimals == 0 ? 1m : 0.2m);
            var value = Math.Round(council + (sign * step), decimals);
            if (isPercent)
            {
                // A share stays a share: a comparator above the council's 98% is 99.x%, never over 100.
                value = Math.Clamp(value, 0.5m, Math.Max(99.9m, council));
                if (sign > 0 && value <= council)
                {
                    value = Math.Min(100m, council + 0.1m);
                }
            }

            yield return (order[i], value);
        }
    }
}
