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

    /// <summary>Every scorecard, retired ones too (an earlier quarter or an issued report may name them).</summary>
    public IQueryable<Scorecard> Scorecards => db.Scorecards.AsNoTracking();

    /// <summary>
    /// The scorecards the Corporate Dashboard gives a box each (issue 18): those the Performance Team put on it and has not
    /// retired, most important first. A box reads <see cref="Scorecard.Kind"/> for what it shows and
    /// <see cref="Scorecard.Weight"/> for its place (footnote 10), never the name, which the Performance Team may change.
    /// </summary>
    public IQueryable<Scorecard> DashboardScorecards =>
        db.Scorecards.AsNoTracking().Where(s => s.OnDashboard && s.RetiredOn == null).OrderByDescending(s => s.Weight).ThenBy(s => s.Name);
}
