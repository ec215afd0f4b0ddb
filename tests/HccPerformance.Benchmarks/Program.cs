using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/HccPerformance.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(HccPerformance.Benchmarks.ScorecardBenchmarks).Assembly).Run(args);
