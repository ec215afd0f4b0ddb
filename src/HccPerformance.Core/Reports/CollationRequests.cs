using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Reports;

/// <summary>The overview form: the texts, a challenge per department (by id), and the accepted themes' words (by theme id; a cleared title takes the theme out).</summary>
public sealed record OverviewInput : IVersionedInput
{
    public string? KeyIssues { get; set; }
    public string? CrossCuttingIssues { get; set; }
    public Dictionary<int, string?> Challenges { get; set; } = [];
    public Dictionary<int, string?> ThemeTitles { get; set; } = [];
    public Dictionary<int, string?> ThemeTexts { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>A comment on an item (or, with no item, on the assessment as a whole).</summary>
public sealed record AnnotationInput : IVersionedInput
{
    public int? ItemId { get; set; }
    public string? Text { get; set; }
    public Guid Version { get; set; }
}

public sealed class AnnotationInputValidator : AbstractValidator<AnnotationInput>
{
    public AnnotationInputValidator() =>
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write the comment")
            .Must(t => t is null || t.Trim().Length <= ReportLimits.Annotation)
            .WithMessage(x => $"Keep the comment to {ReportLimits.Annotation:N0} characters or fewer (it has {x.Text!.Trim().Length:N0})");
}

/// <summary>Accepting a candidate theme, or keeping an area of concern, in the Head of Improvement's words.</summary>
public sealed record DecisionInput
{
    public string? Key { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
}
