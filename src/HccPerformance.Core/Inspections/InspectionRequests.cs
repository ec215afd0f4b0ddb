using HccPerformance.Core.Common;
using FluentValidation;

namespace HccPerformance.Core.Inspections;

/// <summary>An inspection as the Performance Team records it: who inspected, what, for which department, and when it reported.</summary>
public sealed record InspectionInput : IVersionedInput
{
    public string Body { get; set; } = "";
    public string Service { get; set; } = "";
    public int? DepartmentId { get; set; }
    public DateOnly? ReportedOn { get; set; }

    /// <summary>The judgement or rating as the inspectorate words it (issue 18).</summary>
    public string? Judgement { get; set; }
    public bool IsStrategic { get; set; }

    /// <summary>The forward programme's entry this inspection is the happening of, when recorded from the programme.</summary>
    public int? ExpectedInspectionId { get; set; }
    public Guid Version { get; set; }
}

public sealed class InspectionInputValidator : AbstractValidator<InspectionInput>
{
    public InspectionInputValidator()
    {
        RuleFor(x => x.Body).NotEmpty().WithMessage("Enter the inspecting body, like Ofsted or the Audit Commission")
            .MaximumLength(InspectionLimits.Body).WithMessage($"Keep the inspecting body to {InspectionLimits.Body} characters or fewer");
        RuleFor(x => x.Service).NotEmpty().WithMessage("Enter the service inspected, like Children's social care")
            .MaximumLength(InspectionLimits.Service).WithMessage($"Keep the service to {InspectionLimits.Service} characters or fewer");
        RuleFor(x => x.ReportedOn).NotNull().WithMessage("Enter the date the inspection reported, like 14/11/2008");
        RuleFor(x => x.Judgement).MaximumLength(InspectionLimits.Judgement)
            .WithMessage($"Keep the judgement or rating to {InspectionLimits.Judgement} characters or fewer, as the inspectorate words it");
    }
}

/// <summary>A recommendation of an inspection, added by the Performance Team.</summary>
public sealed record RecommendationInput
{
    public string Text { get; set; } = "";
    public string Owner { get; set; } = "";
    public int? DepartmentId { get; set; }
    public DateOnly? DueOn { get; set; }
}

public sealed class RecommendationInputValidator : AbstractValidator<RecommendationInput>
{
    public RecommendationInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Enter the recommendation as the report words it")
            .MaximumLength(InspectionLimits.Text).WithMessage($"Keep the recommendation to {InspectionLimits.Text} characters or fewer");
        RuleFor(x => x.Owner).NotEmpty().WithMessage("Enter who owns the recommendation, by role, like Head of Highways")
            .MaximumLength(InspectionLimits.Owner).WithMessage($"Keep the owner to {InspectionLimits.Owner} characters or fewer");
        RuleFor(x => x.DepartmentId).NotNull().WithMessage("Choose the department that answers for the recommendation");
        RuleFor(x => x.DueOn).NotNull().WithMessage("Enter the date the recommendation is due, like 31/03/2010");
    }
}

/// <summary>A new due date for a recommendation (the Performance Team), against the version the form was read with.</summary>
public sealed record RescheduleInput : IVersionedInput
{
    public DateOnly? DueOn { get; set; }
    public Guid Version { get; set; }
}

public sealed class RescheduleInputValidator : AbstractValidator<RescheduleInput>
{
    public RescheduleInputValidator()
    {
        RuleFor(x => x.DueOn).NotNull().WithMessage("Enter the new due date, like 31/03/2010");
    }
}

/// <summary>Progress on a recommendation: its status and the evidence for it (needed for Complete).</summary>
public sealed record RecommendationProgressInput : IVersionedInput
{
    public RecommendationStatus? Status { get; set; }
    public string? Evidence { get; set; }
    public Guid Version { get; set; }
}

public sealed class RecommendationProgressInputValidator : AbstractValidator<RecommendationProgressInput>
{
    public RecommendationProgressInputValidator()
    {
        RuleFor(x => x.Status).NotNull().WithMessage("Choose Not started, In progress or Complete")
            .IsInEnum().WithMessage("Choose Not started, In progress or Complete");
        RuleFor(x => x.Evidence).NotEmpty().When(x => x.Status == RecommendationStatus.Complete)
            .WithMessage("Give the evidence that the recommendation is complete");
        RuleFor(x => x.Evidence).MaximumLength(InspectionLimits.Evidence)
            .WithMessage($"Keep the evidence to {InspectionLimits.Evidence} characters or fewer");
    }
}
