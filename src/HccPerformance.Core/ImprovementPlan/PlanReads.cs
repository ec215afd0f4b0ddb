using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>What the rest of Core reads of the Corporate Improvement Plan (convention 15), as composable queries.</summary>
public sealed class PlanReads(AppDbContext db)
{
    public IQueryable<CorporateImprovementPlan> Plans => db.ImprovementPlans.AsNoTracking();

    public IQueryable<PriorityArea> PriorityAreas => db.PriorityAreas.AsNoTracking();

    /// <summary>Every plan for its whole term, with its life-cycle status.</summary>
    public IQueryable<PlanTerm> Terms => db.PlanTerms.AsNoTracking();

    /// <summary>The plan live on a day (at most one: a plan's years cannot overlap another's once endorsed; see <see cref="PlanTerm.IsLiveOn"/>).</summary>
    public IQueryable<PlanTerm> LiveOn(DateOnly day) => Terms.Where(PlanTerm.IsLiveOn(day));

    /// <summary>The plans being prepared for a day's years, latest first (see <see cref="PlanTerm.IsBeingPreparedFor"/>).</summary>
    public IQueryable<PlanTerm> BeingPreparedFor(DateOnly day) => Terms.Where(PlanTerm.IsBeingPreparedFor(day)).OrderByDescending(t => t.StartYear);

    /// <summary>
    /// The focus year of the plan live on a day: the latest of its years that had started by then, so a quarter of 2009/10 reads
    /// the plan as it stood in 2009/10, not as a later refresh left it.
    /// </summary>
    public IQueryable<CorporateImprovementPlan> FocusYearLiveOn(DateOnly day)
    {
        var year = ReportingPeriod.FinancialYearOf(day);
        var live = LiveOn(day).Select(t => t.Id);
        return Plans.Where(p => live.Contains(p.PlanTermId)
            && p.FocusYear == db.ImprovementPlans.Where(q => q.PlanTermId == p.PlanTermId && q.FocusYear <= year).Max(q => (int?)q.FocusYear));
    }

    /// <summary>The live (not retired) areas of the plan live on a day.</summary>
    public IQueryable<PriorityArea> AreasLiveOn(DateOnly day)
    {
        var year = FocusYearLiveOn(day).Select(p => p.Id);
        return PriorityAreas.Where(a => !a.IsRetired && year.Contains(a.CorporateImprovementPlanId));
    }

    /// <summary>
    /// The year of the plan live on a day that people work on now: its current year (after an annual refresh, the new one). Pages of
    /// today (the plan page, department pages, links from self-assessments, Ambition) read this; the dashboard and the report read
    /// <see cref="FocusYearLiveOn"/>, the year as it stood in the quarter shown.
    /// </summary>
    public IQueryable<CorporateImprovementPlan> CurrentYearOfPlanLiveOn(DateOnly day)
    {
        var live = LiveOn(day).Select(t => t.Id);
        return Plans.Where(p => p.IsCurrent && live.Contains(p.PlanTermId));
    }

    /// <summary>The live areas of <see cref="CurrentYearOfPlanLiveOn"/>.</summary>
    public IQueryable<PriorityArea> CurrentAreasOfPlanLiveOn(DateOnly day)
    {
        var year = CurrentYearOfPlanLiveOn(day).Select(p => p.Id);
        return PriorityAreas.Where(a => !a.IsRetired && year.Contains(a.CorporateImprovementPlanId));
    }

    /// <summary>The plan live for a reporting period: the one live on its last day.</summary>
    public IQueryable<CorporateImprovementPlan> FocusYearLiveFor(ReportingPeriod period) => FocusYearLiveOn(period.EndDate);

    /// <summary>The focus year live on a day with its themes and live areas, and all each area's RAG is assessed from; null when none is live.</summary>
    public Task<CorporateImprovementPlan?> LiveWithAreasOnAsync(DateOnly day, CancellationToken ct = default) =>
        FocusYearLiveOn(day)
            .Include(p => p.Term)
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
