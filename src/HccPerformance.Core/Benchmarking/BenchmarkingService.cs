namespace HccPerformance.Core.Benchmarking;

/// <summary>Comparator councils' results and the council's quartile (issue 6). Being written.</summary>
public sealed class BenchmarkingService
{
}
