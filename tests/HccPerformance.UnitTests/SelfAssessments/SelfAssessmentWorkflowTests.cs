using HccPerformance.Core.Common;
using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.UnitTests.SelfAssessments;

public sealed class SelfAssessmentWorkflowTests
{
    private static readonly DateOnly Deadline = new(2009, 10, 31);
    private static readonly DateTime OnTime = new(2009, 10, 20, 10, 0, 0, DateTimeKind.Utc);

    public static AssessmentContent Complete(string statement = "Performance is good overall; the inspection went well.") => new(
        statement,
        ["Reablement helps more people home from hospital."],
        ["Delayed transfers of care are above our target."],
        ["The care market is fragile in the north of the county."],
        ["A joint discharge team with the hospital trust starts in November."],
        "We delayed the day-centre refurbishment to protect front-line care.");

    private static SelfAssessment Draft(AssessmentContent? content = null)
    {
        var assessment = new SelfAssessment(1, 1);
        assessment.Write(content ?? Complete());
        return assessment;
    }

    private static SelfAssessment At(AssessmentStatus status)
    {
        var a = Draft();
        if (status == AssessmentStatus.Draft)
        {
            return a;
        }

        a.SendToExecutiveMember();
        if (status == AssessmentStatus.WithExecutiveMember)
        {
            return a;
        }

        a.Confirm("Executive Member, Adult Services", null, OnTime, Deadline);
        if (status == AssessmentStatus.Submitted)
        {
            return a;
        }

        if (status == AssessmentStatus.Accepted)
        {
            a.Accept(OnTime);
            return a;
        }

        a.Return("Where is the evidence for the reablement claim?");
        if (status == AssessmentStatus.Returned)
        {
            return a;
        }

        a.Resubmit("Chief Officer, Adult Services", OnTime);
        return a;
    }

    [Fact]
    public void The_whole_journey_keeps_a_version_for_each_submission()
    {
        var assessment = At(AssessmentStatus.Resubmitted);
        assessment.Accept(OnTime);

        Assert.Equal(AssessmentStatus.Accepted, assessment.Status);
        Assert.Equal([1, 2], assessment.Versions.Select(v => v.Number));
        Assert.Equal([AssessmentStatus.Submitted, AssessmentStatus.Resubmitted], assessment.Versions.Select(v => v.Status));
        Assert.Equal(Complete(), assessment.Versions[0].Content with { }, new ContentComparer());
        Assert.Equal("Executive Member, Adult Services", assessment.ConfirmedBy);
    }

