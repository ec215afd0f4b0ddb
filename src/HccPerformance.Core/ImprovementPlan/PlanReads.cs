using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>What the rest of Core reads of the Corporate Improvement Plan (convention 15), as composable queries.</summary>
public sealed class PlanReads(AppDbContext db)
{
    public IQueryable<CorporateImprovementPlan> Plans => db.ImprovementPlans.AsNoTracking();

    public IQueryable<PriorityArea> PriorityAreas => db.PriorityAreas.AsNoTracking();

    /// <summary>The current plan year with its themes and live areas, and all each area's RAG is assessed from.</summary>
    public Task<CorporateImprovementPlan?> CurrentWithLiveAreasAsync(CancellationToken ct = default) =>
        db.ImprovementPlans.AsNoTracking().Where(p => p.IsCurrent)
            .Include(p => p.Themes)
            .Include(p => p.Areas.Where(a => !a.IsRetired)).ThenInclude(a => a.Targets)
            .Include(p => p.Areas.Where(a => !a.IsRetired)).ThenInclude(a => a.Milestones)
            .Include(p => p.Areas.Where(a => !a.IsRetired)).ThenInclude(a => a.Progress)
            .Include(p => p.Areas.Where(a => !a.IsRetired)).ThenInclude(a => a.InvolvedDepartments)
            .AsSingleQuery().SingleOrDefaultAsync(ct);

    /// <summary>One area with all its RAG is assessed from.</summary>
    public Task<PriorityArea?> AreaToAssessAsync(int id, CancellationToken ct = default) =>
        db.PriorityAreas.AsNoTracking().Include(a => a.Targets).Include(a => a.Milestones).Include(a => a.Progress)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, ct);
}
