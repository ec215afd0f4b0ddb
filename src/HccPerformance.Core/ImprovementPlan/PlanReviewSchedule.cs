namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// The reviews of seed 5.6, scheduled from the plan's start: "how well it is working" six months after it goes live (shown as due
/// from a month before), and the full review in its last quarter. Pure, so the home pages, the plan page and the tests agree.
/// </summary>
public static class PlanReviewSchedule
{
    public const int SixMonths = 6;

    public static IReadOnlyList<ReviewDue> For(PlanTerm term, DateOnly today) =>
        For(term.LiveFrom ?? term.StartsOn, term.EndsOn, term.Status,
            term.Reviews.ToDictionary(r => r.Kind, r => r.On), today);

    public static IReadOnlyList<ReviewDue> For(DateOnly start, DateOnly endsOn, PlanStatus status, IReadOnlyDictionary<ReviewKind, DateOnly> recorded, DateOnly today)
    {
        var sixBy = start.AddMonths(SixMonths);
        var fullFrom = endsOn.AddMonths(-3).AddDays(1);
        return
        [
            Due(ReviewKind.SixMonth, sixBy.AddMonths(-1), sixBy),
            Due(ReviewKind.Full, fullFrom, endsOn),
        ];

        ReviewDue Due(ReviewKind kind, DateOnly from, DateOnly by)
        {
            if (recorded.TryGetValue(kind, out var on))
            {
                return new ReviewDue(kind, from, by, ReviewDueState.Recorded, on);
            }

            var state = kind == ReviewKind.SixMonth && recorded.ContainsKey(ReviewKind.Full) || status == PlanStatus.Closed ? ReviewDueState.NotTaken
                : status is not (PlanStatus.Live or PlanStatus.Reviewed) || today < from ? ReviewDueState.NotYet
                : today <= by ? ReviewDueState.Due
                : ReviewDueState.Overdue;
            return new ReviewDue(kind, from, by, state, null);
        }
    }
}
