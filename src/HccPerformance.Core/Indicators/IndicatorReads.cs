using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// What the rest of Core reads of indicators, their results and targets, and the scorecards (convention 15), as composable
/// queries; the RAG of a result is <see cref="RagRule"/>'s and a scorecard's line <see cref="ScorecardCalculator"/>'s.
/// </summary>
public sealed class IndicatorReads(AppDbContext db)
{
    public IQueryable<Indicator> Indicators => db.Indicators.AsNoTracking();

    public IQueryable<IndicatorResult> Results => db.IndicatorResults.AsNoTracking();

    public IQueryable<IndicatorTarget> Targets => db.Set<IndicatorTarget>().AsNoTracking();

    public IQueryable<Scorecard> Scorecards => db.Scorecards.AsNoTracking();
}
