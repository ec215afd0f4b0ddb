using FluentValidation;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Organisation;

public sealed record DepartmentInput : IVersionedInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public Guid Version { get; set; }
}

public sealed class DepartmentInputValidator : AbstractValidator<DepartmentInput>
{
    public DepartmentInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter a short code for the department, like AS")
            .MaximumLength(Limits.DepartmentCode).WithMessage($"The code must be {Limits.DepartmentCode} characters or fewer")
            .Matches("^[A-Za-z0-9]*$").WithMessage("The code can only contain letters and numbers");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the department's name")
            .MaximumLength(Limits.DepartmentName).WithMessage($"The name must be {Limits.DepartmentName} characters or fewer");
    }
}

public sealed record DeadlineInput : IVersionedInput
{
    public DateOnly? Deadline { get; set; }
    public bool IsOpen { get; set; }
    public Guid Version { get; set; }
}

public sealed class DeadlineInputValidator : AbstractValidator<DeadlineInput>
{
    public DeadlineInputValidator()
    {
        RuleFor(x => x.Deadline).NotNull().WithMessage("Enter the deadline as a date, like 31/07/2009");
    }
}

public sealed record FinancialYearInput
{
    public int? StartYear { get; set; }
}

public sealed class FinancialYearInputValidator : AbstractValidator<FinancialYearInput>
{
    public FinancialYearInputValidator()
    {
        RuleFor(x => x.StartYear).NotNull().WithMessage("Enter the year the financial year starts, like 2011")
            .InclusiveBetween(2000, 2100).WithMessage("Enter a year between 2000 and 2100");
    }
}
