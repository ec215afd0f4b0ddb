using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Indicators;

/// <summary>A scorecard as the Performance Team makes or renames it: its name, what it holds, its kind, weight and place on the dashboard.</summary>
public sealed record ScorecardInput : IVersionedInput
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public ScorecardKind? Kind { get; set; }
    public decimal? Weight { get; set; }
    public bool OnDashboard { get; set; }
    public Guid Version { get; set; }
}

public sealed class ScorecardInputValidator : AbstractValidator<ScorecardInput>
{
    public ScorecardInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the scorecard's name, like Value for money: waste")
            .MaximumLength(ScorecardLimits.Name).WithMessage($"Keep the name to {ScorecardLimits.Name} characters or fewer");
        RuleFor(x => x.Description).MaximumLength(ScorecardLimits.Description)
            .WithMessage($"Keep the description to {ScorecardLimits.Description} characters or fewer");
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose what kind of scorecard it is")
            .IsInEnum().WithMessage("Choose what kind of scorecard it is");
        RuleFor(x => x.Weight).NotNull().WithMessage("Enter the scorecard's weight on the dashboard, like 3")
            .GreaterThan(ScorecardLimits.WeightAbove).WithMessage(ScorecardLimits.WeightRange)
            .LessThanOrEqualTo(ScorecardLimits.MaxWeight).WithMessage(ScorecardLimits.WeightRange);
    }
}
