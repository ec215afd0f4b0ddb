namespace HccPerformance.Core.Concerns;

/// <summary>What the comparison says, in the words the page uses ("better", "no change", "worse") or why it cannot say.</summary>
public enum BeforeAfterVerdict
{
    Better = 1,
    NoChange = 2,
    Worse = 3,
    /// <summary>Nothing has been reported since the first intervention yet.</summary>
    NoResultsAfter = 4,
    /// <summary>No result from before the first intervention to compare with.</summary>
    NoResultsBefore = 5,
    /// <summary>The indicator has no polarity, so better and worse cannot be told apart.</summary>
    PolarityNotKnown = 6,
}
