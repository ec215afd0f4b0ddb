using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Questions;

/// <summary>A question or challenge on a report's section (the overview when <see cref="Section"/> is empty) or a self-assessment.</summary>
public sealed record AskInput
{
    public QuestionKind? Kind { get; set; }

    /// <summary>The department section's place in the report; empty for the overview (and for a self-assessment).</summary>
    public int? Section { get; set; }

    public string? Text { get; set; }
}

public sealed class AskInputValidator : AbstractValidator<AskInput>
{
    public AskInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Say whether this is a question or a challenge")
            .IsInEnum().WithMessage("Say whether this is a question or a challenge");
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write your question or challenge")
            .MaximumLength(QuestionLimits.Text).WithMessage($"Keep it to {QuestionLimits.Text:N0} characters or fewer");
    }
}

/// <summary>The answer, with the version of the question it was written against.</summary>
public sealed record AnswerInput : IVersionedInput
{
    public string? Answer { get; set; }
    public Guid Version { get; set; }
}

public sealed class AnswerInputValidator : AbstractValidator<AnswerInput>
{
    public AnswerInputValidator()
    {
        RuleFor(x => x.Answer).NotEmpty().WithMessage("Write the answer")
            .MaximumLength(QuestionLimits.Answer).WithMessage($"Keep the answer to {QuestionLimits.Answer:N0} characters or fewer");
    }
}
