namespace HccPerformance.Core.Concerns;

/// <summary>Where a concern came from: it keeps a link to its source and the evidence as it stood when raised.</summary>
public enum ConcernSource
{
    ByHand = 0,
    Indicator = 1,
    Risk = 2,
    Recommendation = 3,
    Benchmark = 4,
    SelfAssessmentItem = 5,
    /// <summary>A priority area of the Corporate Improvement Plan (any year of it: the area's lineage is what matters).</summary>
    PlanArea = 6,

    /// <summary>
    /// "Disempowerment" (4.23): a blocker the person responsible cannot remove themselves, put to CPEG by hand for their
    /// department; its own kind so CPEG sees it is one.
    /// </summary>
    Disempowerment = 7,
}
