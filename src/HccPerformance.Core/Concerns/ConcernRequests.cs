using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>A new area of concern, raised by hand or from a record (whose words the server fills in).</summary>
public sealed record RaiseInput
{
    public string? Title { get; set; }
    public int? DepartmentId { get; set; }
    public ConcernSource Source { get; set; }
    public int? SourceId { get; set; }
    public string? Evidence { get; set; }
}

public sealed class RaiseInputValidator : AbstractValidator<RaiseInput>
{
    public RaiseInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Say what the concern is")
            .MaximumLength(ConcernLimits.Title).WithMessage($"Keep the title to {ConcernLimits.Title} characters or fewer");
        RuleFor(x => x.Evidence).NotEmpty().WithMessage("Give the evidence for the concern as it stands now")
            .MaximumLength(ConcernLimits.Evidence).WithMessage($"Keep the evidence to {ConcernLimits.Evidence:N0} characters or fewer");
        RuleFor(x => x.SourceId).NotNull().When(x => !AreaOfConcern.WithoutRecord(x.Source)).WithMessage("A concern raised from a record keeps a link to it.");
        RuleFor(x => x.DepartmentId).NotNull().When(x => x.Source == ConcernSource.Disempowerment).WithMessage("Say which department cannot remove the blocker");
    }
}

/// <summary>CPEG's first decision: does the concern matter locally, and why.</summary>
public sealed record DecideInput : IVersionedInput
{
    public bool? Important { get; set; }
    public string? LocalImportanceReason { get; set; }
    public Guid Version { get; set; }
}

public sealed class DecideInputValidator : AbstractValidator<DecideInput>
{
    public DecideInputValidator()
    {
        RuleFor(x => x.Important).NotNull().WithMessage("Say whether the concern matters locally");
        RuleFor(x => x.LocalImportanceReason).NotEmpty().WithMessage("Say why the concern does or does not matter locally")
            .MaximumLength(ConcernLimits.Reason).WithMessage($"Keep the reason to {ConcernLimits.Reason:N0} characters or fewer");
    }
}

/// <summary>An intervention from the menu for an officer; the category that sets its report-back date when the item is not a category itself.</summary>
public sealed record AssignInput : IVersionedInput
{
    public int? MenuItemId { get; set; }
    public string? ResponsibleUserId { get; set; }

    /// <summary>The category chosen with it: the report-back is due within this many months (6, 3, 2 or 1).</summary>
    public int? FrequencyMonths { get; set; }
    public Guid Version { get; set; }
}

public sealed class AssignInputValidator : AbstractValidator<AssignInput>
{
    public AssignInputValidator()
    {
        RuleFor(x => x.MenuItemId).NotNull().WithMessage("Choose an intervention from the menu");
        RuleFor(x => x.ResponsibleUserId).NotEmpty().WithMessage("Choose a responsible officer who has an account");
        RuleFor(x => x.FrequencyMonths).Must(m => m is null || ReportBackCategories.IsCategory(m.Value)).WithMessage(ReportBackCategories.Refusal);
    }
}

/// <summary>CPEG changes one intervention: its officer, or the category that sets when it next reports back.</summary>
public sealed record ChangeInterventionInput : IVersionedInput
{
    public int InterventionId { get; set; }
    public string? ResponsibleUserId { get; set; }
    public int? FrequencyMonths { get; set; }
    public Guid Version { get; set; }
}

public sealed class ChangeInterventionInputValidator : AbstractValidator<ChangeInterventionInput>
{
    public ChangeInterventionInputValidator()
    {
        RuleFor(x => x.ResponsibleUserId).NotEmpty().WithMessage("Choose a responsible officer who has an account");
        RuleFor(x => x.FrequencyMonths).Must(m => m is null || ReportBackCategories.IsCategory(m.Value)).WithMessage(ReportBackCategories.Refusal);
    }
}

/// <summary>The responsible officer's report-back on an intervention.</summary>
public sealed record ReportBackInput : IVersionedInput
{
    public string? Progress { get; set; }
    public string? Evidence { get; set; }
    public Rag? Rag { get; set; }
    public Guid Version { get; set; }
}

