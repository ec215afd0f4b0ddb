namespace HccPerformance.Core.ImprovementPlan;

/// <summary>When one review of a plan is due: shown as due from <see cref="DueFrom"/>, overdue after <see cref="DueBy"/>.</summary>
public sealed record ReviewDue(ReviewKind Kind, DateOnly DueFrom, DateOnly DueBy, ReviewDueState State, DateOnly? RecordedOn)
{
    public bool NeedsDoing => State is ReviewDueState.Due or ReviewDueState.Overdue;
}
