using HccPerformance.Core.Common;
using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.UnitTests.SelfAssessments;

public sealed class AssessmentInputTests
{
    [Fact]
    public void Each_line_of_a_list_box_is_an_item_and_blank_lines_are_dropped()
    {
        var content = new AssessmentInput { Strengths = "First.\r\n\r\n  Second.  \n", Risks = "" }.ToContent();

        Assert.Equal(["First.", "Second."], content.Strengths);
        Assert.Empty(content.Risks);
    }

    [Fact]
    public void The_form_round_trips_what_was_written()
    {
        var written = SelfAssessmentWorkflowTests.Complete();

        var back = AssessmentInput.From(written, Guid.NewGuid()).ToContent();

        Assert.Equal(written.OverallStatement, back.OverallStatement);
        Assert.Equal(written.Actions, back.Actions);
        Assert.Equal(written.WordCount, back.WordCount);
    }

    [Fact]
    public void The_validator_refuses_over_the_budget_with_the_count_and_too_many_items()
    {
        var validator = new AssessmentInputValidator();
        var tooLong = new AssessmentInput { OverallStatement = string.Join(' ', Enumerable.Repeat("word", Limits.SelfAssessmentWords + 3)) };
        var tooMany = new AssessmentInput { Risks = string.Join('\n', Enumerable.Range(1, Limits.AssessmentItemsPerSection + 1).Select(i => $"Risk {i}")) };

        Assert.Contains(validator.Validate(tooLong).Errors, e => e.ErrorMessage.Contains("Take out 3", StringComparison.Ordinal));
        Assert.Contains(validator.Validate(tooMany).Errors, e => e.PropertyName == nameof(AssessmentInput.Risks));
        Assert.True(validator.Validate(new AssessmentInput { OverallStatement = "A start." }).IsValid);
    }
}
