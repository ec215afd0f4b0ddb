using FluentValidation;

namespace HccPerformance.Core.Concerns;

/// <summary>Issuing CPEG's report to CMT: the period it covers, and why, when it is issued "by exception".</summary>
public sealed record CpegReportIssueInput
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? ExceptionReason { get; set; }
}

public sealed class CpegReportIssueInputValidator : AbstractValidator<CpegReportIssueInput>
{
    public CpegReportIssueInputValidator()
    {
        RuleFor(x => x.From).NotNull().WithMessage("Enter the first day the report covers, like 1/6/2026");
        RuleFor(x => x.To).NotNull().WithMessage("Enter the last day the report covers, like 30/11/2026");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("The end of the period must be on or after its start");
        RuleFor(x => x.ExceptionReason).MaximumLength(CpegReportLimits.ExceptionReason)
            .WithMessage($"Keep the reason to {CpegReportLimits.ExceptionReason} characters or fewer");
    }
}