public sealed class ReportBackInputValidator : AbstractValidator<ReportBackInput>
{
    public ReportBackInputValidator()
    {
        RuleFor(x => x.Progress).NotEmpty().WithMessage("Say what progress has been made")
            .MaximumLength(ConcernLimits.Progress).WithMessage($"Keep the progress to {ConcernLimits.Progress:N0} characters or fewer");
        RuleFor(x => x.Evidence).MaximumLength(ConcernLimits.Progress).WithMessage($"Keep the evidence to {ConcernLimits.Progress:N0} characters or fewer");
        RuleFor(x => x.Rag).Must(r => r is Common.Rag.Red or Common.Rag.Amber or Common.Rag.Green).WithMessage("Choose Red, Amber or Green for the progress");
    }
}

/// <summary>
/// CPEG's review of a report-back: accepted, with the next report-back set by a category (6, 3, 2 or 1 months) or the
/// intervention ended (0); or more asked for (saying what).
/// </summary>
public sealed record ReportBackReviewInput : IVersionedInput
{
    public ReportBackReview? Decision { get; set; }
    public string? ReviewNote { get; set; }
    public int? NextMonths { get; set; }
    public Guid Version { get; set; }
}

public sealed class ReportBackReviewInputValidator : AbstractValidator<ReportBackReviewInput>
{
    public ReportBackReviewInputValidator()
    {
        RuleFor(x => x.Decision).NotNull().WithMessage("Accept the report-back or ask for more").IsInEnum().WithMessage("Accept the report-back or ask for more");
        RuleFor(x => x.NextMonths).Must(m => m is 0 || (m is { } n && ReportBackCategories.IsCategory(n))).When(x => x.Decision == ReportBackReview.Accepted)
            .WithMessage("Choose when the next report-back is due, or end the intervention");
        RuleFor(x => x.ReviewNote).NotEmpty().When(x => x.Decision == ReportBackReview.MoreAsked).WithMessage("Say what more CPEG needs")
            .MaximumLength(ConcernLimits.ReviewNote).WithMessage($"Keep the note to {ConcernLimits.ReviewNote:N0} characters or fewer");
    }
}

/// <summary>An escalation beyond CPEG, and why.</summary>
public sealed record EscalateInput : IVersionedInput
{
    public EscalatedTo? Body { get; set; }
    public string? Reason { get; set; }
    public Guid Version { get; set; }
}

public sealed class EscalateInputValidator : AbstractValidator<EscalateInput>
{
    public EscalateInputValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("Choose where the concern goes").IsInEnum().WithMessage("Choose where the concern goes");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the concern is escalated")
            .MaximumLength(ConcernLimits.Reason).WithMessage($"Keep the reason to {ConcernLimits.Reason:N0} characters or fewer");
    }
}

/// <summary>Closing a concern: whether things improved, held or worsened, and what CPEG concluded.</summary>
public sealed record CloseConcernInput : IVersionedInput
{
    public ConcernOutcome? OutcomeKind { get; set; }
    public string? Outcome { get; set; }
    public Guid Version { get; set; }
}

public sealed class CloseConcernInputValidator : AbstractValidator<CloseConcernInput>
{
    public CloseConcernInputValidator()
    {
        RuleFor(x => x.OutcomeKind).NotNull().WithMessage("Say whether things improved, held or worsened").IsInEnum().WithMessage("Say whether things improved, held or worsened");
        RuleFor(x => x.Outcome).NotEmpty().WithMessage("Say what the outcome was and why the concern can close")
            .MaximumLength(ConcernLimits.Outcome).WithMessage($"Keep the outcome to {ConcernLimits.Outcome:N0} characters or fewer");
    }
}

/// <summary>The response of the body an escalation reached: a decision, a request (to CPEG or the department) or noted, in words.</summary>
public sealed record RespondInput
{
    public EscalationResponseKind? Kind { get; set; }
    public string? Text { get; set; }
}

public sealed class RespondInputValidator : AbstractValidator<RespondInput>
{
    public RespondInputValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Say whether it is a decision, a request or noted").IsInEnum().WithMessage("Say whether it is a decision, a request or noted");
        RuleFor(x => x.Text).NotEmpty().WithMessage("Say what the response is")
            .MaximumLength(ConcernLimits.Response).WithMessage($"Keep the response to {ConcernLimits.Response:N0} characters or fewer");
    }
}
