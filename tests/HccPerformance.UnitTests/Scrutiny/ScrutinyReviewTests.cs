using HccPerformance.Core.Common;
using HccPerformance.Core.Scrutiny;

namespace HccPerformance.UnitTests.Scrutiny;

/// <summary>A scrutiny review's rules: the order of its steps, overdue responses, and one response per recommendation.</summary>
public sealed class ScrutinyReviewTests
{
    private static readonly DateOnly Today = new(2009, 6, 30);

    private static ScrutinyReview NewReview() =>
        new("Policy and Resources Select Committee", "Complaints", "How complaints are answered", FollowsFrom.Nothing, Today.AddDays(-60));

    private static ScrutinyReview Gathering()
    {
        var review = NewReview();
        review.MoveTo(ScrutinyStatus.GatheringEvidence, Today.AddDays(-50));
        return review;
    }

    private static (ScrutinyReview Review, ScrutinyRecommendation Recommendation) Reported(int dueInDays = 30)
    {
        var review = Gathering();
        var recommendation = review.Recommend("Answer every complaint within ten days", ScrutinyAddressee.Cabinet, null, Today.AddDays(dueInDays), Today.AddDays(-40));
        review.Change(review.Committee, review.Topic, review.Scope, FollowsFrom.Nothing, "Answers are slow");
        review.MoveTo(ScrutinyStatus.Reported, Today.AddDays(-30));
        return (review, recommendation);
    }

    [Fact]
    public void A_review_goes_scoping_gathering_evidence_reported_closed_one_step_at_a_time()
    {
        var (review, recommendation) = Reported();
        Assert.Equal(ScrutinyStatus.Reported, review.Status);
        Assert.Equal(Today.AddDays(-30), review.ReportedOn);
        recommendation.Respond(ExecutiveResponse.Accepted, "Agreed", Today.AddDays(20), "Leader", review.Status, Today);

        review.MoveTo(ScrutinyStatus.Closed, Today);

        Assert.Equal(ScrutinyStatus.Closed, review.Status);
        Assert.Equal(Today, review.ClosedOn);
        Assert.Null(ScrutinyReview.NextAfter(ScrutinyStatus.Closed));
    }

    [Theory]
    [InlineData(ScrutinyStatus.Reported)]
    [InlineData(ScrutinyStatus.Closed)]
    [InlineData(ScrutinyStatus.Scoping)]
    public void A_step_out_of_order_is_refused_in_words_and_nothing_changes(ScrutinyStatus to)
    {
        var review = NewReview();

        var error = Assert.Throws<DomainException>(() => review.MoveTo(to, Today));

        Assert.Contains(to == ScrutinyStatus.Scoping ? "already" : "one step at a time", error.Message, StringComparison.Ordinal);
        Assert.Equal(ScrutinyStatus.Scoping, review.Status);
    }

    [Fact]
    public void A_review_reports_only_with_its_findings()
    {
        var review = Gathering();

        var error = Assert.Throws<DomainException>(() => review.MoveTo(ScrutinyStatus.Reported, Today));

        Assert.Equal("Findings", error.Field);
        Assert.Equal(ScrutinyStatus.GatheringEvidence, review.Status);
    }

    [Fact]
    public void A_review_closes_only_when_every_recommendation_has_its_response()
    {
        var (review, _) = Reported();

        var error = Assert.Throws<DomainException>(() => review.MoveTo(ScrutinyStatus.Closed, Today));

        Assert.Contains("One recommendation still waits for the Executive's response", error.Message, StringComparison.Ordinal);
        Assert.Equal(ScrutinyStatus.Reported, review.Status);
    }

    [Fact]
    public void Evidence_is_taken_only_while_gathering_it_and_not_dated_in_the_future()
    {
        Assert.Contains("still being scoped", Assert.Throws<DomainException>(() => NewReview().AddEvidence("Figures", "Team", Today, "me", Today)).Message,
            StringComparison.Ordinal);
        Assert.Equal("On", Assert.Throws<DomainException>(() => Gathering().AddEvidence("Figures", "Team", Today.AddDays(1), "me", Today)).Field);
        var (reported, _) = Reported();
        Assert.Contains("no more evidence", Assert.Throws<DomainException>(() => reported.AddEvidence("Figures", "Team", Today, "me", Today)).Message,
            StringComparison.Ordinal);

        var review = Gathering();
        review.AddEvidence("Figures", "Complaints team", Today, "me", Today);
        Assert.Single(review.Evidence);
    }

    [Fact]
    public void A_new_recommendation_must_be_due_after_today_and_name_a_department_for_an_Executive_Member()
    {
        var review = Gathering();

        Assert.Equal("DueOn", Assert.Throws<DomainException>(() => review.Recommend("Do it", ScrutinyAddressee.Leader, null, Today, Today)).Field);
        Assert.Equal("DueOn", Assert.Throws<DomainException>(() => review.Recommend("Do it", ScrutinyAddressee.Leader, null, Today.AddDays(-1), Today)).Field);
        Assert.Equal("DepartmentId", Assert.Throws<DomainException>(() => review.Recommend("Do it", ScrutinyAddressee.ExecutiveMember, null, Today.AddDays(9), Today)).Field);
        Assert.Equal("Text", Assert.Throws<DomainException>(() => review.Recommend(" ", ScrutinyAddressee.Leader, null, Today.AddDays(9), Today)).Field);
        Assert.Empty(review.Recommendations);
    }

