using HccPerformance.Core.Data;
using HccPerformance.Core.Scrutiny;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Scrutiny;

/// <summary>Reviews of a test's own, made through the domain's rules, so tests sharing one database never meet.</summary>
public static class ScrutinySite
{
    public static DateOnly TodayOf(AppFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A review gathering evidence, with no recommendation yet.</summary>
    public static Task<int> GatheringReviewAsync(this AppFactory app, string topic) => app.WithScopeAsync(async s =>
    {
        var today = TodayOf(app);
        var db = s.GetRequiredService<AppDbContext>();
        var review = new ScrutinyReview("Test Select Committee", topic, "What the test looks at", FollowsFrom.Nothing, today.AddDays(-30));
        review.MoveTo(ScrutinyStatus.GatheringEvidence, today.AddDays(-20));
        db.ScrutinyReviews.Add(review);
        await db.SaveChangesAsync();
        return review.Id;
    });

    /// <summary>A reported review with one recommendation made to <paramref name="to"/>, due in <paramref name="dueInDays"/> (negative: overdue).</summary>
    public static Task<(int Review, int Recommendation)> ReportedReviewAsync(
        this AppFactory app, string topic, ScrutinyAddressee to = ScrutinyAddressee.Leader, string? departmentCode = null, int dueInDays = 30,
        bool accepted = false) =>
        app.WithScopeAsync(async s =>
        {
            var today = TodayOf(app);
            var db = s.GetRequiredService<AppDbContext>();
            int? department = departmentCode is null ? null : await db.Departments.Where(d => d.Code == departmentCode).Select(d => d.Id).SingleAsync();
            var review = new ScrutinyReview("Test Select Committee", topic, "What the test looks at", FollowsFrom.Nothing, today.AddDays(-90));
            review.MoveTo(ScrutinyStatus.GatheringEvidence, today.AddDays(-80));
            var recommendation = review.Recommend($"Recommendation of {topic}", to, department, today.AddDays(dueInDays), today.AddDays(-70));
            review.Change(review.Committee, review.Topic, review.Scope, FollowsFrom.Nothing, "What the committee found");
            review.MoveTo(ScrutinyStatus.Reported, today.AddDays(-60));
            if (accepted)
            {
                recommendation.Respond(ExecutiveResponse.Accepted, "Agreed", today.AddDays(30), "Leader of the Council", review.Status, today);
            }

            db.ScrutinyReviews.Add(review);
            await db.SaveChangesAsync();
            return (review.Id, recommendation.Id);
        });

    public static Task<ScrutinyReview> ReviewAsync(this AppFactory app, int id) => app.WithScopeAsync(s =>
        s.GetRequiredService<AppDbContext>().ScrutinyReviews.AsNoTracking().Include(r => r.Evidence).Include(r => r.Recommendations).ThenInclude(r => r.Progress)
            .AsSplitQuery().SingleAsync(r => r.Id == id));
}
