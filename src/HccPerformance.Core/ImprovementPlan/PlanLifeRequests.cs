using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>CMT's agreement to a draft plan, as a CMT member records it after the meeting.</summary>
public sealed record CmtAgreementInput : IVersionedInput
{
    public DateOnly? MetOn { get; set; }
    public string Decision { get; set; } = "";
    public Guid Version { get; set; }
}

public sealed class CmtAgreementInputValidator : AbstractValidator<CmtAgreementInput>
{
    public CmtAgreementInputValidator()
    {
        RuleFor(x => x.MetOn).NotNull().WithMessage("Enter the date CMT met, like 10/02/2026");
        RuleFor(x => x.Decision).NotEmpty().WithMessage("Write what CMT decided, like \"Agreed the plan for Cabinet\"")
            .MaximumLength(PlanLifeLimits.Notes).WithMessage($"Keep the decision to {PlanLifeLimits.Notes} characters or fewer");
    }
}

/// <summary>Cabinet's endorsement (seed 6.4), as the Leader or a Cabinet member records it.</summary>
public sealed record EndorsementInput : IVersionedInput
{
    public DateOnly? MetOn { get; set; }
    public string Resolution { get; set; } = "";
    public string? FurtherAreas { get; set; }
    public Guid Version { get; set; }
}

public sealed class EndorsementInputValidator : AbstractValidator<EndorsementInput>
{
    public EndorsementInputValidator()
    {
        RuleFor(x => x.MetOn).NotNull().WithMessage("Enter the date Cabinet met, like 03/03/2026");
        RuleFor(x => x.Resolution).NotEmpty().WithMessage("Write Cabinet's resolution")
            .MaximumLength(PlanLifeLimits.Notes).WithMessage($"Keep the resolution to {PlanLifeLimits.Notes} characters or fewer");
        RuleFor(x => x.FurtherAreas).MaximumLength(PlanLifeLimits.Notes).WithMessage($"Keep the further areas to {PlanLifeLimits.Notes} characters or fewer");
    }
}

/// <summary>The Head of Improvement's record that the plan was finalised with the Leader and Chief Executive (seed 6.4).</summary>
public sealed record FinalisedInput : IVersionedInput
{
    public DateOnly? MetOn { get; set; }
    public bool LeaderAgreed { get; set; }
    public bool ChiefExecutiveAgreed { get; set; }
    public string? Notes { get; set; }
    public Guid Version { get; set; }
}

public sealed class FinalisedInputValidator : AbstractValidator<FinalisedInput>
{
    public FinalisedInputValidator()
    {
        RuleFor(x => x.MetOn).NotNull().WithMessage("Enter the date the plan was finalised, like 17/03/2026");
        RuleFor(x => x.LeaderAgreed).Equal(true).WithMessage("Confirm the Leader agreed the final plan");
        RuleFor(x => x.ChiefExecutiveAgreed).Equal(true).WithMessage("Confirm the Chief Executive agreed the final plan");
        RuleFor(x => x.Notes).MaximumLength(PlanLifeLimits.Notes).WithMessage($"Keep the notes to {PlanLifeLimits.Notes} characters or fewer");
    }
}

/// <summary>The day a finalised plan goes live.</summary>
public sealed record GoLiveInput : IVersionedInput
{
    public DateOnly? MetOn { get; set; }
    public Guid Version { get; set; }
}

public sealed class GoLiveInputValidator : AbstractValidator<GoLiveInput>
{
    public GoLiveInputValidator() =>
        RuleFor(x => x.MetOn).NotNull().WithMessage("Enter the date the plan goes live, like 01/04/2026");
}

public sealed record PlanCommentInput
{
    public string Text { get; set; } = "";
}

public sealed class PlanCommentInputValidator : AbstractValidator<PlanCommentInput>
{
    public PlanCommentInputValidator() =>
        RuleFor(x => x.Text).NotEmpty().WithMessage("Write your comment on the draft")
            .MaximumLength(PlanLifeLimits.Comment).WithMessage($"Keep the comment to {PlanLifeLimits.Comment} characters or fewer");
}

