using FluentValidation;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Ambition;

/// <summary>
/// An ambition as a member sets it. <see cref="Version"/> is the current ambition's token when the form was drawn (empty when
/// there was none), so a newer ambition set meanwhile by someone else is shown rather than silently superseded.
/// </summary>
public sealed record AmbitionInput : IVersionedInput
{
    public string Position { get; set; } = "";
    public Quartile? Quartile { get; set; }
    public decimal? Figure { get; set; }
    public int? ForYear { get; set; }
    public Guid Version { get; set; }
}

public sealed class AmbitionInputValidator : AbstractValidator<AmbitionInput>
{
    public AmbitionInputValidator()
    {
        RuleFor(x => x.Position).NotEmpty().WithMessage("Say the position aimed for, like top quartile of the benchmarking club")
            .MaximumLength(AmbitionLimits.Position).WithMessage($"Keep the position aimed for to {AmbitionLimits.Position} characters or fewer");
        RuleFor(x => x.Quartile).IsInEnum().WithMessage("Choose a quartile from the list");
        RuleFor(x => x.Figure).Null().When(x => x.Quartile is not null).WithMessage("Give a quartile or a figure, not both")
            .InclusiveBetween(-AmbitionLimits.LargestFigure, AmbitionLimits.LargestFigure).WithMessage("Enter a figure between minus one billion and one billion");
        RuleFor(x => x.ForYear).NotNull().WithMessage("Choose the financial year the ambition is for");
    }
}

/// <summary>What CPEG asked for, recorded against a row of its ambition view.</summary>
public sealed record AmbitionRequestInput
{
    public string Text { get; set; } = "";
}

public sealed class AmbitionRequestInputValidator : AbstractValidator<AmbitionRequestInput>
{
    public AmbitionRequestInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Say what CPEG asked for, like raise the 2010/11 target to the top quartile")
            .MaximumLength(AmbitionLimits.Request).WithMessage($"Keep what CPEG asked for to {AmbitionLimits.Request} characters or fewer");
    }
}
