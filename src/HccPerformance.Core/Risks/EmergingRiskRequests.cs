using HccPerformance.Core.Common;
using FluentValidation;

namespace HccPerformance.Core.Risks;

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
