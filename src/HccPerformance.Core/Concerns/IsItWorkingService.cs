using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// Is it working? (seed 3.8): for each concern raised from an indicator, its results before and after the first
/// intervention; and how many closed concerns improved, held or worsened.
/// </summary>
public sealed class IsItWorkingService(AppDbContext db, IndicatorReads indicatorReads)
{
    public async Task<List<IndicatorTrendRow>> IndicatorConcernsAsync(CancellationToken ct = default)
    {
        var concerns = await db.AreasOfConcern.AsNoTracking()
            .Where(c => c.Source == ConcernSource.Indicator && c.SourceId != null && c.Interventions.Any())
            .Select(c => new { c.Id, c.Title, c.Status, c.OutcomeKind, IndicatorId = c.SourceId!.Value, First = c.Interventions.Min(i => i.AssignedOn) })
            .ToListAsync(ct);
        var rows = await RowsAsync([.. concerns.Select(c => (c.Id, c.Title, c.Status, c.OutcomeKind, c.IndicatorId, c.First))], ct);
        // Open concerns first (they are the ones CPEG can still act on), then by how long CPEG has been acting.
        return [.. rows.OrderByDescending(r => r.Status is ConcernStatus.Raised or ConcernStatus.Active).ThenBy(r => r.FirstInterventionOn)];
    }

    /// <summary>The same comparison for one concern; null unless it was raised from an indicator and has an intervention.</summary>
    public async Task<IndicatorTrendRow?> ForConcernAsync(AreaOfConcern concern, CancellationToken ct = default)
    {
        if (concern.Source != ConcernSource.Indicator || concern.SourceId is not { } indicatorId || concern.Interventions.Count == 0)
        {
            return null;
        }

        var first = concern.Interventions.Min(i => i.AssignedOn);
        return (await RowsAsync([(concern.Id, concern.Title, concern.Status, concern.OutcomeKind, indicatorId, first)], ct)).SingleOrDefault();
    }

    public async Task<OutcomeSummary> OutcomesAsync(CancellationToken ct = default)
    {
        var kinds = await db.AreasOfConcern.AsNoTracking().Where(c => c.Status == ConcernStatus.Closed && c.OutcomeKind != null)
            .GroupBy(c => c.OutcomeKind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(ConcernOutcome kind) => kinds.Where(k => k.Kind == kind).Sum(k => k.Count);
        return new OutcomeSummary(Count(ConcernOutcome.Improved), Count(ConcernOutcome.Held), Count(ConcernOutcome.Worsened));
    }

    private async Task<List<IndicatorTrendRow>> RowsAsync(
        IReadOnlyList<(int Id, string Title, ConcernStatus Status, ConcernOutcome? Kind, int IndicatorId, DateOnly First)> concerns, CancellationToken ct)
    {
        var ids = concerns.Select(c => c.IndicatorId).Distinct().ToList();
        var indicators = await indicatorReads.Indicators.Where(i => ids.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => new { i.Code, i.Title, i.Unit, i.Polarity }, ct);
        var results = (await indicatorReads.Results.Where(r => ids.Contains(r.IndicatorId))
                .Select(r => new { r.IndicatorId, r.PeriodEnd, r.Value }).ToListAsync(ct))
            .ToLookup(r => r.IndicatorId, r => new PeriodResult(r.PeriodEnd, r.Value));
        return [.. concerns.Where(c => indicators.ContainsKey(c.IndicatorId)).Select(c =>
        {
            var indicator = indicators[c.IndicatorId];
            return new IndicatorTrendRow(c.Id, c.Title, c.Status, c.Kind, c.IndicatorId, indicator.Code, indicator.Title, indicator.Unit, indicator.Polarity,
                c.First, BeforeAfter.Compare(results[c.IndicatorId], indicator.Polarity, c.First));
        })];
    }
}
