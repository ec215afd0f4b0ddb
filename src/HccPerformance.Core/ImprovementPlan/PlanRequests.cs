using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

public sealed record ProgressInput
{
    public Rag? Rag { get; set; }
    public string? Commentary { get; set; }
}

public sealed class ProgressInputValidator : AbstractValidator<ProgressInput>
{
    public ProgressInputValidator()
    {
        RuleFor(x => x.Rag).NotNull().WithMessage("Choose Red, Amber or Green").NotEqual(Rag.NoData).WithMessage("Choose Red, Amber or Green");
        RuleFor(x => x.Commentary).NotEmpty().When(x => x.Rag is Rag.Red or Rag.Amber)
            .WithMessage("Say why the area is Red or Amber: what is wrong and what is being done");
        RuleFor(x => x.Commentary).MaximumLength(PlanLimits.Commentary).WithMessage($"Keep the commentary to {PlanLimits.Commentary} characters or fewer");
    }
}

public sealed record AccountabilityInput : IVersionedInput
{
    public int? AccountableDepartmentId { get; set; }
    public List<int> OtherDepartmentIds { get; set; } = [];
    public List<CrossCuttingTags> Tags { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed record TargetInput
{
    public string Measure { get; set; } = "";
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? TargetValue { get; set; }
    public DateOnly? TargetDate { get; set; }
    public bool HigherIsBetter { get; set; } = true;
}

public sealed class TargetInputValidator : AbstractValidator<TargetInput>
{
    public TargetInputValidator()
    {
        RuleFor(x => x.Measure).NotEmpty().WithMessage("Say what is measured, like \"Adults referred for safeguarding\"")
            .MaximumLength(PlanLimits.ShortText).WithMessage($"Keep the measure to {PlanLimits.ShortText} characters or fewer");
        RuleFor(x => x.TargetValue).NotNull().WithMessage("Enter the target value as a number, like 75 or 12.5");
        RuleFor(x => x.TargetDate).NotNull().WithMessage("Enter the date the target is due, like 31/03/2010");
        RuleFor(x => x.Unit).MaximumLength(50).WithMessage("Keep the unit to 50 characters or fewer");
    }
}

public sealed record MilestoneInput
{
    public string Title { get; set; } = "";
    public DateOnly? DueDate { get; set; }
}

public sealed class MilestoneInputValidator : AbstractValidator<MilestoneInput>
{
    public MilestoneInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Say what the milestone is")
            .MaximumLength(PlanLimits.ShortText).WithMessage($"Keep the milestone to {PlanLimits.ShortText} characters or fewer");
        RuleFor(x => x.DueDate).NotNull().WithMessage("Enter the date the milestone is due, like 30/09/2009");
    }
}

public sealed record NewAreaInput
{
    public int? ThemeNumber { get; set; }
    public string ShortName { get; set; } = "";
    public string Description { get; set; } = "";
    public string Reason { get; set; } = "";

    /// <summary>Where the area came from, when it is proposed from a record (<see cref="AreaOriginSources"/>); null for none.</summary>
    public AreaOriginKind? OriginKind { get; set; }
    public int? OriginId { get; set; }

    /// <summary>Why it matters locally, for an area of local importance.</summary>
    public string? OriginReason { get; set; }
}

public sealed class NewAreaInputValidator : AbstractValidator<NewAreaInput>
{
    public NewAreaInputValidator()
    {
        RuleFor(x => x.ThemeNumber).NotNull().WithMessage("Choose the theme the area belongs to");
        RuleFor(x => x.ShortName).NotEmpty().WithMessage("Give the area a short name, like \"Road safety\"")
            .MaximumLength(PlanLimits.ShortName).WithMessage($"Keep the short name to {PlanLimits.ShortName} characters or fewer");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Describe what the council will improve")
            .MaximumLength(PlanLimits.Description).WithMessage($"Keep the description to {PlanLimits.Description} characters or fewer");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the area is added: the reason is kept with the plan")
            .MaximumLength(PlanLimits.Reason).WithMessage($"Keep the reason to {PlanLimits.Reason} characters or fewer");
        RuleFor(x => x.OriginKind).IsInEnum().WithMessage("Choose where the area came from");
        RuleFor(x => x.OriginId).NotNull().When(x => x.OriginKind is { } k && k != AreaOriginKind.LocalImportance)
            .WithMessage("Choose the record the area emerged from");
        RuleFor(x => x.OriginReason).NotEmpty().When(x => x.OriginKind == AreaOriginKind.LocalImportance)
            .WithMessage("Say why the area matters locally: the reason is kept with it")
            .MaximumLength(AreaLinkLimits.Reason).WithMessage($"Keep the reason to {AreaLinkLimits.Reason} characters or fewer");
    }
}

public sealed record RewordInput : IVersionedInput
{
    public string ShortName { get; set; } = "";
    public string Description { get; set; } = "";
    public string Reason { get; set; } = "";
    public Guid Version { get; set; }
}

public sealed class RewordInputValidator : AbstractValidator<RewordInput>
{
    public RewordInputValidator()
    {
        RuleFor(x => x.ShortName).NotEmpty().WithMessage("Give the area a short name")
            .MaximumLength(PlanLimits.ShortName).WithMessage($"Keep the short name to {PlanLimits.ShortName} characters or fewer");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Describe what the council will improve")
            .MaximumLength(PlanLimits.Description).WithMessage($"Keep the description to {PlanLimits.Description} characters or fewer");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the area is reworded: the reason is kept with the plan")
            .MaximumLength(PlanLimits.Reason).WithMessage($"Keep the reason to {PlanLimits.Reason} characters or fewer");
    }
}

public sealed record RetireInput : IVersionedInput
{
    public string Reason { get; set; } = "";
    public Guid Version { get; set; }
}

public sealed class RetireInputValidator : AbstractValidator<RetireInput>
{
    public RetireInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the area is retired: the reason is kept with the plan")
            .MaximumLength(PlanLimits.Reason).WithMessage($"Keep the reason to {PlanLimits.Reason} characters or fewer");
    }
}

public sealed record TargetValueInput
{
    public int TargetId { get; set; }
    public decimal? Value { get; set; }
    public DateOnly? On { get; set; }
}

public sealed class TargetValueInputValidator : AbstractValidator<TargetValueInput>
{
    public TargetValueInputValidator()
    {
        RuleFor(x => x.Value).NotNull().WithMessage("Enter the latest value as a number, like 46.5");
        RuleFor(x => x.On).NotNull().WithMessage("Enter the date the value is for, like 31/03/2010");
    }
}
