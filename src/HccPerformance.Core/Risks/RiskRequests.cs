using HccPerformance.Core.Common;
using FluentValidation;

namespace HccPerformance.Core.Risks;

/// <summary>A re-scoring of a risk at a review.</summary>
public sealed record AssessInput
{
    public int? Likelihood { get; set; }
    public int? Impact { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    public string? Note { get; set; }
}

public sealed class AssessInputValidator : AbstractValidator<AssessInput>
{
    public AssessInputValidator()
    {
        RuleFor(x => x.Likelihood).NotNull().WithMessage(RiskScale.LikelihoodMessage).InclusiveBetween(1, 5).WithMessage(RiskScale.LikelihoodMessage);
        RuleFor(x => x.Impact).NotNull().WithMessage(RiskScale.ImpactMessage).InclusiveBetween(1, 5).WithMessage(RiskScale.ImpactMessage);
        RuleFor(x => x.ReviewedOn).NotNull().WithMessage("Enter the date of the review, like 30/06/2009");
        RuleFor(x => x.Note).MaximumLength(RiskLimits.Note).WithMessage($"Keep the note to {RiskLimits.Note} characters or fewer");
    }
}

/// <summary>What describes a risk: everything but its reference and its scores.</summary>
public sealed record RiskDetailsInput : IVersionedInput
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string Owner { get; set; } = "";
    public int? DepartmentId { get; set; }
    public bool IsStrategic { get; set; }
    public string? Controls { get; set; }
    public Guid Version { get; set; }
}

public sealed class RiskDetailsInputValidator : AbstractValidator<RiskDetailsInput>
{
    public RiskDetailsInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Enter the risk's title")
            .MaximumLength(RiskLimits.Title).WithMessage($"Keep the title to {RiskLimits.Title} characters or fewer");
        RuleFor(x => x.Description).MaximumLength(RiskLimits.Description).WithMessage($"Keep the description to {RiskLimits.Description} characters or fewer");
        RuleFor(x => x.Owner).NotEmpty().WithMessage("Enter who owns the risk, like Director of Environment")
            .MaximumLength(RiskLimits.Owner).WithMessage($"Keep the owner to {RiskLimits.Owner} characters or fewer");
        RuleFor(x => x.Controls).MaximumLength(RiskLimits.Controls).WithMessage($"Keep the controls to {RiskLimits.Controls} characters or fewer");
    }
}

/// <summary>A risk added to the register, with its first assessment.</summary>
public sealed record NewRiskInput
{
    public string Reference { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string Owner { get; set; } = "";
    public int? DepartmentId { get; set; }
    public bool IsStrategic { get; set; }
    public int? Likelihood { get; set; }
    public int? Impact { get; set; }
    public string? Controls { get; set; }
}

public sealed class NewRiskInputValidator : AbstractValidator<NewRiskInput>
{
    public NewRiskInputValidator()
    {
        RuleFor(x => x.Reference).NotEmpty().WithMessage("Enter the risk's reference, like CR 15")
            .MaximumLength(RiskLimits.Reference).WithMessage($"Keep the reference to {RiskLimits.Reference} characters or fewer");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Enter the risk's title")
            .MaximumLength(RiskLimits.Title).WithMessage($"Keep the title to {RiskLimits.Title} characters or fewer");
        RuleFor(x => x.Description).MaximumLength(RiskLimits.Description).WithMessage($"Keep the description to {RiskLimits.Description} characters or fewer");
        RuleFor(x => x.Owner).NotEmpty().WithMessage("Enter who owns the risk, like Director of Environment")
            .MaximumLength(RiskLimits.Owner).WithMessage($"Keep the owner to {RiskLimits.Owner} characters or fewer");
        RuleFor(x => x.Likelihood).NotNull().WithMessage(RiskScale.LikelihoodMessage).InclusiveBetween(1, 5).WithMessage(RiskScale.LikelihoodMessage);
        RuleFor(x => x.Impact).NotNull().WithMessage(RiskScale.ImpactMessage).InclusiveBetween(1, 5).WithMessage(RiskScale.ImpactMessage);
        RuleFor(x => x.Controls).MaximumLength(RiskLimits.Controls).WithMessage($"Keep the controls to {RiskLimits.Controls} characters or fewer");
    }
}

public sealed record CloseRiskInput
{
    public string Reason { get; set; } = "";
}

public sealed class CloseRiskInputValidator : AbstractValidator<CloseRiskInput>
{
    public CloseRiskInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the risk is closed")
            .MaximumLength(RiskLimits.ClosedReason).WithMessage($"Keep the reason to {RiskLimits.ClosedReason} characters or fewer");
    }
}
