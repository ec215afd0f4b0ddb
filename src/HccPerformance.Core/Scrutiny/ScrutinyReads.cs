using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Scrutiny;

/// <summary>
/// What the rest of Core reads of scrutiny reviews (convention 15): the reviews a person may read
/// (<see cref="ScrutinyVisibility"/>) and their recommendations. Overdue is the recommendation's own rule.
/// </summary>
public sealed class ScrutinyReads(AppDbContext db)
{
    public IQueryable<ScrutinyReview> ReviewsVisibleTo(Func<string, bool> isInRole) =>
        db.ScrutinyReviews.AsNoTracking().Where(ScrutinyVisibility.VisibleTo(isInRole));

    /// <summary>Recommendations of reported reviews: those the Executive has been asked to respond to.</summary>
    public IQueryable<ScrutinyRecommendation> ReportedRecommendations =>
        from r in db.ScrutinyReviews.AsNoTracking()
        where r.Status == ScrutinyStatus.Reported || r.Status == ScrutinyStatus.Closed
        from x in r.Recommendations
        select x;
}
