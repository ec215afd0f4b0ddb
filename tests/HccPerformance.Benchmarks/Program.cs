using BenchmarkDotNet.Running;
using HccPerformance.Benchmarks;

// dotnet run -c Release --project tests/HccPerformance.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/HccPerformance.Benchmarks -- --filter '*Report*'   (the corporate report, PDF and Word)
// dotnet run -c Release --project tests/HccPerformance.Benchmarks -- --filter '*AsWord*'   (the corporate report's Word version only)
// dotnet run -c Release --project tests/HccPerformance.Benchmarks -- seed-county <path to the site's hccperformance.db> [yyyy-MM-dd]
//   adds issue 6's county-scale data to a running site's SQLite database (scripts/bench-dashboard.sh does this).
if (args.Length > 0 && args[0] == CountyScaleData.Mode)
{
    return await CountyScaleData.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ScorecardBenchmarks).Assembly).Run(args);
return 0;
