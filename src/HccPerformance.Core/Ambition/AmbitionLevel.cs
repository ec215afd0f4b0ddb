using HccPerformance.Core.Benchmarking;

namespace HccPerformance.Core.Ambition;

/// <summary>What an ambition aims at, as the flags read it: the year, and a quartile or a figure (or neither: words only).</summary>
public sealed record AmbitionLevel(int ForYear, Quartile? Quartile, decimal? Figure);
