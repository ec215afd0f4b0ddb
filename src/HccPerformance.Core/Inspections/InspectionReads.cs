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

    /// <summary>Intelligence from inspectorates, latest first.</summary>
    public IQueryable<IntelligenceRecord> LatestIntelligence =>
        db.IntelligenceRecords.AsNoTracking().OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id);

    /// <summary>
    /// The forward programme as it stood at the end of <paramref name="day"/>: entered by then, and neither removed nor recorded
    /// as happened by then. For today that is every entry still open.
    /// </summary>
    public IQueryable<ExpectedInspection> ForwardProgrammeOn(DateOnly day)
    {
        var after = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return db.ExpectedInspections.AsNoTracking()
            .Where(e => e.CreatedUtc < after && (e.RemovedOn == null || e.RemovedOn > day) && (e.HappenedAs == null || e.HappenedAs.CreatedUtc >= after));
    }

    /// <summary>
    /// The strategic picture on <paramref name="day"/> (seed 4.14; issue 18) in one SQL command: every strategic inspection
    /// reported by then, every inspection on the forward programme then, and the intelligence received from
    /// <paramref name="since"/> to then together with the latest <paramref name="latest"/> (the two overlap: take each
    /// record once). For a department, its own records and the council-wide ones. In no order: the reader sorts the few rows.
    /// </summary>
    public IQueryable<StrategicItem> StrategicPicture(DateOnly day, DateOnly since, int? departmentId, int latest)
    {
        // Anonymous rows of one shape for the union (EF cannot union rows it builds through a constructor), made records after it.
        var strategic = db.Inspections.AsNoTracking()
            .Where(i => i.IsStrategic && i.ReportedOn <= day && (departmentId == null || i.DepartmentId == null || i.DepartmentId == departmentId))
            .Select(i => new
            {
                Kind = StrategicItemKind.Inspection, i.Id, From = i.Body, Service = (string?)i.Service, i.Judgement, Scope = (string?)null, Summary = (string?)null,
                On = i.ReportedOn, i.DepartmentId, i.IsDemo,
            });
        var expected = ForwardProgrammeOn(day)
            .Where(e => departmentId == null || e.DepartmentId == null || e.DepartmentId == departmentId)
            .Select(e => new
            {
                Kind = StrategicItemKind.Expected, e.Id, From = e.Inspectorate, Service = (string?)e.Service, Judgement = (string?)null, Scope = (string?)e.Scope,
                Summary = (string?)null, On = e.ExpectedMonth, e.DepartmentId, e.IsDemo,
            });
        var received = db.IntelligenceRecords.AsNoTracking()
            .Where(r => r.ReceivedOn <= day && (departmentId == null || r.DepartmentId == null || r.DepartmentId == departmentId));
        var recent = received.Where(r => r.ReceivedOn >= since)
            .Select(r => new
            {
                Kind = StrategicItemKind.Intelligence, r.Id, From = r.Source, Service = (string?)null, Judgement = (string?)null, Scope = (string?)null,
                Summary = (string?)r.Summary, On = r.ReceivedOn, r.DepartmentId, r.IsDemo,
            });
        var newest = received.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id).Take(latest)
            .Select(r => new
            {
                Kind = StrategicItemKind.Intelligence, r.Id, From = r.Source, Service = (string?)null, Judgement = (string?)null, Scope = (string?)null,
                Summary = (string?)r.Summary, On = r.ReceivedOn, r.DepartmentId, r.IsDemo,
            });
        return strategic.Concat(expected).Concat(recent).Concat(newest)
            .Select(x => new StrategicItem(x.Kind, x.Id, x.From, x.Service, x.Judgement, x.Scope, x.Summary, x.On, x.DepartmentId, x.IsDemo));
    }
}
