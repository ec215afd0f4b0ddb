using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.Indicators;

// What the scorecard pages read.

public sealed record ScorecardSummary(int Id, string Name, string Description, decimal Weight, int Indicators)
{
    public ScorecardKind Kind { get; init; } = ScorecardKind.Other;
    public bool OnDashboard { get; init; }
    public DateOnly? RetiredOn { get; init; }
}

public sealed record ScorecardRow(int IndicatorId, string Code, string Title, string? Department, string? Unit, Polarity? Polarity,
    decimal Weight, ScorecardLine Line)
{
    /// <summary>The department answering for it was invented by the demo (issue 17).</summary>
    public bool DepartmentIsDemo { get; init; }
}

public sealed record ScorecardView(int Id, string Name, string Description, decimal Weight, decimal DefaultTolerancePercent,
    PeriodSummary Period, IReadOnlyList<ScorecardRow> Rows, IReadOnlyDictionary<Rag, int> Counts, Guid Version)
{
    public ScorecardKind Kind { get; init; } = ScorecardKind.Other;
    public bool OnDashboard { get; init; }

    /// <summary>When it was retired: the page is then read only.</summary>
    public DateOnly? RetiredOn { get; init; }
}
