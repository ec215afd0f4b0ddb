namespace HccPerformance.Core.Concerns;

/// <summary>One result of the indicator: the period's end and the figure.</summary>
public readonly record struct PeriodResult(DateOnly PeriodEnd, decimal Value);
