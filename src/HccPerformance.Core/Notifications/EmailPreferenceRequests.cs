using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Notifications;

/// <summary>A person's form: how they are told by email, and the version of their choice the page was read with.</summary>
public sealed record EmailPreferenceInput : IVersionedInput
{
    public EmailDelivery? Delivery { get; set; }
    public Guid Version { get; set; }
}

public sealed class EmailPreferenceInputValidator : AbstractValidator<EmailPreferenceInput>
{
    public EmailPreferenceInputValidator()
    {
        RuleFor(x => x.Delivery).NotNull().WithMessage("Choose how you are told by email")
            .IsInEnum().WithMessage("Choose one of the three ways to be told");
    }
}
