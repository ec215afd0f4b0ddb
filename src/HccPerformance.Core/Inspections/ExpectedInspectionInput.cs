using System.Globalization;
using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Inspections;

/// <summary>An inspection expected on the forward programme; the month as the browser's month field sends it (2010-03).</summary>
public sealed record ExpectedInspectionInput : IVersionedInput
{
    public string Inspectorate { get; set; } = "";
    public string Service { get; set; } = "";
    public int? DepartmentId { get; set; }
    public string? ExpectedMonth { get; set; }
    public string? Scope { get; set; }
    public Guid Version { get; set; }

    /// <summary>The month's first day, or null when it is not a month.</summary>
    public DateOnly? Month =>
        DateOnly.TryParseExact(ExpectedMonth?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}

public sealed class ExpectedInspectionInputValidator : AbstractValidator<ExpectedInspectionInput>
{
    public ExpectedInspectionInputValidator()
    {
        RuleFor(x => x.Inspectorate).NotEmpty().WithMessage("Enter the inspectorate, like Ofsted or the Audit Commission")
            .MaximumLength(InspectionLimits.Body).WithMessage($"Keep the inspectorate to {InspectionLimits.Body} characters or fewer");
        RuleFor(x => x.Service).NotEmpty().WithMessage("Enter the service or department to be inspected")
            .MaximumLength(InspectionLimits.Service).WithMessage($"Keep the service to {InspectionLimits.Service} characters or fewer");
        RuleFor(x => x.ExpectedMonth).NotEmpty().WithMessage("Enter the month it is expected, like 2010-03")
            .Must((x, _) => x.Month is not null).WithMessage("Enter the month as a year and month, like 2010-03");
        RuleFor(x => x.Scope).MaximumLength(InspectionLimits.Scope).WithMessage($"Keep the scope to {InspectionLimits.Scope} characters or fewer");
    }
}
