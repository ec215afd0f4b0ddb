using HccPerformance.Core.Indicators;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// Is it working? (seed 3.8): an indicator's results before and after CPEG's first intervention. The baseline is the last
/// result before the intervention, the figure CPEG acted on; the latest result since is compared with it, honouring the
/// indicator's polarity through the one <see cref="RagRule.Travel"/> rule the scorecards use. Pure, so it is unit tested.
/// </summary>
public static class BeforeAfter
{
    /// <summary>How many results before the intervention are shown: a year of quarters.</summary>
    public const int ResultsBefore = 4;

    /// <summary>
    /// Splits the results at the day the first intervention was assigned. A period that ended before that day is "before";
    /// one that ended on or after it is "after", because the intervention was under way before its figure was known.
    /// </summary>
    public static BeforeAfterComparison Compare(IEnumerable<PeriodResult> results, Polarity? polarity, DateOnly firstInterventionOn)
    {
        var sorted = results.OrderBy(r => r.PeriodEnd).ToList();
        var before = sorted.Where(r => r.PeriodEnd < firstInterventionOn).TakeLast(ResultsBefore).ToList();
        var after = sorted.Where(r => r.PeriodEnd >= firstInterventionOn).ToList();
        BeforeAfterVerdict verdict;
        if (after.Count == 0)
        {
            verdict = BeforeAfterVerdict.NoResultsAfter;
        }
        else if (before.Count == 0)
        {
            verdict = BeforeAfterVerdict.NoResultsBefore;
        }
        else
        {
            verdict = RagRule.Travel(after[^1].Value, before[^1].Value, polarity) switch
            {
                Direction.Improved => BeforeAfterVerdict.Better,
                Direction.NoChange => BeforeAfterVerdict.NoChange,
                Direction.Worsened => BeforeAfterVerdict.Worse,
                _ => BeforeAfterVerdict.PolarityNotKnown,
            };
        }

        return new BeforeAfterComparison(before, after, verdict);
    }

    public static string Name(BeforeAfterVerdict verdict) => verdict switch
    {
        BeforeAfterVerdict.Better => "Better",
        BeforeAfterVerdict.NoChange => "No change",
        BeforeAfterVerdict.Worse => "Worse",
        BeforeAfterVerdict.NoResultsAfter => "No results since the first intervention yet",
        BeforeAfterVerdict.NoResultsBefore => "No result from before the first intervention to compare with",
        _ => "Cannot say: the indicator's polarity is not known",
    };
}
