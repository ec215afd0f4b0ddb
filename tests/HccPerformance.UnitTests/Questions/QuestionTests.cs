using HccPerformance.Core.Common;
using HccPerformance.Core.Questions;

namespace HccPerformance.UnitTests.Questions;

/// <summary>A question's one answer, and its age in words.</summary>
public sealed class QuestionTests
{
    private static readonly DateTime Asked = new(2026, 11, 27, 15, 0, 0, DateTimeKind.Utc);

    private static Question OnASection() =>
        Question.OnReport(1, 0, "Adult Services", 7, QuestionKind.Question, "  How many are waiting?  ", "cabinet-id", "Cabinet member", Body.Cabinet, Asked);

    [Fact]
    public void A_question_on_the_overview_has_no_department_so_the_Head_of_Improvement_answers_it()
    {
        var q = Question.OnReport(1, null, "ignored", 7, QuestionKind.Challenge, "Ambitious enough?", "leader-id", "Leader", Body.Cabinet, Asked);

        Assert.Null(q.DepartmentId);
        Assert.Equal(Question.OverviewTitle, q.SectionTitle);
    }

    [Fact]
    public void A_department_section_needs_its_department() =>
        Assert.Throws<DomainException>(() =>
            Question.OnReport(1, 2, "Gone", null, QuestionKind.Question, "Why?", "id", "Name", null, Asked));

    [Fact]
    public void The_words_are_kept_trimmed_and_the_answer_is_recorded_with_who_and_when()
    {
        var q = OnASection();
        Assert.Equal("How many are waiting?", q.Text);
        Assert.False(q.IsAnswered);

        q.AnswerWith("  Forty-two.  ", "chief-id", "Chief Officer", Asked.AddDays(2));

        Assert.True(q.IsAnswered);
        Assert.Equal("Forty-two.", q.Answer);
        Assert.Equal("Chief Officer", q.AnsweredByName);
        Assert.Equal(Asked.AddDays(2), q.AnsweredUtc);
    }

    [Fact]
    public void The_answerer_may_reword_their_answer_but_nobody_else_may_answer_again()
    {
        var q = OnASection();
        q.AnswerWith("Forty-two.", "chief-id", "Chief Officer", Asked.AddDays(2));
        q.AnswerWith("Forty-two, down from sixty.", "chief-id", "Chief Officer", Asked.AddDays(3));
        Assert.Equal("Forty-two, down from sixty.", q.Answer);

        var refused = Assert.Throws<DomainException>(() => q.AnswerWith("Forty.", "other-id", "Someone else", Asked.AddDays(4)));
        Assert.Equal("Chief Officer has already answered this question.", refused.Message);
        Assert.Equal("Forty-two, down from sixty.", q.Answer);
    }

    [Fact]
    public void An_empty_answer_is_refused_beside_the_answer() =>
        Assert.Equal(nameof(Question.Answer), Assert.Throws<DomainException>(() => OnASection().AnswerWith("  ", "chief-id", "Chief Officer", Asked)).Field);

    [Theory]
    [InlineData(0, "today")]
    [InlineData(1, "yesterday")]
    [InlineData(9, "9 days ago")]
    public void Its_age_is_said_in_words_by_calendar_day(int days, string words) =>
        Assert.Equal(words, Question.Ago(Asked, Asked.Date.AddDays(days).AddHours(9)));

    [Fact]
    public void The_input_is_refused_when_empty_or_over_its_limit()
    {
        var validator = new AskInputValidator();
        Assert.False(validator.Validate(new AskInput { Kind = QuestionKind.Question, Text = "" }).IsValid);
        Assert.False(validator.Validate(new AskInput { Kind = QuestionKind.Question, Text = new string('x', QuestionLimits.Text + 1) }).IsValid);
        Assert.False(validator.Validate(new AskInput { Kind = null, Text = "Why?" }).IsValid);
        Assert.False(validator.Validate(new AskInput { Kind = (QuestionKind)9, Text = "Why?" }).IsValid);
        Assert.True(validator.Validate(new AskInput { Kind = QuestionKind.Challenge, Text = new string('x', QuestionLimits.Text) }).IsValid);
    }
}
