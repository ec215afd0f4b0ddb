using HccPerformance.Core.Common;
using FluentValidation;

namespace HccPerformance.Core.Concerns;

/// <summary>A new item on the Menu of Interventions, as the Head of Improvement adds it.</summary>
public sealed record MenuItemInput
{
    public string? Name { get; set; }
    public string? Description { get; set; }

    /// <summary>Empty when the interval is set as CPEG assigns the intervention.</summary>
    public int? ReportBackMonths { get; set; }
}

public sealed class MenuItemInputValidator : AbstractValidator<MenuItemInput>
{
    public MenuItemInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the intervention")
            .MaximumLength(CpegLimits.MenuName).WithMessage($"Keep the name to {CpegLimits.MenuName} characters or fewer");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Say what the intervention is")
            .MaximumLength(CpegLimits.MenuDescription).WithMessage($"Keep the description to {CpegLimits.MenuDescription} characters or fewer");
        RuleFor(x => x.ReportBackMonths).Must(m => m is null || ReportBackCategories.IsCategory(m.Value))
            .WithMessage("A report-back is due within six, three, two or one month(s); leave it empty to choose the category when assigned");
    }
}

public sealed record RetireMenuItemInput : IVersionedInput
{
    public string? Reason { get; set; }
    public Guid Version { get; set; }
}

public sealed class RetireMenuItemInputValidator : AbstractValidator<RetireMenuItemInput>
{
    public RetireMenuItemInputValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the intervention leaves the menu")
            .MaximumLength(CpegLimits.RetiredReason).WithMessage($"Keep the reason to {CpegLimits.RetiredReason} characters or fewer");
    }
}

/// <summary>A CPEG meeting to schedule (or to record after the event).</summary>
public sealed record MeetingInput
{
    public DateOnly? MeetsOn { get; set; }
    public string? Notes { get; set; }
}

public sealed class MeetingInputValidator : AbstractValidator<MeetingInput>
{
    public MeetingInputValidator()
    {
        RuleFor(x => x.MeetsOn).NotNull().WithMessage("Enter the date of the meeting, like 15/12/2026");
        RuleFor(x => x.Notes).MaximumLength(CpegLimits.MeetingNotes).WithMessage($"Keep the notes to {CpegLimits.MeetingNotes} characters or fewer");
    }
}

/// <summary>One decision CPEG took in a meeting, about one area of concern.</summary>
public sealed record DecisionInput
{
    public int? AreaOfConcernId { get; set; }
    public string? Summary { get; set; }
}

public sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator()
    {
        RuleFor(x => x.AreaOfConcernId).NotNull().WithMessage("Choose the concern the decision is about");
        RuleFor(x => x.Summary).NotEmpty().WithMessage("Say what CPEG decided")
            .MaximumLength(CpegLimits.DecisionSummary).WithMessage($"Keep the decision to {CpegLimits.DecisionSummary} characters or fewer");
    }
}

/// <summary>The chair confirms a meeting's minutes, as read on the page (its version): nothing to validate but the token.</summary>
public sealed record ConfirmMinutesInput : IVersionedInput
{
    public Guid Version { get; set; }
}

/// <summary>CPEG, at a meeting in session, ratifies the chair's urgent decision or declines to, saying why.</summary>
public sealed record RatifyInput : IVersionedInput
{
    public bool? Ratified { get; set; }
    public string? Note { get; set; }
    public Guid Version { get; set; }
}

public sealed class RatifyInputValidator : AbstractValidator<RatifyInput>
{
    public RatifyInputValidator()
    {
        RuleFor(x => x.Ratified).NotNull().WithMessage("Say whether CPEG ratifies the decision");
        RuleFor(x => x.Note).NotEmpty().When(x => x.Ratified == false).WithMessage("Say why CPEG does not ratify the decision")
            .MaximumLength(CpegLimits.RatificationNote).WithMessage($"Keep the note to {CpegLimits.RatificationNote} characters or fewer");
    }
}
