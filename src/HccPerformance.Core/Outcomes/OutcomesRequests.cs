using HccPerformance.Core.Common;
using FluentValidation;

namespace HccPerformance.Core.Outcomes;

/// <summary>A community outcome improvement case study as its form sends it.</summary>
public sealed record CaseStudyInput : IVersionedInput
{
    public string Title { get; set; } = "";
    public int? DepartmentId { get; set; }
    public int? ReportingPeriodId { get; set; }
    public string Outcome { get; set; } = "";
    public string Narrative { get; set; } = "";
    public Guid Version { get; set; }
}

public sealed class CaseStudyInputValidator : AbstractValidator<CaseStudyInput>
{
    public CaseStudyInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Enter the case study's title, like \"Demo: fewer missed bin collections\"")
            .MaximumLength(OutcomeLimits.Title).WithMessage($"Keep the title to {OutcomeLimits.Title} characters or fewer");
        RuleFor(x => x.DepartmentId).NotNull().WithMessage("Choose the department whose work it tells");
        RuleFor(x => x.ReportingPeriodId).NotNull().WithMessage("Choose the reporting period it belongs to");
        RuleFor(x => x.Outcome).NotEmpty().WithMessage("Say in a sentence what the outcome was for the community")
            .MaximumLength(OutcomeLimits.Outcome).WithMessage($"Keep the outcome to {OutcomeLimits.Outcome} characters or fewer");
        RuleFor(x => x.Narrative).NotEmpty().WithMessage("Tell the story: what was done and what changed")
            .MaximumLength(OutcomeLimits.Narrative).WithMessage($"Keep the narrative to {OutcomeLimits.Narrative} characters or fewer");
    }
}

/// <summary>One commitment's score on the Aalborg form; the version of the score it changes, if the year has one.</summary>
public sealed record AalborgScoreInput
{
    public decimal? Score { get; set; }
    public string? Note { get; set; }
    public Guid? Version { get; set; }
}

/// <summary>A year's ten scores, in the order of <see cref="AalborgScore.Commitments"/>, saved all together or not at all.</summary>
public sealed record AalborgInput
{
    public List<AalborgScoreInput> Scores { get; set; } = [];
}

public sealed class AalborgInputValidator : AbstractValidator<AalborgInput>
{
    public AalborgInputValidator()
    {
        RuleFor(x => x.Scores).Must(s => s.Count == AalborgScore.Commitments.Count)
            .WithMessage($"Score all {AalborgScore.Commitments.Count} commitments");
        // Each message names its commitment, so the error summary reads on its own; each sits beside its own field.
        RuleFor(x => x).Custom((input, context) =>
        {
            for (var i = 0; i < Math.Min(input.Scores.Count, AalborgScore.Commitments.Count); i++)
            {
                var item = input.Scores[i];
                var name = $"{i + 1}. {AalborgScore.Commitments[i]}";
                if (item.Score is not { } score)
                {
                    context.AddFailure($"Scores[{i}].Score", $"{name}: enter a score from 0 to 4, like 2.25");
                }
                else if (score is < 0 or > 4)
                {
                    context.AddFailure($"Scores[{i}].Score", $"{name}: the score is out of 4, so it must be from 0 to 4");
                }
                else if (decimal.Round(score, 2) != score)
                {
                    context.AddFailure($"Scores[{i}].Score", $"{name}: give the score to two decimal places at most, like 2.25");
                }

                if ((item.Note?.Length ?? 0) > OutcomeLimits.Note)
                {
                    context.AddFailure($"Scores[{i}].Note", $"{name}: keep the note to {OutcomeLimits.Note} characters or fewer");
                }
            }
        });
    }
}
