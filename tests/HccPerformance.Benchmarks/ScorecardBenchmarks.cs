using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using HccPerformance.Core.Indicators;

namespace HccPerformance.Benchmarks;

/// <summary>
/// Issue 5's target: every scorecard of a county-sized council for one period in under 50 ms on one core.
/// 200 national and 300 local monthly indicators, 12 years of results each, a target per year, six scorecards.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCoreConfig))]
public class ScorecardBenchmarks
{
    private static readonly DateOnly AsAt = new(2025, 12, 31);
    private static readonly DateOnly FirstMonth = new(2014, 4, 1);
    private const int Months = 12 * 12; // April 2014 to March 2026

    private (decimal Tolerance, IndicatorSeries[] Members)[] scorecards = [];
    private IndicatorSeries[] nis = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261126);
        var national = Enumerable.Range(1, 200).Select(id => Series(id, random)).ToArray();
        var local = Enumerable.Range(201, 300).Select(id => Series(id, random)).ToArray();
        var all = national.Concat(local).ToArray();

        nis = national;
        scorecards =
        [
            (5m, national),                 // NIS
            (10m, local),                   // Local PIs
            (5m, Pick(national, 35, random)),   // LAA
            (10m, Pick(all, 40, random)),       // Value for Money
            (10m, Pick(all, 30, random)),       // Community Intelligence
            (15m, Pick(local, 10, random)),     // Aalborg
        ];
    }

    /// <summary>What the scorecards page and the dashboard do: every scorecard for one period.</summary>
    [Benchmark(Baseline = true)]
    public int EveryScorecardForOnePeriod()
    {
        var reds = 0;
        foreach (var (tolerance, members) in scorecards)
        {
            var lines = ScorecardCalculator.Lines(members, tolerance, AsAt);
            reds += lines.Count(l => l.Rag == Core.Common.Rag.Red);
        }

        return reds;
    }

    /// <summary>One scorecard of 200 lines (the National Indicator Set).</summary>
    [Benchmark]
    public List<ScorecardLine> OneScorecardOf200Lines() => ScorecardCalculator.Lines(nis, 5m, AsAt);

    private static IndicatorSeries Series(int id, Random random)
    {
        // A mix of polarities, with about one in ten not yet known (no RAG, as the seeded national indicators).
        Polarity? polarity = random.Next(10) switch
        {
            0 => null,
            < 6 => Polarity.HigherIsBetter,
            _ => Polarity.LowerIsBetter,
        };
        var level = 20m + random.Next(0, 500);

        // About one in twenty stopped reporting in the summer of 2025, so is out of date (no data) by December.
        var months = random.Next(20) == 0 ? Months - 10 : Months;
        var results = new ResultPoint[months];
        for (var m = 0; m < months; m++)
        {
            var value = Math.Round(level * (0.85m + ((decimal)random.NextDouble() * 0.3m)), 2);
            var quality = random.Next(50) switch
            {
                0 => DataQuality.InDoubt,
                < 5 => DataQuality.Estimated,
                _ => DataQuality.Confirmed,
            };
            results[m] = new ResultPoint(FirstMonth.AddMonths(m), value, quality);
        }

        var targets = new Dictionary<int, decimal>();
        for (var year = 2014; year <= 2025; year++)
        {
            targets[year] = Math.Round(level * (0.9m + ((decimal)random.NextDouble() * 0.2m)), 2);
        }

        decimal? tolerance = random.Next(4) == 0 ? random.Next(1, 20) : null;
        return new IndicatorSeries(id, polarity, Frequency.Monthly, tolerance, results, targets);
    }

    private static IndicatorSeries[] Pick(IndicatorSeries[] from, int count, Random random) =>
        [.. from.OrderBy(_ => random.Next()).Take(count).OrderBy(s => s.IndicatorId)];
}

/// <summary>A short run pinned to the first core, so the figure is for one core of a 2-core machine.</summary>
public sealed class OneCoreConfig : ManualConfig
{
    public OneCoreConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithAffinity(1).WithId("OneCore"));
        // The default two minutes is not enough to build the generated project while others build on the same 2 cores.
        BuildTimeout = TimeSpan.FromMinutes(10);
    }
}
