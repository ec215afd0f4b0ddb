using HccPerformance.Core.Common;
using FluentValidation;

namespace HccPerformance.Core.Risks;

/// <summary>Lengths of the register's fields, as RegisterConfiguration sets them.</summary>
public static class RiskLimits
{
    public const int Reference = 20;
    public const int Title = 300;
    public const int Description = 2000;
    public const int Owner = 200;
    public const int Controls = 2000;
    public const int Note = 1000;
    public const int ClosedReason = 1000;
    public const int RaisedBy = 256;
    public const int Outcome = 1000;
}

/// <summary>The words of the 1 to 5 scales, on every page and in every message alike.</summary>
public static class RiskScale
{
    public const string LikelihoodMessage = "Likelihood is a whole number from 1 (rare) to 5 (almost certain)";
    public const string ImpactMessage = "Impact is a whole number from 1 (minimal) to 5 (severe)";

    public static readonly IReadOnlyList<int> Points = [1, 2, 3, 4, 5];

    public static string Likelihood(int value) => value switch
    {
        1 => "Rare",
        2 => "Unlikely",
        3 => "Possible",
        4 => "Likely",
        5 => "Almost certain",
        _ => "Not assessed",
    };

    public static string Impact(int value) => value switch
    {
        1 => "Minimal",
        2 => "Minor",
        3 => "Moderate",
        4 => "Major",
        5 => "Severe",
        _ => "Not assessed",
    };

    /// <summary>A rising score is the risk getting worse.</summary>
    public static string Trend(RiskTrend trend) => trend switch
    {
        RiskTrend.Rising => "Rising",
        RiskTrend.Falling => "Falling",
        _ => "Stable",
    };

    public static string Status(EmergingRiskStatus status) => status switch
    {
        EmergingRiskStatus.Escalated => "Escalated",
        EmergingRiskStatus.Closed => "Closed",
        _ => "Open",
    };
}

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

/// <summary>A new risk issue a Chief Officer or DMT raises. A Chief Officer's is for their own department, so they do not choose it.</summary>
public sealed record NewEmergingRiskInput
{
    public int? DepartmentId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public DateOnly? RaisedOn { get; set; }
    public string RaisedBy { get; set; } = "";
}

public sealed class NewEmergingRiskInputValidator : AbstractValidator<NewEmergingRiskInput>
{
    public NewEmergingRiskInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Say what the new risk is")
            .MaximumLength(RiskLimits.Title).WithMessage($"Keep the new risk to {RiskLimits.Title} characters or fewer");
        RuleFor(x => x.Description).MaximumLength(RiskLimits.Description).WithMessage($"Keep the description to {RiskLimits.Description} characters or fewer");
        RuleFor(x => x.RaisedOn).NotNull().WithMessage("Enter the date the risk was raised, like 30/06/2009");
        RuleFor(x => x.RaisedBy).NotEmpty().WithMessage("Say who raised it, like Chief Officer, Environment or ENV DMT")
            .MaximumLength(RiskLimits.RaisedBy).WithMessage($"Keep who raised it to {RiskLimits.RaisedBy} characters or fewer");
    }
}

public sealed record EmergingRiskUpdateInput : IVersionedInput
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public EmergingRiskStatus? Status { get; set; }
    public string? Outcome { get; set; }
    public Guid Version { get; set; }
}

public sealed class EmergingRiskUpdateInputValidator : AbstractValidator<EmergingRiskUpdateInput>
{
    public EmergingRiskUpdateInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Say what the new risk is")
            .MaximumLength(RiskLimits.Title).WithMessage($"Keep the new risk to {RiskLimits.Title} characters or fewer");
        RuleFor(x => x.Description).MaximumLength(RiskLimits.Description).WithMessage($"Keep the description to {RiskLimits.Description} characters or fewer");
        RuleFor(x => x.Status).NotNull().WithMessage("Choose Open, Escalated or Closed").IsInEnum().WithMessage("Choose Open, Escalated or Closed");
        RuleFor(x => x.Outcome).NotEmpty().When(x => x.Status is EmergingRiskStatus.Escalated or EmergingRiskStatus.Closed)
            .WithMessage("Say what became of the risk: where it went on the register, or why it is closed");
        RuleFor(x => x.Outcome).MaximumLength(RiskLimits.Outcome).WithMessage($"Keep the outcome to {RiskLimits.Outcome} characters or fewer");
    }
}
