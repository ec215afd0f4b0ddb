using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Dashboard;
using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.Reports;

/// <summary>
/// The areas of concern the collated report's overview covers by exception (seed 4.19): found afresh from the open concerns
/// and the period's dashboard tiles with reds, and kept unless the Head of Improvement edits or drops them. Only the Head of
/// Improvement, checked on every call.
/// </summary>
public sealed class ConcernsByException(CollatedReports reports, OrganisationReads organisation, ConcernReads concerns, DashboardService dashboard)
{
    /// <summary>
    /// The areas of concern the overview covers by exception (seed 4.19): every open concern CPEG holds, and every tile of the
    /// period's dashboard with reds, each as the Head of Improvement kept, edited or dropped it.
    /// </summary>
    public Task<List<ExceptionRow>> ExceptionsAsync(int periodId, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        return ExceptionRowsAsync(periodId, ct);
    }

    internal async Task<List<ExceptionRow>> ExceptionRowsAsync(int periodId, CancellationToken ct)
    {
        var report = await reports.LoadAsync(periodId, ct);
        var decisions = report?.ExceptionDecisions.ToDictionary(d => d.Key) ?? [];
        var found = new List<(string Key, string Source, string Title, string Text)>();
        var departments = await organisation.DepartmentNamesAsync(ct);
        var today = DateOnly.FromDateTime(reports.Now);
        foreach (var c in await concerns.OpenWithInterventionsAsync(ct))
        {
            var overdue = c.OverdueReportBacks(today).Count();
            var where = c.DepartmentId is { } d ? departments.GetValueOrDefault(d) ?? "Council-wide" : "Council-wide";
            var state = c.Status == ConcernStatus.Raised ? "raised, waiting for CPEG to decide whether it matters locally"
                : $"being acted on with {Count(c.Interventions.Count, "intervention")}{(overdue > 0 ? $", {Count(overdue, "report-back")} overdue" : "")}";
            found.Add(($"concern:{c.Id}", "Area of concern", c.Title, $"{where}: {state}."));
        }

        foreach (var tile in (await dashboard.BuildAsync(periodId, null, ct)).Tiles.Where(t => t.Reds > 0))
        {
            var reds = RedLabels(tile);
            found.Add(($"red:{tile.Key}:{tile.Title}", "Dashboard", $"{tile.Title}: {Count(tile.Reds, "red")}",
                tile.Summary + (reds.Count > 0 ? " " + string.Join("; ", reds) + "." : "")));
        }

        return [.. found.Select(f => decisions.TryGetValue(f.Key, out var d)
            ? new ExceptionRow(f.Key, f.Source, f.Title, f.Text, d.Title ?? f.Title, d.Text ?? f.Text, d.Dropped, d.Title is not null)
            : new ExceptionRow(f.Key, f.Source, f.Title, f.Text, f.Title, f.Text, false, false))];
    }

    public Task KeepExceptionAsync(int periodId, DecisionInput input, CancellationToken ct = default) =>
        reports.ChangeReportAsync(periodId, r => r.KeepException(input.Key ?? "", input.Title, input.Text), ct);

    public Task DropExceptionAsync(int periodId, string key, CancellationToken ct = default) =>
        reports.ChangeReportAsync(periodId, r => r.DropException(key), ct);

    public Task RestoreExceptionAsync(int periodId, string key, CancellationToken ct = default) =>
        reports.ChangeReportAsync(periodId, r => r.RestoreException(key), ct);

    private static List<string> RedLabels(Tile tile) => tile switch
    {
        ScorecardTile s => [.. s.RedItems.Select(i => i.Label)],
        RiskTile r => [.. r.TopRisks.Where(i => i.Rag == Rag.Red).Select(i => i.Label)],
        InspectionTile i => [.. i.Overdue.Select(o => o.Label)],
        BenchmarkTile b => [.. b.Outliers.Select(o => o.Label)],
        _ => [],
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
