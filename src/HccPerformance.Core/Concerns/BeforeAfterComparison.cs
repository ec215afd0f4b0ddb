namespace HccPerformance.Core.Concerns;

/// <summary>The indicator's results either side of the first intervention, and whether things got better.</summary>
public sealed record BeforeAfterComparison(IReadOnlyList<PeriodResult> Before, IReadOnlyList<PeriodResult> After, BeforeAfterVerdict Verdict)
{
    public string Words => BeforeAfter.Name(Verdict);
}
