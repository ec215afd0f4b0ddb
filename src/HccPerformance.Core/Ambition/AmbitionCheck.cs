using HccPerformance.Core.Benchmarking;

namespace HccPerformance.Core.Ambition;

/// <summary>
/// The flags a target earns (<see cref="AmbitionFlags"/>), what could not be judged and why, and the comparators' median and
/// quartile boundaries it was judged against.
/// </summary>
public sealed record AmbitionCheck(IReadOnlyList<string> Flags, IReadOnlyList<string> Notes, decimal? Median, IReadOnlyDictionary<Quartile, decimal> Boundaries,
    AmbitionStanding Standing)
{
    public bool IsFlagged => Flags.Count > 0;

    public bool ShortOfAmbition => Standing == AmbitionStanding.ShortOf;
}
