using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// What the rest of Core reads of areas of concern and their interventions (convention 15). Overdue and due soon are the
/// report-back's own rules (<see cref="ReportBack.OverdueOn"/>, <see cref="ReportBack.DueSoonMonths"/>).
/// </summary>
public sealed class ConcernReads(AppDbContext db)
{
    public IQueryable<AreaOfConcern> Concerns => db.AreasOfConcern.AsNoTracking();

    /// <summary>Raised or active, with their interventions and report-backs.</summary>
    public Task<List<AreaOfConcern>> OpenWithInterventionsAsync(CancellationToken ct = default) =>
        db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ThenInclude(i => i.ReportBacks)
            .Where(c => c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active).OrderBy(c => c.RaisedOn).ThenBy(c => c.Id)
            .AsSplitQuery().ToListAsync(ct);
}
