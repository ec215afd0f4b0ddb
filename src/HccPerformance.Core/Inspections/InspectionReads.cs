using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Inspections;

/// <summary>What the rest of Core reads of inspections and their recommendations (convention 15).</summary>
public sealed class InspectionReads(AppDbContext db)
{
    public IQueryable<Inspection> Inspections => db.Inspections.AsNoTracking();

    public IQueryable<Recommendation> Recommendations => db.Recommendations.AsNoTracking();
}
