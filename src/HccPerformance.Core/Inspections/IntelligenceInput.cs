using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Inspections;

/// <summary>A piece of intelligence from an inspectorate as the Performance Team records it.</summary>
public sealed record IntelligenceInput : IVersionedInput
{
    public string Source { get; set; } = "";
    public DateOnly? ReceivedOn { get; set; }
    public string Summary { get; set; } = "";
    public int? DepartmentId { get; set; }
    public string? DocumentReference { get; set; }
    public Guid Version { get; set; }
}

public sealed class IntelligenceInputValidator : AbstractValidator<IntelligenceInput>
{
    public IntelligenceInputValidator()
    {
        RuleFor(x => x.Source).NotEmpty().WithMessage("Enter where it came from, like Ofsted annual performance assessment letter")
            .MaximumLength(InspectionLimits.Source).WithMessage($"Keep the source to {InspectionLimits.Source} characters or fewer");
        RuleFor(x => x.ReceivedOn).NotNull().WithMessage("Enter the date of the letter or feedback, like 14/11/2008");
        RuleFor(x => x.Summary).NotEmpty().WithMessage("Summarise what it says")
            .MaximumLength(InspectionLimits.Summary).WithMessage($"Keep the summary to {InspectionLimits.Summary} characters or fewer");
        RuleFor(x => x.DocumentReference).MaximumLength(InspectionLimits.DocumentReference)
            .WithMessage($"Keep the document reference to {InspectionLimits.DocumentReference} characters or fewer");
    }
}
