using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.Dashboard;

/// <summary>
/// One box of the Corporate Dashboard on its own page (issue 18): the box in full as the quarter shown, and its figures
/// for each of the quarters up to it (<see cref="DashboardService.TrendQuarters"/>), oldest first.
/// </summary>
public sealed record BoxDetail(PeriodSummary Period, PeriodSummary? PreviousPeriod, IReadOnlyList<PeriodSummary> Periods,
    IReadOnlyList<(int Id, string Name)> Departments, int? DepartmentId, string? DepartmentName, Tile Tile, IReadOnlyList<TrendRow> Trend, string? Notice);
