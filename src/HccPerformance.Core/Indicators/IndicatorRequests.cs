using HccPerformance.Core.Common;
using FluentValidation;

namespace HccPerformance.Core.Indicators;

/// <summary>A result typed in on the indicator's page: a new one (no version) or a correction of the one with that version.</summary>
public sealed record ResultInput : IVersionedInput
{
    public string? Period { get; set; }
    public decimal? Value { get; set; }
    public string? Note { get; set; }
    public DataQuality? Quality { get; set; }
    public Guid? Version { get; set; }

    Guid IVersionedInput.Version { get => Version ?? Guid.Empty; set => Version = value; }
}

public sealed class ResultInputValidator : AbstractValidator<ResultInput>
{
    public ResultInputValidator()
    {
        RuleFor(x => x.Period).NotEmpty().WithMessage("Choose the period the result is for");
        RuleFor(x => x.Value).NotNull().WithMessage("Enter the result as a number, like 42 or 12.5");
        RuleFor(x => x.Quality).NotNull().WithMessage("Say whether the figure is confirmed, estimated or in doubt");
        RuleFor(x => x.Note).MaximumLength(IndicatorLimits.Note).WithMessage($"Keep the note to {IndicatorLimits.Note} characters or fewer");
        RuleFor(x => x.Note).NotEmpty().When(x => x.Quality == DataQuality.InDoubt)
            .WithMessage("Say why the figure is in doubt, so readers know what to make of it");
    }
}

public sealed record TargetInput : IVersionedInput
{
    public int? FinancialYear { get; set; }
    public decimal? Value { get; set; }
    public bool IsStretch { get; set; }
    public Guid Version { get; set; }
}

public sealed class TargetInputValidator : AbstractValidator<TargetInput>
{
    public TargetInputValidator()
    {
        RuleFor(x => x.FinancialYear).NotNull().WithMessage("Choose the financial year the target is for")
            .InclusiveBetween(2000, 2100).WithMessage("Choose a financial year between 2000/01 and 2100/01");
    }
}

/// <summary>What an indicator is, as the Performance Team keeps it.</summary>
public sealed record DefinitionInput : IVersionedInput
{
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Theme { get; set; }
    public string? Unit { get; set; }
    public Polarity? Polarity { get; set; }
    public Frequency? Frequency { get; set; }
    public IndicatorSource? Source { get; set; }
    public int? DepartmentId { get; set; }
    public string? ServiceManagerId { get; set; }
    public string? DefinitionNotes { get; set; }
    public decimal? AmberTolerancePercent { get; set; }
    public Guid Version { get; set; }
}

public sealed class DefinitionInputValidator : AbstractValidator<DefinitionInput>
{
    public DefinitionInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the indicator's code, like NI 192 or LPI 12")
            .MaximumLength(20).WithMessage("Keep the code to 20 characters or fewer");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Enter the indicator's title")
            .MaximumLength(300).WithMessage("Keep the title to 300 characters or fewer");
        RuleFor(x => x.Theme).MaximumLength(100).WithMessage("Keep the theme to 100 characters or fewer");
        RuleFor(x => x.Unit).MaximumLength(50).WithMessage("Keep the unit to 50 characters or fewer");
        RuleFor(x => x.Frequency).NotNull().WithMessage("Choose how often results come: monthly, quarterly or annually");
        RuleFor(x => x.DefinitionNotes).MaximumLength(2000).WithMessage("Keep the definition notes to 2000 characters or fewer");
        RuleFor(x => x.AmberTolerancePercent).InclusiveBetween(0, 100)
            .WithMessage("The amber tolerance is a percentage of the target, from 0 to 100");
    }
}

public sealed record MemberInput
{
    public string? IndicatorCode { get; set; }
    public decimal? Weight { get; set; } = 1;
}

public sealed class MemberInputValidator : AbstractValidator<MemberInput>
{
    public MemberInputValidator()
    {
        RuleFor(x => x.IndicatorCode).NotEmpty().WithMessage("Enter the code of the indicator to add, like NI 192");
        RuleFor(x => x.Weight).NotNull().WithMessage("Enter the indicator's weight on this scorecard, like 1 or 2.5")
            .GreaterThan(0).WithMessage("The weight must be more than 0").LessThanOrEqualTo(100).WithMessage("Keep the weight to 100 or less");
    }
}

public sealed record ScorecardSettingsInput : IVersionedInput
{
    public decimal? Weight { get; set; }
    public decimal? DefaultTolerancePercent { get; set; }
    public Guid Version { get; set; }
}

public sealed class ScorecardSettingsInputValidator : AbstractValidator<ScorecardSettingsInput>
{
    public ScorecardSettingsInputValidator()
    {
        RuleFor(x => x.Weight).NotNull().WithMessage("Enter the scorecard's weight on the dashboard, like 3")
            .GreaterThan(0).WithMessage("The weight must be more than 0").LessThanOrEqualTo(100).WithMessage("Keep the weight to 100 or less");
        RuleFor(x => x.DefaultTolerancePercent).NotNull().WithMessage("Enter the default amber tolerance, like 5")
            .InclusiveBetween(0, 100).WithMessage("The amber tolerance is a percentage of the target, from 0 to 100");
    }
}
