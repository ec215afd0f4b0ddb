using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Indicators;

namespace HccPerformance.Core.Ambition;

/// <summary>
/// CPEG's test of whether a target is ambitious enough (Appendix One), as one pure rule: a target is flagged when it is
/// below current performance (last year's result), below the comparators' median, or short of the recorded ambition, each by
/// the indicator's polarity. Missing data never flags: it says what is missing instead.
/// </summary>
public static class AmbitionFlags
{
    public const string BelowCurrent = "Target below current performance";
    public const string BelowMedian = "Target below the comparators' median";
    public const string ShortOfAmbition = "Target short of the ambition";

    public const string NoPolarity = "The indicator's polarity is not known, so no target can be judged";
    public const string NoResult = "No result for last year";
    public const string NoBenchmark = "Not benchmarked";
    public const string FewComparators = "Fewer than three comparators";

    /// <summary>The fewest comparators that make a median and quartiles worth comparing with, as <see cref="Quartiles.Of"/> needs.</summary>
    public const int FewestComparators = 3;

    /// <summary>Judges a target for <paramref name="targetYear"/>; <paramref name="ambition"/> is the current ambition, if any.</summary>
    public static AmbitionCheck Assess(Polarity? polarity, decimal target, int targetYear, decimal? lastYear,
        IReadOnlyCollection<decimal> comparators, AmbitionLevel? ambition)
    {
        var flags = new List<string>();
        var notes = new List<string>();
        var benchmarked = comparators.Count >= FewestComparators;
        decimal? median = benchmarked ? BenchmarkingService.Median(comparators) : null;
        var bounds = polarity is { } p && benchmarked ? Boundaries(comparators, p) : new Dictionary<Quartile, decimal>();

        if (lastYear is null)
        {
            notes.Add(NoResult);
        }

        if (!benchmarked)
        {
            notes.Add(comparators.Count == 0 ? NoBenchmark : FewComparators);
        }

        if (polarity is not { } polarityKnown)
        {
            notes.Add(NoPolarity);
            return new AmbitionCheck(flags, notes, median, bounds, ambition is null ? AmbitionStanding.NoAmbition : AmbitionStanding.CannotTell);
        }

        if (lastYear is { } result && Worse(target, result, polarityKnown))
        {
            flags.Add(BelowCurrent);
        }

        if (median is { } m && Worse(target, m, polarityKnown))
        {
            flags.Add(BelowMedian);
        }

        var standing = ambition is null ? AmbitionStanding.NoAmbition : Against(ambition, polarityKnown, target, targetYear, comparators, benchmarked);
        if (standing == AmbitionStanding.ShortOf)
        {
            flags.Add(ShortOfAmbition);
        }
        else if (standing == AmbitionStanding.NotYetDue)
        {
            notes.Add($"The ambition is for {FinancialYears.Name(ambition!.ForYear)}, so the {FinancialYears.Name(targetYear)} target need not reach it yet");
        }
        else if (standing == AmbitionStanding.CannotTell)
        {
            notes.Add("Without the benchmarking club's figures the target cannot be placed in a quartile");
        }

        return new AmbitionCheck(flags, notes, median, bounds, standing);
    }

    private static AmbitionStanding Against(AmbitionLevel aim, Polarity polarity, decimal target, int targetYear,
        IReadOnlyCollection<decimal> comparators, bool benchmarked)
    {
        if (aim.Figure is null && aim.Quartile is null)
        {
            return AmbitionStanding.WordsOnly;
        }

        if (aim.ForYear > targetYear)
        {
            return AmbitionStanding.NotYetDue;
        }

        if (aim.Figure is { } figure)
        {
            return Worse(target, figure, polarity) ? AmbitionStanding.ShortOf : AmbitionStanding.Reaches;
        }

        if (!benchmarked || Quartiles.Of(target, comparators, polarity) is not { } reached)
        {
            return AmbitionStanding.CannotTell;
        }

        return reached > aim.Quartile ? AmbitionStanding.ShortOf : AmbitionStanding.Reaches;
    }

    /// <summary>Whether <paramref name="value"/> is worse than <paramref name="than"/> by the polarity; equal is not worse.</summary>
    public static bool Worse(decimal value, decimal than, Polarity polarity) =>
        polarity == Polarity.HigherIsBetter ? value < than : value > than;

    /// <summary>
    /// For the top, second and third quartiles, the least good comparator figure that would place the council in that quartile
    /// or better (by <see cref="Quartiles.Of"/>, so the boundaries agree with the benchmarking page's quartiles).
    /// </summary>
    public static Dictionary<Quartile, decimal> Boundaries(IReadOnlyCollection<decimal> comparators, Polarity polarity)
    {
        var bounds = new Dictionary<Quartile, decimal>();
        foreach (var quartile in new[] { Quartile.Top, Quartile.Second, Quartile.Third })
        {
            var reaching = comparators.Where(v => Quartiles.Of(v, comparators, polarity) <= quartile).ToList();
            if (reaching.Count > 0)
            {
                bounds[quartile] = polarity == Polarity.HigherIsBetter ? reaching.Min() : reaching.Max();
            }
        }

        return bounds;
    }
}
