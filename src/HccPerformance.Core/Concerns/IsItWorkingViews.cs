using HccPerformance.Core.Indicators;

namespace HccPerformance.Core.Concerns;

/// <summary>One concern raised from an indicator, with the indicator's results either side of CPEG's first intervention.</summary>
public sealed record IndicatorTrendRow(int ConcernId, string ConcernTitle, ConcernStatus Status, ConcernOutcome? OutcomeKind,
    int IndicatorId, string IndicatorCode, string IndicatorTitle, string? Unit, Polarity? Polarity, DateOnly FirstInterventionOn,
    BeforeAfterComparison Comparison);

/// <summary>How the closed concerns ended, as CPEG judged when closing each.</summary>
public sealed record OutcomeSummary(int Improved, int Held, int Worsened)
{
    public int Total => Improved + Held + Worsened;
}
