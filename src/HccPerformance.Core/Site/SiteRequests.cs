using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Site;

/// <summary>The Administrator's demo data form: whether the site holds demo data, and the version the page was read with.</summary>
public sealed record DemoDataInput : IVersionedInput
{
    public bool DemoData { get; set; }
    public Guid Version { get; set; }
}

public sealed class DemoDataInputValidator : AbstractValidator<DemoDataInput>
{
    public DemoDataInputValidator()
    {
        // A form always carries it; without it the change could silently replace someone else's.
        RuleFor(x => x.Version).NotEmpty().WithMessage("The form was not sent whole: open the page again and make the change again");
    }
}
