using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.Dashboard;

/// <summary>A box's figures at the end of one quarter.</summary>
public sealed record TrendRow(PeriodSummary Period, IReadOnlyList<Figure> Figures)
{
    /// <summary>Some of what the box counted then is demo data.</summary>
    public bool IsDemo { get; init; }
}
