using FluentValidation;

namespace HccPerformance.Core.Benchmarking;

/// <summary>A comparator council's figure for an indicator in a financial year, added or changed by the Performance Team.</summary>
public sealed record ComparatorInput
{
    public int? Year { get; set; }
    public string Comparator { get; set; } = "";
    public decimal? Value { get; set; }
}

public sealed class ComparatorInputValidator : AbstractValidator<ComparatorInput>
{
    public ComparatorInputValidator()
    {
        RuleFor(x => x.Year).NotNull().WithMessage("Choose the financial year the figure is for");
        RuleFor(x => x.Comparator).NotEmpty().WithMessage("Name the comparator council, like Demo County A")
            .MaximumLength(BenchmarkLimits.Comparator).WithMessage($"Keep the comparator's name to {BenchmarkLimits.Comparator} characters or fewer")
            .Must(c => !string.Equals(c?.Trim(), BenchmarkLimits.ThisCouncil, StringComparison.OrdinalIgnoreCase))
            .WithMessage("\"This council\" is the council's own row: name the comparator council instead");
        RuleFor(x => x.Value).NotNull().WithMessage("Enter the comparator's figure as a number, like 42 or 12.5")
            .InclusiveBetween(-BenchmarkLimits.LargestValue, BenchmarkLimits.LargestValue)
            .WithMessage("Enter a figure between minus one billion and one billion");
    }
}