    [Fact]
    public void A_response_is_overdue_after_its_due_date_until_given_like_an_inspection_recommendation()
    {
        var (_, recommendation) = Reported(dueInDays: 10);

        Assert.False(recommendation.IsOverdue(Today.AddDays(10)));
        Assert.True(recommendation.IsOverdue(Today.AddDays(11)));
        Assert.Equal(1, recommendation.DaysOverdue(Today.AddDays(11)));

        recommendation.Respond(ExecutiveResponse.Rejected, "Not affordable this year", null, "Leader", ScrutinyStatus.Reported, Today.AddDays(15));

        Assert.False(recommendation.IsOverdue(Today.AddDays(20)));
        // As things stood before the response, it was overdue.
        Assert.True(recommendation.IsOverdue(Today.AddDays(14)));
    }

    [Fact]
    public void The_Executive_responds_once_and_only_after_the_committee_has_reported()
    {
        var review = Gathering();
        var draft = review.Recommend("Do it", ScrutinyAddressee.Leader, null, Today.AddDays(9), Today);
        Assert.Contains("has not reported yet",
            Assert.Throws<DomainException>(() => draft.Respond(ExecutiveResponse.Accepted, "Yes", Today.AddDays(5), "Leader", review.Status, Today)).Message,
            StringComparison.Ordinal);
        Assert.Null(draft.Response);

        var (reported, recommendation) = Reported();
        recommendation.Respond(ExecutiveResponse.PartlyAccepted, "In part", Today.AddDays(5), "Leader of the Council", reported.Status, Today);

        var again = Assert.Throws<DomainException>(() =>
            recommendation.Respond(ExecutiveResponse.Rejected, "No", null, "Cabinet member", reported.Status, Today));
        Assert.Contains("recorded on 30 Jun 2009 by Leader of the Council (partly accepted)", again.Message, StringComparison.Ordinal);
        Assert.Equal(ExecutiveResponse.PartlyAccepted, recommendation.Response);
        Assert.Equal("In part", recommendation.ResponseText);
    }

    [Fact]
    public void A_response_needs_words_and_unless_rejected_an_action_date()
    {
        var (review, recommendation) = Reported();

        Assert.Equal("ResponseText", Assert.Throws<DomainException>(() =>
            recommendation.Respond(ExecutiveResponse.Accepted, " ", Today.AddDays(5), "Leader", review.Status, Today)).Field);
        Assert.Equal("ActionOn", Assert.Throws<DomainException>(() =>
            recommendation.Respond(ExecutiveResponse.Accepted, "Yes", null, "Leader", review.Status, Today)).Field);
        Assert.Equal("ActionOn", Assert.Throws<DomainException>(() =>
            recommendation.Respond(ExecutiveResponse.Accepted, "Yes", Today.AddDays(-1), "Leader", review.Status, Today)).Field);
        Assert.Null(recommendation.Response);
    }

    [Fact]
    public void Progress_follows_a_response_that_accepted_something()
    {
        var (review, recommendation) = Reported();
        Assert.Contains("before progress", Assert.Throws<DomainException>(() => recommendation.AddProgress("Done", "Leader", Today)).Message, StringComparison.Ordinal);

        recommendation.Respond(ExecutiveResponse.Accepted, "Yes", Today.AddDays(5), "Leader", review.Status, Today);
        recommendation.AddProgress("Half done", "Leader", Today);
        Assert.Single(recommendation.Progress);

        var (other, rejected) = Reported();
        rejected.Respond(ExecutiveResponse.Rejected, "No", null, "Leader", other.Status, Today);
        Assert.Contains("rejected", Assert.Throws<DomainException>(() => rejected.AddProgress("Done", "Leader", Today)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_recorded_from_the_evidence_and_stay_as_reported()
    {
        var scoping = NewReview();
        Assert.Equal("Findings", Assert.Throws<DomainException>(() =>
            scoping.Change(scoping.Committee, scoping.Topic, scoping.Scope, FollowsFrom.Nothing, "Early view")).Field);

        var (reported, _) = Reported();
        Assert.Equal("Findings", Assert.Throws<DomainException>(() =>
            reported.Change(reported.Committee, reported.Topic, reported.Scope, FollowsFrom.Nothing, "Second thoughts")).Field);
        reported.Change(reported.Committee, "Complaints and compliments", reported.Scope, FollowsFrom.Nothing, "Answers are slow");
        Assert.Equal("Complaints and compliments", reported.Topic);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("concern:12", true)]
    [InlineData("report:5:Adult Services", true)]
    [InlineData("concern:x", false)]
    [InlineData("report:5:", false)]
    [InlineData("something", false)]
    public void What_a_review_follows_from_is_read_back_from_the_form(string key, bool valid)
    {
        var parsed = FollowsFrom.Parse(key);

        Assert.Equal(valid, parsed is not null);
        if (parsed is not null)
        {
            Assert.Equal(key, parsed.Key);
        }
    }
}