/// <summary>A change the Head of Improvement proposes to a live plan's areas, for CMT to agree.</summary>
public sealed record ProposalInput
{
    public ProposalKind? Kind { get; set; }
    public int? AreaId { get; set; }
    public int? ThemeNumber { get; set; }
    public string? ShortName { get; set; }
    public string? Description { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class ProposalInputValidator : AbstractValidator<ProposalInput>
{
    public ProposalInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose add, reword or retire");
        RuleFor(x => x.AreaId).NotNull().When(x => x.Kind is ProposalKind.Reword or ProposalKind.Retire)
            .WithMessage("Choose the area to reword or retire");
        RuleFor(x => x.ThemeNumber).NotNull().When(x => x.Kind == ProposalKind.Add).WithMessage("Choose the theme the new area belongs to");
        RuleFor(x => x.ShortName).NotEmpty().When(x => x.Kind is ProposalKind.Add or ProposalKind.Reword)
            .WithMessage("Give the area's short name, like \"Road safety\"")
            .MaximumLength(PlanLimits.ShortName).WithMessage($"Keep the short name to {PlanLimits.ShortName} characters or fewer");
        RuleFor(x => x.Description).NotEmpty().When(x => x.Kind is ProposalKind.Add or ProposalKind.Reword)
            .WithMessage("Describe what the council will improve")
            .MaximumLength(PlanLimits.Description).WithMessage($"Keep the description to {PlanLimits.Description} characters or fewer");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why: the reason is kept with the plan")
            .MaximumLength(PlanLimits.Reason).WithMessage($"Keep the reason to {PlanLimits.Reason} characters or fewer");
    }
}

/// <summary>CMT's decision on a proposed change, recorded by a CMT member.</summary>
public sealed record ProposalDecisionInput : IVersionedInput
{
    public bool Agreed { get; set; }
    public DateOnly? MetOn { get; set; }
    public string? Note { get; set; }
    public Guid Version { get; set; }
}

public sealed class ProposalDecisionInputValidator : AbstractValidator<ProposalDecisionInput>
{
    public ProposalDecisionInputValidator()
    {
        RuleFor(x => x.MetOn).NotNull().WithMessage("Enter the date CMT met, like 10/11/2026");
        RuleFor(x => x.Note).NotEmpty().When(x => !x.Agreed).WithMessage("Say why CMT rejected the change: the reason is kept with the plan")
            .MaximumLength(PlanLimits.Reason).WithMessage($"Keep the note to {PlanLimits.Reason} characters or fewer");
    }
}

/// <summary>One area's decision in a review.</summary>
public sealed record ReviewAreaInput
{
    public Guid Lineage { get; set; }
    public ReviewOutcome? Outcome { get; set; }
    public string? Note { get; set; }
}

/// <summary>A review of a live plan: which review, when, what it found, and a decision for every live area.</summary>
public sealed record ReviewInput : IVersionedInput
{
    public ReviewKind? Kind { get; set; }
    public DateOnly? On { get; set; }
    public string Summary { get; set; } = "";
    public List<ReviewAreaInput> Areas { get; set; } = [];
    public Guid Version { get; set; }
}

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose the six-month review or the full review");
        RuleFor(x => x.On).NotNull().WithMessage("Enter the date of the review, like 14/10/2026");
        RuleFor(x => x.Summary).NotEmpty().WithMessage("Say what the review found: is the plan working?")
            .MaximumLength(PlanLifeLimits.Notes).WithMessage($"Keep the summary to {PlanLifeLimits.Notes} characters or fewer");
        RuleForEach(x => x.Areas).ChildRules(area =>
        {
            area.RuleFor(a => a.Outcome).NotNull().WithMessage("Choose keep, change, retire or completed");
            area.RuleFor(a => a.Note).MaximumLength(PlanLifeLimits.ReviewNote).WithMessage($"Keep the note to {PlanLifeLimits.ReviewNote} characters or fewer");
        });
    }
}

/// <summary>The years of the next plan, given by the Head of Improvement.</summary>
public sealed record SuccessorInput
{
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
}

public sealed class SuccessorInputValidator : AbstractValidator<SuccessorInput>
{
    public SuccessorInputValidator()
    {
        RuleFor(x => x.StartYear).NotNull().WithMessage("Enter the year the plan starts (in April), like 2011")
            .InclusiveBetween(PlanLifeLimits.EarliestYear, PlanLifeLimits.LatestYear).WithMessage("Enter a year like 2011");
        RuleFor(x => x.EndYear).NotNull().WithMessage("Enter the year the plan ends (in March), like 2014")
            .InclusiveBetween(PlanLifeLimits.EarliestYear, PlanLifeLimits.LatestYear).WithMessage("Enter a year like 2014");
        RuleFor(x => x.EndYear).GreaterThan(x => x.StartYear).When(x => x.StartYear is not null && x.EndYear is not null)
            .WithMessage("The plan must end after it starts");
    }
}
