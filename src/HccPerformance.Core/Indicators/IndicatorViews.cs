using HccPerformance.Core.Common;
using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.Core.Indicators;

// What the indicator pages and home pages read: indicators, their results, a Service Manager's due results, a department's reds.

public sealed record IndicatorListRow(int Id, string Code, string Title, string? Theme, string? Department, string? ServiceManager,
    Frequency Frequency, Polarity? Polarity, IndicatorSource? Source, bool IsNational, bool IsMine)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool ResponsibilityIsDemo { get; init; }
}

public sealed record ResultRow(int Id, ResultPeriod Period, decimal Value, decimal? Target, Rag Rag, DataQuality Quality, string? Note,
    ResultSource Source, string RecordedBy, DateTime RecordedUtc, IReadOnlyList<ResultRevision> History, Guid Version)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record IndicatorView(
    int Id, string Code, string Title, string? Theme, string? Unit, Polarity? Polarity, Frequency Frequency, IndicatorSource? Source,
    bool IsNational, int? DepartmentId, string? Department, string? ServiceManagerId, string? ServiceManager, string? DefinitionNotes,
    decimal? OwnTolerancePercent, decimal TolerancePercent, IReadOnlyList<(int Id, string Name)> Scorecards,
    IReadOnlyList<IndicatorTarget> Targets, IReadOnlyList<ResultRow> Results, ScorecardLine Latest, IReadOnlyList<LinkedItem> LinkedItems, Guid Version,
    string? ReferenceSource = null, string? PolaritySource = null)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool ResponsibilityIsDemo { get; init; }
}

/// <summary>A Service Manager's indicator on their home page: where it stands and which open periods still lack a result.</summary>
public sealed record DueIndicator(int Id, string Code, string Title, string? Unit, ScorecardLine Latest, IReadOnlyList<ResultPeriod> Due);

public sealed record RedIndicator(int Id, string Code, string Title, string? Unit, ScorecardLine Line);

public sealed record IndicatorPermissions(bool CanEnterResults, bool CanMaintain);
