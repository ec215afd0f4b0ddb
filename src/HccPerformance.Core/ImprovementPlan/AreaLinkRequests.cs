using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

public sealed record ImpactAssessmentInput : IVersionedInput
{
    public string ExpectedImpact { get; set; } = "";
    public string OnWhom { get; set; } = "";
    public string EqualityConsiderations { get; set; } = "";
    public string HowMeasured { get; set; } = "";

    /// <summary>The assessment's version as read; empty when there was none yet.</summary>
    public Guid Version { get; set; }
}

public sealed class ImpactAssessmentInputValidator : AbstractValidator<ImpactAssessmentInput>
{
    public ImpactAssessmentInputValidator()
    {
        RuleFor(x => x.ExpectedImpact).NotEmpty().WithMessage("Say what impact the implementation plan is expected to have")
            .MaximumLength(AreaLinkLimits.Assessment).WithMessage($"Keep the expected impact to {AreaLinkLimits.Assessment} characters or fewer");
        RuleFor(x => x.OnWhom).NotEmpty().WithMessage("Say on whom: which residents, service users or staff")
            .MaximumLength(AreaLinkLimits.Assessment).WithMessage($"Keep who is affected to {AreaLinkLimits.Assessment} characters or fewer");
        RuleFor(x => x.EqualityConsiderations).NotEmpty().WithMessage("Say what the equality considerations are, or that none were found and why")
            .MaximumLength(AreaLinkLimits.Assessment).WithMessage($"Keep the equality considerations to {AreaLinkLimits.Assessment} characters or fewer");
        RuleFor(x => x.HowMeasured).NotEmpty().WithMessage("Say how the impact will be measured")
            .MaximumLength(AreaLinkLimits.Assessment).WithMessage($"Keep how it will be measured to {AreaLinkLimits.Assessment} characters or fewer");
    }
}

public sealed record ServicePlanLinkInput
{
    public int? DepartmentId { get; set; }
    public string Name { get; set; } = "";
    public string Reference { get; set; } = "";
}

public sealed class ServicePlanLinkInputValidator : AbstractValidator<ServicePlanLinkInput>
{
    public ServicePlanLinkInputValidator()
    {
        RuleFor(x => x.DepartmentId).NotNull().WithMessage("Choose the department whose service plan it is");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the service plan, like \"Adult Services service plan 2009/10\"")
            .MaximumLength(AreaLinkLimits.ServicePlanName).WithMessage($"Keep the name to {AreaLinkLimits.ServicePlanName} characters or fewer");
        RuleFor(x => x.Reference).NotEmpty().WithMessage("Give a web address or a reference to where the service plan is kept")
            .MaximumLength(AreaLinkLimits.ServicePlanReference).WithMessage($"Keep the reference to {AreaLinkLimits.ServicePlanReference} characters or fewer")
            .Must(r => !ServicePlanLink.LooksLikeAddress(r) || ServicePlanLink.AsUrl(r) is not null)
            .WithMessage("Enter a web address starting https:// (or http://), or a reference like \"Service plan 2009/10, section 4\"");
    }
}
