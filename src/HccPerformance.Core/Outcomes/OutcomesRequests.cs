using HccPerformance.Core.Common;
using FluentValidation;

namespace HccPerformance.Core.Outcomes;

/// <summary>As long as the database holds (RegisterConfiguration).</summary>
public static class OutcomeLimits
{
    public const int Title = 300;
    public const int Outcome = 500;
    public const int Narrative = 4000;
    public const int Note = 1000;

    /// <summary>HCC signed the Aalborg Commitments in June 2004: no year before 2004/05 has a score.</summary>
    public const int FirstAalborgYear = 2004;
}

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

public sealed record CaseStudyFilter(int? DepartmentId = null, int? ReportingPeriodId = null);

public sealed record CaseStudyRow(int Id, string Title, int DepartmentId, string Department, int ReportingPeriodId, string Period, string Outcome);

public sealed record CaseStudyView(
    int Id, string Title, int DepartmentId, string Department, int ReportingPeriodId, string Period, string Outcome, string Narrative,
    string CreatedBy, DateTime CreatedUtc, string? ModifiedBy, DateTime? ModifiedUtc, Guid Version);

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

/// <summary>One commitment's score for a year, beside the previous year's.</summary>
public sealed record AalborgRow(int Commitment, string Name, decimal? Score, decimal? Previous, string? Note)
{
    public decimal? Change => Score is { } s && Previous is { } p ? s - p : null;
}

/// <summary>
/// A year's Aalborg scorecard: the ten commitments' scores out of 4, the overall score (their mean, to two decimals) and the
/// change from the previous year. <see cref="Year"/> is null when nothing is scored yet.
/// </summary>
public sealed record AalborgView(int? Year, IReadOnlyList<int> Years, IReadOnlyList<AalborgRow> Rows, decimal? Overall, decimal? PreviousOverall)
{
    public bool IsScored => Rows.Any(r => r.Score is not null);

    public decimal? OverallChange => Overall is { } o && PreviousOverall is { } p ? o - p : null;
}

/// <summary>The Aalborg form's starting point for a year: what is held now, with versions.</summary>
public sealed record AalborgYearForm(int Year, bool IsNew, AalborgInput Input);
