using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>The self-assessment form: each list is a box with one item per line, so the form works without scripts.</summary>
public sealed record AssessmentInput : IVersionedInput
{
    public string OverallStatement { get; set; } = "";
    public string Strengths { get; set; } = "";
    public string AreasForImprovement { get; set; } = "";
    public string Risks { get; set; } = "";
    public string Actions { get; set; } = "";
    public string TradeOffs { get; set; } = "";
    public Guid? Version { get; set; }

    Guid IVersionedInput.Version { get => Version ?? Guid.Empty; set => Version = value; }

    public AssessmentContent ToContent() => new(
        OverallStatement ?? "",
        AssessmentContent.Lines(Strengths), AssessmentContent.Lines(AreasForImprovement),
        AssessmentContent.Lines(Risks), AssessmentContent.Lines(Actions),
        TradeOffs ?? "");

    public static AssessmentInput From(AssessmentContent content, Guid? version) => new()
    {
        OverallStatement = content.OverallStatement,
        Strengths = string.Join('\n', content.Strengths),
        AreasForImprovement = string.Join('\n', content.AreasForImprovement),
        Risks = string.Join('\n', content.Risks),
        Actions = string.Join('\n', content.Actions),
        TradeOffs = content.TradeOffs,
        Version = version,
    };
}

public sealed class AssessmentInputValidator : AbstractValidator<AssessmentInput>
{
    public AssessmentInputValidator()
    {
        RuleFor(x => x.OverallStatement).MaximumLength(Limits.AssessmentSectionText)
            .WithMessage($"The overall statement must be {Limits.AssessmentSectionText} characters or fewer");
        RuleFor(x => x.TradeOffs).MaximumLength(Limits.AssessmentSectionText)
            .WithMessage($"The trade-offs must be {Limits.AssessmentSectionText} characters or fewer");
        RuleFor(x => x).Custom((input, context) =>
        {
            foreach (var (field, message) in input.ToContent().BudgetProblems())
            {
                context.AddFailure(field, message);
            }
        });
    }
}

public sealed record ReviewInput : IVersionedInput
{
    public string? Comment { get; set; }
    public Guid Version { get; set; }
}

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator()
    {
        RuleFor(x => x.Comment).MaximumLength(Limits.ReviewComment)
            .WithMessage($"The comment must be {Limits.ReviewComment} characters or fewer");
    }
}
