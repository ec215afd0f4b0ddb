using HccPerformance.Core.Common;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Core.Organisation;

namespace HccPerformance.Web.Models.Home;

public sealed record PersonInRole(string DisplayName, string Role);

public sealed class OverviewViewModel
{
    public IReadOnlyList<NotificationRow> Notifications { get; init; } = [];
    public IReadOnlyList<TrackerRow> Tracker { get; init; } = [];
    public PeriodSummary? Period { get; init; }
    public DateOnly Today { get; init; }
    public required IReadOnlyList<DepartmentSummary> Departments { get; init; }
}

public sealed class NeedsYouViewModel
{
    public IReadOnlyList<NotificationRow> Notifications { get; init; } = [];
    public HccPerformance.Core.Reports.IssuedSummary? LatestReport { get; init; }
}

public sealed class DepartmentViewModel
{
    public required DepartmentSummary Department { get; init; }
    public bool IsOwn { get; init; }
    public PeriodSummary? Period { get; init; }
    public DateOnly Today { get; init; }
    public required IReadOnlyList<PersonInRole> People { get; init; }
    public bool MaySeeAssessments { get; init; }
    public required IReadOnlyList<DepartmentAssessmentRow> Assessments { get; init; }
    public IReadOnlyList<NotificationRow> Notifications { get; init; } = [];
    public IReadOnlyList<(int Id, string ShortName, HccPerformance.Core.Common.Rag Rag, int OverdueMilestones, bool IsDemo)> PlanAreas { get; init; } = [];
    public IReadOnlyList<HccPerformance.Core.Indicators.RedIndicator> RedIndicators { get; init; } = [];
}

