using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;

namespace HccPerformance.UnitTests.ImprovementPlan;

/// <summary>
/// The life of a Corporate Improvement Plan (issue 16) on the entity itself: each step in order, each refused step refused in
/// words with nothing changed, and the review schedule the home pages and the plan page read.
/// </summary>
public sealed class PlanTermTests
{
    private const string By = "Head of Improvement";
    private static readonly DateTime Utc = new(2011, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Cmt = new(2011, 1, 10);
    private static readonly DateOnly Cabinet = new(2011, 2, 7);
    private static readonly DateOnly Final = new(2011, 2, 21);
    private static readonly DateOnly Start = new(2011, 4, 1);
    private static readonly DateOnly Today = new(2011, 4, 1);

    private static readonly Guid AreaOne = Guid.NewGuid();
    private static readonly Guid AreaTwo = Guid.NewGuid();
    private static readonly IReadOnlyCollection<Guid> LiveAreas = [AreaOne, AreaTwo];

    private static readonly IReadOnlyList<(Guid Lineage, string AreaName, ReviewOutcome Outcome, string? Note)> Decisions =
    [
        (AreaOne, "Example area one", ReviewOutcome.Keep, null),
        (AreaTwo, "Example area two", ReviewOutcome.Retire, "Example reason"),
    ];

    private static PlanTerm Draft() => new(2011, 2014);

    private static PlanTerm Agreed()
    {
        var term = Draft();
        term.RecordCmtAgreement(Cmt, "CMT agreed the draft.", By, Utc, Today);
        return term;
    }

    private static PlanTerm Endorsed()
    {
        var term = Agreed();
        term.RecordEndorsement(Cabinet, "Cabinet endorsed the plan.", null, By, Utc, Today);
        return term;
    }

    private static PlanTerm Finalised()
    {
        var term = Endorsed();
        term.RecordFinalised(Final, "Finalised with the Leader and Chief Executive.", By, Utc, Today);
        return term;
    }

    private static PlanTerm Live()
    {
        var term = Finalised();
        term.GoLive(Start, By, Utc, Today);
        return term;
    }

    private static PlanTerm Reviewed()
    {
        var term = Live();
        term.RecordReview(ReviewKind.Full, new DateOnly(2014, 2, 1), "Full review.", Decisions, LiveAreas, By, Utc, new DateOnly(2014, 2, 1));
        return term;
    }

    private static DomainException Refused(PlanTerm term, Action<PlanTerm> step)
    {
        var before = (term.Status, term.Steps.Count, term.LiveFrom, term.ClosedOn, term.Reviews.Count);
        var refused = Assert.Throws<DomainException>(() => step(term));
        Assert.Equal(before, (term.Status, term.Steps.Count, term.LiveFrom, term.ClosedOn, term.Reviews.Count));
        return refused;
    }

    // The whole life, in order.

    [Fact]
    public void A_new_plan_is_a_draft_running_from_1_April_to_31_March()
    {
        var term = Draft();

        Assert.Equal(PlanStatus.Draft, term.Status);
        Assert.Equal(new DateOnly(2011, 4, 1), term.StartsOn);
        Assert.Equal(new DateOnly(2014, 3, 31), term.EndsOn);
        Assert.Equal("Corporate Improvement Plan 2011-2014", term.Title);
        Assert.Null(term.LiveFrom);
        Assert.Empty(term.Steps);
    }

    [Theory]
    [InlineData(2011, 2011)]
    [InlineData(2011, 2010)]
    public void A_plan_must_end_after_it_starts(int start, int end)
    {
        var refused = Assert.Throws<DomainException>(() => new PlanTerm(start, end));
        Assert.Equal("EndYear", refused.Field);
    }

    [Fact]
    public void A_plan_cannot_run_longer_than_the_longest_term()
    {
        var refused = Assert.Throws<DomainException>(() => new PlanTerm(2011, 2011 + PlanLifeLimits.LongestTermYears + 1));
        Assert.Equal("EndYear", refused.Field);
    }

    [Fact]
    public void Cmt_agrees_a_draft()
    {
        var term = Agreed();

        Assert.Equal(PlanStatus.AgreedByCmt, term.Status);
        Assert.Equal(Cmt, term.StepReaching(PlanStatus.AgreedByCmt)!.On);
    }

    [Fact]
    public void Cabinet_endorses_a_plan_CMT_agreed_with_any_further_areas()
    {
        var term = Agreed();
        term.RecordEndorsement(Cabinet, "Resolved to endorse.", "An example further area", By, Utc, Today);

        Assert.Equal(PlanStatus.EndorsedByCabinet, term.Status);
        Assert.Equal("An example further area", term.StepReaching(PlanStatus.EndorsedByCabinet)!.FurtherAreas);
        Assert.True(term.HoldsItsYears);
    }

    [Fact]
    public void The_plan_is_finalised_after_Cabinet_endorsed_it()
    {
        var term = Finalised();

        Assert.Equal(PlanStatus.Finalised, term.Status);
        Assert.Equal(Final, term.StepReaching(PlanStatus.Finalised)!.On);
    }

    [Fact]
    public void A_finalised_plan_goes_live_and_is_in_operation()
    {
        var term = Live();

        Assert.Equal(PlanStatus.Live, term.Status);
        Assert.Equal(Start, term.LiveFrom);
        Assert.True(term.InOperationNow);
        Assert.True(PlanTerm.IsLiveOn(new DateOnly(2012, 6, 30)).Compile()(term));
        Assert.False(PlanTerm.IsLiveOn(new DateOnly(2011, 3, 31)).Compile()(term));
    }

    [Fact]
    public void The_full_review_marks_the_plan_reviewed_and_it_stays_in_operation()
    {
        var term = Reviewed();

        Assert.Equal(PlanStatus.Reviewed, term.Status);
        Assert.True(term.InOperationNow);
        var review = Assert.Single(term.Reviews);
        Assert.Equal(ReviewKind.Full, review.Kind);
    }

    [Fact]
    public void The_six_month_review_leaves_the_plan_live()
    {
        var term = Live();
        term.RecordReview(ReviewKind.SixMonth, new DateOnly(2011, 10, 1), "Working well.", Decisions, LiveAreas, By, Utc, new DateOnly(2011, 10, 1));

        Assert.Equal(PlanStatus.Live, term.Status);
        Assert.Single(term.Reviews);
    }

    [Fact]
    public void A_reviewed_plan_closes_when_its_successor_goes_live()
    {
        var term = Reviewed();
        term.Close(new DateOnly(2014, 4, 1), "Corporate Improvement Plan 2014-2017", By, Utc);

        Assert.Equal(PlanStatus.Closed, term.Status);
        Assert.Equal(new DateOnly(2014, 4, 1), term.ClosedOn);
        Assert.False(term.InOperationNow);
        Assert.False(PlanTerm.IsLiveOn(new DateOnly(2014, 4, 1)).Compile()(term));
        Assert.True(PlanTerm.IsLiveOn(new DateOnly(2014, 3, 31)).Compile()(term));
    }

    [Fact]
    public void A_plan_in_operation_when_the_site_began_is_live_from_its_start()
    {
        var term = PlanTerm.InOperation(2008, 2011, By, Utc);

        Assert.Equal(PlanStatus.Live, term.Status);
        Assert.Equal(new DateOnly(2008, 4, 1), term.LiveFrom);
        Assert.True(PlanTerm.IsLiveOn(new DateOnly(2009, 9, 30)).Compile()(term));
    }

    [Fact]
    public void Comments_are_taken_on_a_draft_only()
    {
        var term = Draft();
        term.Comment("An example comment.", "CPEG member", Utc);
        Assert.Single(term.Comments);

        term.RecordCmtAgreement(Cmt, "Agreed.", By, Utc, Today);
        Assert.Throws<DomainException>(() => term.Comment("Too late.", "CPEG member", Utc));
        Assert.Single(term.Comments);
    }

    // Out of order.

    [Fact]
    public void Cabinet_cannot_endorse_before_CMT_agreed()
    {
        var refused = Refused(Draft(), t => t.RecordEndorsement(Cabinet, "Endorsed.", null, By, Utc, Today));
        Assert.Contains("record CMT's agreement first", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_cannot_be_finalised_before_Cabinet_endorsed_it()
    {
        Refused(Draft(), t => t.RecordFinalised(Final, "Finalised.", By, Utc, Today));
        var refused = Refused(Agreed(), t => t.RecordFinalised(Final, "Finalised.", By, Utc, Today));
        Assert.Contains("after Cabinet has endorsed it", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_cannot_go_live_before_it_is_finalised()
    {
        Refused(Draft(), t => t.GoLive(Start, By, Utc, Today));
        Refused(Agreed(), t => t.GoLive(Start, By, Utc, Today));
        var refused = Refused(Endorsed(), t => t.GoLive(Start, By, Utc, Today));
        Assert.Contains("finalised with the Leader and Chief Executive", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_not_yet_live_cannot_be_reviewed()
    {
        foreach (var term in new[] { Draft(), Agreed(), Endorsed(), Finalised() })
        {
            var refused = Refused(term, t => t.RecordReview(ReviewKind.SixMonth, Today, "Review.", Decisions, LiveAreas, By, Utc, Today));
            Assert.Contains("reviewed once it is live", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_plan_not_in_operation_is_not_closed()
    {
        foreach (var term in new[] { Draft(), Agreed(), Endorsed(), Finalised() })
        {
            Refused(term, t => t.Close(new DateOnly(2014, 4, 1), "Successor", By, Utc));
        }
    }

    [Fact]
    public void Areas_of_a_plan_not_yet_live_are_changed_directly_not_proposed()
    {
        var refused = Assert.Throws<DomainException>(() => Finalised().Propose(ProposalKind.Add, null, 1, "Example", "Example.", "Example reason.", By, Utc));
        Assert.Contains("changed directly", refused.Message, StringComparison.Ordinal);
    }

    // Twice.

    [Fact]
    public void Cmt_agreement_is_recorded_once()
    {
        Refused(Agreed(), t => t.RecordCmtAgreement(Cmt, "Again.", By, Utc, Today));
        Refused(Live(), t => t.RecordCmtAgreement(Cmt, "Again.", By, Utc, Today));
    }

    [Fact]
    public void Cabinet_endorsement_is_recorded_once()
    {
        var refused = Refused(Endorsed(), t => t.RecordEndorsement(Cabinet, "Again.", null, By, Utc, Today));
        Assert.Contains("already endorsed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_is_finalised_once()
    {
        var refused = Refused(Finalised(), t => t.RecordFinalised(Final, "Again.", By, Utc, Today));
        Assert.Contains("already been finalised", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_goes_live_once()
    {
        var refused = Refused(Live(), t => t.GoLive(Start, By, Utc, Today));
        Assert.Contains("already gone live", refused.Message, StringComparison.Ordinal);
        Refused(Reviewed(), t => t.GoLive(Start, By, Utc, Today));
    }

    [Fact]
    public void Each_review_is_recorded_once()
    {
        var term = Live();
        term.RecordReview(ReviewKind.SixMonth, new DateOnly(2011, 10, 1), "Working well.", Decisions, LiveAreas, By, Utc, new DateOnly(2011, 10, 1));

        var refused = Refused(term, t => t.RecordReview(ReviewKind.SixMonth, new DateOnly(2011, 11, 1), "Again.", Decisions, LiveAreas, By, Utc, new DateOnly(2011, 11, 1)));
        Assert.Contains("recorded on 1 Oct 2011", refused.Message, StringComparison.Ordinal);
        Refused(Reviewed(), t => t.RecordReview(ReviewKind.Full, new DateOnly(2014, 3, 1), "Again.", Decisions, LiveAreas, By, Utc, new DateOnly(2014, 3, 1)));
    }

    [Fact]
    public void The_six_month_review_is_not_taken_after_the_full_review()
    {
        var refused = Refused(Reviewed(), t => t.RecordReview(ReviewKind.SixMonth, new DateOnly(2014, 3, 1), "Late.", Decisions, LiveAreas, By, Utc, new DateOnly(2014, 3, 1)));
        Assert.Contains("no longer taken", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_plan_is_not_closed_again_reviewed_or_changed()
    {
        var term = Live();
        term.Close(new DateOnly(2012, 4, 1), "Successor", By, Utc);

        Refused(term, t => t.Close(new DateOnly(2013, 4, 1), "Another", By, Utc));
        Refused(term, t => t.RecordReview(ReviewKind.Full, new DateOnly(2013, 1, 1), "Review.", Decisions, LiveAreas, By, Utc, new DateOnly(2013, 1, 1)));
        var refused = Assert.Throws<DomainException>(() => term.Propose(ProposalKind.Add, null, 1, "Example", "Example.", "Example reason.", By, Utc));
        Assert.Contains("closed", refused.Message, StringComparison.Ordinal);
    }

    // Dates in the future or before the previous step.

    [Fact]
    public void Cmt_agreement_cannot_be_in_the_future()
    {
        var refused = Refused(Draft(), t => t.RecordCmtAgreement(Today.AddDays(1), "Agreed.", By, Utc, Today));
        Assert.Equal("MetOn", refused.Field);
    }

    [Fact]
    public void Cabinet_endorsement_cannot_be_in_the_future_or_before_CMT_agreed()
    {
        Assert.Equal("MetOn", Refused(Agreed(), t => t.RecordEndorsement(Today.AddDays(1), "Endorsed.", null, By, Utc, Today)).Field);
        var refused = Refused(Agreed(), t => t.RecordEndorsement(Cmt.AddDays(-1), "Endorsed.", null, By, Utc, Today));
        Assert.Contains("before CMT agreed the plan (10 Jan 2011)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finalising_cannot_be_in_the_future_or_before_Cabinet_endorsed()
    {
        Refused(Endorsed(), t => t.RecordFinalised(Today.AddDays(1), "Finalised.", By, Utc, Today));
        var refused = Refused(Endorsed(), t => t.RecordFinalised(Cabinet.AddDays(-1), "Finalised.", By, Utc, Today));
        Assert.Contains("(7 Feb 2011)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Going_live_cannot_be_in_the_future_nor_outside_the_plans_own_years()
    {
        Assert.Equal("MetOn", Refused(Finalised(), t => t.GoLive(Start.AddDays(1), By, Utc, Today)).Field);
        var before = Refused(Finalised(), t => t.GoLive(new DateOnly(2011, 3, 31), By, Utc, Today));
        Assert.Contains("1 Apr 2011 to 31 Mar 2014", before.Message, StringComparison.Ordinal);
        Refused(Finalised(), t => t.GoLive(new DateOnly(2014, 4, 1), By, Utc, new DateOnly(2014, 5, 1)));
    }

    [Fact]
    public void A_plan_finalised_inside_its_own_years_cannot_go_live_before_it_was_finalised()
    {
        var term = Endorsed();
        term.RecordFinalised(new DateOnly(2011, 5, 1), "Finalised late.", By, Utc, new DateOnly(2011, 5, 1));

        var refused = Refused(term, t => t.GoLive(new DateOnly(2011, 4, 20), By, Utc, new DateOnly(2011, 5, 1)));
        Assert.Contains("before it was finalised (1 May 2011)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_cannot_be_in_the_future_or_before_the_plan_went_live()
    {
        Assert.Equal("On", Refused(Live(), t => t.RecordReview(ReviewKind.SixMonth, new DateOnly(2011, 10, 2), "Review.", Decisions, LiveAreas, By, Utc, new DateOnly(2011, 10, 1))).Field);
        var refused = Refused(Live(), t => t.RecordReview(ReviewKind.SixMonth, new DateOnly(2011, 3, 31), "Review.", Decisions, LiveAreas, By, Utc, new DateOnly(2011, 10, 1)));
        Assert.Contains("went live on 1 Apr 2011", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_decides_every_live_area()
    {
        var refused = Refused(Live(), t => t.RecordReview(ReviewKind.SixMonth, new DateOnly(2011, 10, 1), "Review.", [Decisions[0]], LiveAreas, By, Utc, new DateOnly(2011, 10, 1)));
        Assert.Equal("Areas", refused.Field);
    }

    // The review schedule.

    [Fact]
    public void The_six_month_review_is_due_six_months_after_going_live_and_the_full_review_in_the_last_quarter()
    {
        var schedule = PlanReviewSchedule.For(Live(), Today);

        var six = schedule.Single(s => s.Kind == ReviewKind.SixMonth);
        Assert.Equal(new DateOnly(2011, 10, 1), six.DueBy);
        Assert.Equal(new DateOnly(2011, 9, 1), six.DueFrom);
        var full = schedule.Single(s => s.Kind == ReviewKind.Full);
        Assert.Equal(new DateOnly(2014, 1, 1), full.DueFrom);
        Assert.Equal(new DateOnly(2014, 3, 31), full.DueBy);
    }

    [Fact]
    public void The_six_month_review_counts_from_the_day_the_plan_went_live_not_its_start()
    {
        var term = Finalised();
        term.GoLive(new DateOnly(2011, 6, 1), By, Utc, new DateOnly(2011, 6, 1));

        Assert.Equal(new DateOnly(2011, 12, 1), PlanReviewSchedule.For(term, Today).Single(s => s.Kind == ReviewKind.SixMonth).DueBy);
    }

    [Theory]
    [InlineData("2011-08-31", ReviewDueState.NotYet)]
    [InlineData("2011-09-01", ReviewDueState.Due)]
    [InlineData("2011-10-01", ReviewDueState.Due)]
    [InlineData("2011-10-02", ReviewDueState.Overdue)]
    public void The_six_month_review_is_not_yet_due_then_due_then_overdue(string today, ReviewDueState state)
    {
        var due = PlanReviewSchedule.For(Live(), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Single(s => s.Kind == ReviewKind.SixMonth);

        Assert.Equal(state, due.State);
        Assert.Equal(state is ReviewDueState.Due or ReviewDueState.Overdue, due.NeedsDoing);
    }

    [Theory]
    [InlineData("2013-12-31", ReviewDueState.NotYet)]
    [InlineData("2014-01-01", ReviewDueState.Due)]
    [InlineData("2014-03-31", ReviewDueState.Due)]
    [InlineData("2014-04-01", ReviewDueState.Overdue)]
    public void The_full_review_is_due_in_the_last_quarter_and_overdue_after_the_plan_ends(string today, ReviewDueState state)
    {
        var due = PlanReviewSchedule.For(Live(), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Single(s => s.Kind == ReviewKind.Full);

        Assert.Equal(state, due.State);
    }

    [Fact]
    public void No_review_is_due_before_the_plan_is_live()
    {
        var schedule = PlanReviewSchedule.For(Finalised(), new DateOnly(2014, 2, 1));

        Assert.All(schedule, s => Assert.Equal(ReviewDueState.NotYet, s.State));
    }

    [Fact]
    public void A_recorded_review_shows_its_date_and_is_no_longer_due()
    {
        var term = Live();
        term.RecordReview(ReviewKind.SixMonth, new DateOnly(2011, 9, 20), "Working well.", Decisions, LiveAreas, By, Utc, new DateOnly(2011, 9, 20));

        var six = PlanReviewSchedule.For(term, new DateOnly(2011, 12, 1)).Single(s => s.Kind == ReviewKind.SixMonth);
        Assert.Equal(ReviewDueState.Recorded, six.State);
        Assert.Equal(new DateOnly(2011, 9, 20), six.RecordedOn);
        Assert.False(six.NeedsDoing);
    }

    [Fact]
    public void After_the_full_review_a_missed_six_month_review_is_no_longer_asked_for()
    {
        var schedule = PlanReviewSchedule.For(Reviewed(), new DateOnly(2014, 2, 2));

        Assert.Equal(ReviewDueState.NotTaken, schedule.Single(s => s.Kind == ReviewKind.SixMonth).State);
        Assert.Equal(ReviewDueState.Recorded, schedule.Single(s => s.Kind == ReviewKind.Full).State);
    }

    [Fact]
    public void A_closed_plan_asks_for_no_review()
    {
        var term = Live();
        term.Close(new DateOnly(2012, 4, 1), "Successor", By, Utc);

        Assert.All(PlanReviewSchedule.For(term, new DateOnly(2014, 2, 1)), s => Assert.Equal(ReviewDueState.NotTaken, s.State));
    }

    [Fact]
    public void A_plan_not_yet_live_is_being_prepared_for_a_day_inside_its_years_and_no_longer_once_live()
    {
        var preparing = PlanTerm.IsBeingPreparedFor(new DateOnly(2011, 12, 6)).Compile();

        Assert.True(preparing(Draft()));
        Assert.True(preparing(Agreed()));
        Assert.True(preparing(Endorsed()));
        Assert.True(preparing(Finalised()));
        Assert.False(preparing(Live()));
        Assert.False(PlanTerm.IsBeingPreparedFor(new DateOnly(2011, 3, 31)).Compile()(Draft()));
        Assert.False(PlanTerm.IsBeingPreparedFor(new DateOnly(2014, 4, 1)).Compile()(Draft()));
    }

    [Fact]
    public void The_plan_being_prepared_is_named_with_where_it_stands_and_who_takes_the_next_step()
    {
        Assert.Equal("The Corporate Improvement Plan 2026-2029 is being prepared: draft, waiting for CMT's agreement (recorded by a CMT member)",
            PlanLifeWords.BeingPrepared("Corporate Improvement Plan 2026-2029", PlanStatus.Draft));
        Assert.Equal("The Corporate Improvement Plan 2026-2029 is being prepared: finalised with the Leader and Chief Executive, waiting to go live (set by the Head of Improvement)",
            PlanLifeWords.BeingPrepared("Corporate Improvement Plan 2026-2029", PlanStatus.Finalised));
    }
}
