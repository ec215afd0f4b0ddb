namespace HccPerformance.Core.Inspections;

/// <summary>How far a set of recommendations has got: how many, how many complete, how many overdue.</summary>
public sealed record RecommendationFigures(int Total, int Complete, int Overdue)
{
    public static readonly RecommendationFigures None = new(0, 0, 0);

    /// <summary>The share complete as a whole percentage (halves rounded up), or null when there are none.</summary>
    public int? PercentComplete => Total == 0 ? null : (int)Math.Round(100m * Complete / Total, MidpointRounding.AwayFromZero);
}

public sealed record DepartmentFigures(int DepartmentId, string Department, RecommendationFigures Figures);

public sealed record OverdueRecommendation(
    int Id, int InspectionId, string Body, string Service, string Text, string Owner, int DepartmentId, string Department,
    DateOnly DueOn, int DaysOverdue, RecommendationStatus Status)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

/// <summary>
/// The follow-up of inspection recommendations as the dashboard and the register page show it: the share complete (for
/// the department asked for, or the council), every department's share beside it, and the overdue ones, longest overdue first.
/// </summary>
public sealed record RecommendationSummary(
    int? DepartmentId, DateOnly Today, RecommendationFigures Overall, IReadOnlyList<DepartmentFigures> ByDepartment,
    IReadOnlyList<OverdueRecommendation> Overdue);

public sealed record InspectionFilter(int? DepartmentId = null, bool OverdueOnly = false);

public sealed record InspectionRow(
    int Id, string Body, string Service, int? DepartmentId, string? Department, DateOnly ReportedOn, RecommendationFigures Figures)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }

    /// <summary>The judgement or rating as the inspectorate words it, if it gave one (issue 18).</summary>
    public string? Judgement { get; init; }
    public bool IsStrategic { get; init; }
}

public sealed record InspectionList(InspectionFilter Filter, RecommendationSummary Summary, IReadOnlyList<InspectionRow> Inspections);

public sealed record RecommendationRow(
    int Id, int Number, string Text, string Owner, int DepartmentId, string Department, DateOnly DueOn, RecommendationStatus Status,
    string? Evidence, DateOnly? CompletedOn, bool IsOverdue, int DaysOverdue, bool CanUpdate, Guid Version);

public sealed record InspectionView(
    int Id, string Body, string Service, int? DepartmentId, string? Department, DateOnly ReportedOn, RecommendationFigures Figures,
    IReadOnlyList<RecommendationRow> Recommendations, string CreatedBy, string? ModifiedBy, DateTime? ModifiedUtc, Guid Version)
{
    public string? Judgement { get; init; }
    public bool IsStrategic { get; init; }
    public bool IsDemo { get; init; }
}

public sealed record RecommendationView(
    int InspectionId, string Body, string Service, DateOnly InspectionReportedOn, RecommendationRow Recommendation,
    string? ModifiedBy, DateTime? ModifiedUtc);