    public static TheoryData<AssessmentStatus, string> Refusals() => new()
    {
        { AssessmentStatus.Draft, "confirm" }, { AssessmentStatus.Draft, "return" }, { AssessmentStatus.Draft, "accept" }, { AssessmentStatus.Draft, "resubmit" }, { AssessmentStatus.Draft, "send back" },
        { AssessmentStatus.WithExecutiveMember, "write" }, { AssessmentStatus.WithExecutiveMember, "send" }, { AssessmentStatus.WithExecutiveMember, "return" }, { AssessmentStatus.WithExecutiveMember, "accept" }, { AssessmentStatus.WithExecutiveMember, "resubmit" },
        { AssessmentStatus.Submitted, "write" }, { AssessmentStatus.Submitted, "send" }, { AssessmentStatus.Submitted, "confirm" }, { AssessmentStatus.Submitted, "resubmit" }, { AssessmentStatus.Submitted, "send back" },
        { AssessmentStatus.Returned, "send" }, { AssessmentStatus.Returned, "confirm" }, { AssessmentStatus.Returned, "return" }, { AssessmentStatus.Returned, "accept" }, { AssessmentStatus.Returned, "send back" },
        { AssessmentStatus.Resubmitted, "write" }, { AssessmentStatus.Resubmitted, "send" }, { AssessmentStatus.Resubmitted, "confirm" }, { AssessmentStatus.Resubmitted, "resubmit" }, { AssessmentStatus.Resubmitted, "send back" },
        { AssessmentStatus.Accepted, "write" }, { AssessmentStatus.Accepted, "send" }, { AssessmentStatus.Accepted, "confirm" }, { AssessmentStatus.Accepted, "return" }, { AssessmentStatus.Accepted, "accept" }, { AssessmentStatus.Accepted, "resubmit" }, { AssessmentStatus.Accepted, "send back" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_step_that_does_not_follow_from_the_state_is_refused_and_changes_nothing(AssessmentStatus status, string step)
    {
        var assessment = At(status);
        var versions = assessment.Versions.Count;

        Assert.Throws<DomainException>(() => Do(assessment, step));

        Assert.Equal(status, assessment.Status);
        Assert.Equal(versions, assessment.Versions.Count);
    }

    public static TheoryData<AssessmentStatus, string, AssessmentStatus> Allowed() => new()
    {
        { AssessmentStatus.Draft, "write", AssessmentStatus.Draft },
        { AssessmentStatus.Draft, "send", AssessmentStatus.WithExecutiveMember },
        { AssessmentStatus.WithExecutiveMember, "send back", AssessmentStatus.Draft },
        { AssessmentStatus.WithExecutiveMember, "confirm", AssessmentStatus.Submitted },
        { AssessmentStatus.Submitted, "return", AssessmentStatus.Returned },
        { AssessmentStatus.Submitted, "accept", AssessmentStatus.Accepted },
        { AssessmentStatus.Returned, "write", AssessmentStatus.Returned },
        { AssessmentStatus.Returned, "resubmit", AssessmentStatus.Resubmitted },
        { AssessmentStatus.Resubmitted, "return", AssessmentStatus.Returned },
        { AssessmentStatus.Resubmitted, "accept", AssessmentStatus.Accepted },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Every_allowed_step_moves_to_the_next_state(AssessmentStatus from, string step, AssessmentStatus to)
    {
        var assessment = At(from);

        Do(assessment, step);

        Assert.Equal(to, assessment.Status);
    }

    [Fact]
    public void An_incomplete_draft_can_be_saved_but_not_sent()
    {
        var assessment = Draft(AssessmentContent.Empty with { OverallStatement = "Early thoughts." });

        var error = Assert.Throws<DomainException>(assessment.SendToExecutiveMember);

        Assert.Equal(nameof(AssessmentContent.Strengths), error.Field);
        Assert.Equal(AssessmentStatus.Draft, assessment.Status);
    }

    [Fact]
    public void Over_the_word_budget_is_refused_with_the_count_even_for_a_draft()
    {
        var tooLong = Complete(string.Join(' ', Enumerable.Repeat("word", Limits.SelfAssessmentWords)));
        var assessment = Draft();

        var error = Assert.Throws<DomainException>(() => assessment.Write(tooLong));

        Assert.Contains($"has {tooLong.WordCount} words", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Take out {tooLong.WordCount - Limits.SelfAssessmentWords}", error.Message, StringComparison.Ordinal);
        Assert.Equal(Complete().OverallStatement, assessment.OverallStatement);
    }

    [Fact]
    public void Returning_needs_a_challenge_and_sending_back_needs_a_comment()
    {
        Assert.Equal("Comment", Assert.Throws<DomainException>(() => At(AssessmentStatus.Submitted).Return("  ")).Field);
        Assert.Equal("Comment", Assert.Throws<DomainException>(() => At(AssessmentStatus.WithExecutiveMember).SendBack("")).Field);
    }

    [Fact]
    public void A_submission_after_the_deadline_is_recorded_as_late()
    {
        var assessment = At(AssessmentStatus.WithExecutiveMember);

        assessment.Confirm("Executive Member", "Reviewed together on Monday.", new DateTime(2009, 11, 2, 9, 0, 0, DateTimeKind.Utc), Deadline);

        Assert.True(assessment.SubmittedLate);
        Assert.Equal("Reviewed together on Monday.", assessment.ExecutiveMemberComment);
    }

    [Fact]
    public void Rewriting_keeps_item_order_and_drops_removed_items()
    {
        var assessment = Draft();
        assessment.Write(Complete() with { Strengths = ["Second first.", "Then another.", "And a third."] });
        assessment.Write(Complete() with { Strengths = ["Only one now."] });

        Assert.Equal(["Only one now."], assessment.Content.Strengths);
        Assert.Single(assessment.Items, i => i.Section == ItemSection.Strength);
    }

    [Fact]
    public void Words_are_counted_as_a_reader_counts_them_and_lines_become_items()
    {
        Assert.Equal(4, AssessmentContent.Count("  Four   words\nin all "));
        Assert.Equal(0, AssessmentContent.Count(null));
        Assert.Equal(["One.", "Two."], AssessmentContent.Lines("One.\r\n\n  Two.  \n"));
    }

    private static void Do(SelfAssessment a, string step)
    {
        switch (step)
        {
            case "write": a.Write(Complete("A rewritten statement.")); break;
            case "send": a.SendToExecutiveMember(); break;
            case "send back": a.SendBack("Please add the budget position."); break;
            case "confirm": a.Confirm("Executive Member", null, OnTime, Deadline); break;
            case "return": a.Return("More evidence, please."); break;
            case "resubmit": a.Resubmit("Chief Officer", OnTime); break;
            case "accept": a.Accept(OnTime); break;
            default: throw new ArgumentOutOfRangeException(nameof(step));
        }
    }

    private sealed class ContentComparer : IEqualityComparer<AssessmentContent>
    {
        public bool Equals(AssessmentContent? x, AssessmentContent? y) =>
            x is not null && y is not null && x.OverallStatement == y.OverallStatement && x.TradeOffs == y.TradeOffs
            && Enum.GetValues<ItemSection>().All(s => x.Items(s).SequenceEqual(y.Items(s)));

        public int GetHashCode(AssessmentContent obj) => obj.OverallStatement.GetHashCode(StringComparison.Ordinal);
    }
}
