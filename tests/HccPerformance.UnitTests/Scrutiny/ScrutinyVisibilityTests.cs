using HccPerformance.Core.Common;
using HccPerformance.Core.Scrutiny;

namespace HccPerformance.UnitTests.Scrutiny;

/// <summary>Who reads a scrutiny review and who responds to its recommendations, decided once.</summary>
public sealed class ScrutinyVisibilityTests
{
    private static readonly DateOnly Today = new(2009, 6, 30);
    private const int Environment = 9, Other = 4;

    private static Func<string, bool> Is(string role) => r => r == role;

    private static ScrutinyReview At(ScrutinyStatus status, bool withRecommendation)
    {
        var review = new ScrutinyReview("Committee", "Topic", "Scope", FollowsFrom.Nothing, Today.AddDays(-90));
        if (status == ScrutinyStatus.Scoping)
        {
            return review;
        }

        review.MoveTo(ScrutinyStatus.GatheringEvidence, Today.AddDays(-80));
        if (withRecommendation)
        {
            review.Recommend("Do it", ScrutinyAddressee.Leader, null, Today.AddDays(30), Today.AddDays(-70));
        }

        if (status >= ScrutinyStatus.Reported)
        {
            review.Change("Committee", "Topic", "Scope", FollowsFrom.Nothing, "Findings");
            review.MoveTo(ScrutinyStatus.Reported, Today.AddDays(-60));
        }

        if (status == ScrutinyStatus.Closed)
        {
            foreach (var r in review.Recommendations)
            {
                r.Respond(ExecutiveResponse.Accepted, "Yes", Today.AddDays(10), "Leader", ScrutinyStatus.Reported, Today.AddDays(-50));
            }

            review.MoveTo(ScrutinyStatus.Closed, Today.AddDays(-40));
        }

        return review;
    }

    [Fact]
    public void Everyone_reads_a_reported_review_and_only_the_committee_the_Head_of_Improvement_and_the_Performance_Team_one_under_way()
    {
        foreach (var role in Roles.All)
        {
            Assert.True(ScrutinyVisibility.MayRead(ScrutinyStatus.Reported, false, Is(role)));
            Assert.True(ScrutinyVisibility.MayRead(ScrutinyStatus.Closed, false, Is(role)));
            var follows = role is Roles.SelectCommittee or Roles.HeadOfImprovement or Roles.PerformanceTeam;
            Assert.Equal(follows, ScrutinyVisibility.MayRead(ScrutinyStatus.Scoping, false, Is(role)));
            Assert.Equal(follows, ScrutinyVisibility.MayRead(ScrutinyStatus.GatheringEvidence, false, Is(role)));
            var executive = role is Roles.Leader or Roles.Cabinet or Roles.ExecutiveMember or Roles.PerformanceExecutiveMember;
            Assert.Equal(follows || executive, ScrutinyVisibility.MayRead(ScrutinyStatus.GatheringEvidence, true, Is(role)));
        }
    }

    [Fact]
    public void The_query_filter_agrees_with_the_rule_for_every_role_step_and_recommendation()
    {
        var reviews = new List<(ScrutinyReview Review, bool WithRecommendation)>();
        foreach (var status in Enum.GetValues<ScrutinyStatus>())
        {
            foreach (var with in new[] { false, true })
            {
                if (status == ScrutinyStatus.Scoping && with)
                {
                    continue;
                }

                reviews.Add((At(status, with), with));
            }
        }

        foreach (var role in Roles.All)
        {
            var filter = ScrutinyVisibility.VisibleTo(Is(role)).Compile();
            foreach (var (review, with) in reviews)
            {
                Assert.Equal(ScrutinyVisibility.MayRead(review.Status, with, Is(role)), filter(review));
            }
        }
    }

    [Fact]
    public void The_Executive_member_it_is_made_to_responds_or_the_Head_of_Improvement_on_their_behalf()
    {
        foreach (var role in Roles.All)
        {
            var head = role == Roles.HeadOfImprovement;
            Assert.Equal(head || role == Roles.Leader, ScrutinyResponders.MayRespond(ScrutinyAddressee.Leader, null, Is(role), null));
            Assert.Equal(head || role is Roles.Leader or Roles.Cabinet, ScrutinyResponders.MayRespond(ScrutinyAddressee.Cabinet, null, Is(role), null));
            Assert.Equal(head || role == Roles.ExecutiveMember,
                ScrutinyResponders.MayRespond(ScrutinyAddressee.ExecutiveMember, Environment, Is(role), Roles.NeedingDepartment.Contains(role) ? Environment : null));
        }

        // Another department's Executive Member may not.
        Assert.False(ScrutinyResponders.MayRespond(ScrutinyAddressee.ExecutiveMember, Environment, Is(Roles.ExecutiveMember), Other));
    }
}
