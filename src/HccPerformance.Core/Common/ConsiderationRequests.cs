using FluentValidation;

namespace HccPerformance.Core.Common;

/// <summary>A body's consideration of an issued document, as the form records it.</summary>
public sealed record ConsiderationInput
{
    public Body? Body { get; set; }
    public DateOnly? MetOn { get; set; }
    public string? Decisions { get; set; }
    public string? Notes { get; set; }
}

public sealed class ConsiderationInputValidator : AbstractValidator<ConsiderationInput>
{
    public ConsiderationInputValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("Say which body considered it");
        RuleFor(x => x.MetOn).NotNull().WithMessage("Enter the date it was considered, like 15/12/2026");
        RuleFor(x => x.Decisions).NotEmpty().WithMessage("Write what was decided, commented or resolved")
            .MaximumLength(JourneyLimits.Decisions).WithMessage($"Keep this to {JourneyLimits.Decisions} characters or fewer");
        RuleFor(x => x.Notes).MaximumLength(JourneyLimits.Notes).WithMessage($"Keep the notes to {JourneyLimits.Notes} characters or fewer");
    }
}
