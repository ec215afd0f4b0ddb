namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// Where a Corporate Improvement Plan stands in its life (seed 5.4, 5.6, 6.4): prepared by the Head of Improvement, agreed
/// by CMT, endorsed by Cabinet, finalised with the Leader and Chief Executive, live, reviewed fully, closed when its successor
/// goes live. Stored by number, so numbers never change.
/// </summary>
public enum PlanStatus
{
    Draft = 1,
    AgreedByCmt = 2,
    EndorsedByCabinet = 3,
    Finalised = 4,
    Live = 5,
    Reviewed = 6,
    Closed = 7,
}
