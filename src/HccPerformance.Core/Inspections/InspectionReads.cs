using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Inspections;

/// <summary>What the rest of Core reads of inspections, their recommendations, the forward programme and intelligence (convention 15).</summary>
public sealed class InspectionReads(AppDbContext db)
{
    public IQueryable<Inspection> Inspections => db.Inspections.AsNoTracking();

    public IQueryable<Recommendation> Recommendations => db.Recommendations.AsNoTracking();

    /// <summary>Strategic inspections (seed 4.14), latest report first, each with its judgement as the inspectorate words it.</summary>
    public IQueryable<Inspection> StrategicInspections =>
        db.Inspections.AsNoTracking().Where(i => i.IsStrategic).OrderByDescending(i => i.ReportedOn).ThenByDescending(i => i.Id);

    /// <summary>The forward programme: inspections still expected (not yet happened, not removed), soonest first.</summary>
    public IQueryable<ExpectedInspection> ForwardProgramme =>
        db.ExpectedInspections.AsNoTracking().Where(e => e.InspectionId == null && e.RemovedOn == null)
            .OrderBy(e => e.ExpectedMonth).ThenBy(e => e.Inspectorate);

    /// <summary>Intelligence from inspectorates, latest first: a box takes the first few (<c>.Take(3)</c>) in the same command.</summary>
    public IQueryable<IntelligenceRecord> LatestIntelligence =>
        db.IntelligenceRecords.AsNoTracking().OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id);
}
