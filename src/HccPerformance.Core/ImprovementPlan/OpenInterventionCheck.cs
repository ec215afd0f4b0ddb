using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// An area CPEG is still acting on cannot leave the plan: its interventions would lose their subject (issue 4). Asked when an
/// area is retired directly (a draft) and when a retirement is proposed or agreed (a live plan).
/// </summary>
internal static class OpenInterventionCheck
{
    public static async Task RefuseIfOpenAsync(AppDbContext db, ConcernReads concerns, PriorityArea area, string field, CancellationToken ct)
    {
        var sameArea = await db.PriorityAreas.Where(a => a.Lineage == area.Lineage).Select(a => a.Id).ToListAsync(ct);
        var open = await concerns.Concerns
            .Where(c => c.Source == ConcernSource.PlanArea && c.SourceId != null && sameArea.Contains(c.SourceId.Value)
                && (c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active) && c.Interventions.Any())
            .Select(c => new { c.Title, Interventions = c.Interventions.Select(i => i.Name).ToList() }).ToListAsync(ct);
        if (open.Count > 0)
        {
            throw new DomainException(
                $"{area.ShortName} has open interventions, so it cannot be retired until CPEG closes them: " +
                string.Join("; ", open.Select(c => $"{c.Title} ({string.Join(", ", c.Interventions)})")) + ".",
                field);
        }
    }
}
