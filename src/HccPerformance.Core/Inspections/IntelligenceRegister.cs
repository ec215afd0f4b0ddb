using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Inspections;

/// <summary>
/// Intelligence from inspectorates (seed 4.14): letters, annual assessments and feedback outside formal recommendations.
/// Everyone signed in reads the register; the Performance Team keeps it, by the register's one rule
/// (<see cref="InspectionRegister.CanMaintain"/>).
/// </summary>
public sealed class IntelligenceRegister(AppDbContext db, InspectionRegister register, TimeProvider clock, OrganisationReads organisation)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanMaintain => register.CanMaintain;

    /// <summary>The register, latest first, for one department (its own and the council-wide records) or all.</summary>
    public async Task<List<IntelligenceRow>> ListAsync(int? departmentId, CancellationToken ct = default) =>
        await Rows(departmentId, null).ToListAsync(ct);

    /// <summary>The latest few records, taken in the query (the register page shows three beside the inspections).</summary>
    public async Task<List<IntelligenceRow>> LatestAsync(int count, CancellationToken ct = default) =>
        await Rows(null, null).Take(count).ToListAsync(ct);

    public async Task<IntelligenceRow> GetAsync(int id, CancellationToken ct = default) =>
        await Rows(null, id).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The intelligence record");

    public async Task<int> AddAsync(IntelligenceInput input, CancellationToken ct = default)
    {
        register.RequireMaintainer();
        await CheckDepartmentAsync(input, ct);
        var record = new IntelligenceRecord(input.Source, input.ReceivedOn!.Value, input.Summary, input.DepartmentId, input.DocumentReference, Today);
        db.IntelligenceRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return record.Id;
    }

    public async Task UpdateAsync(int id, IntelligenceInput input, CancellationToken ct = default)
    {
        register.RequireMaintainer();
        var record = await db.IntelligenceRecords.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("The intelligence record");
        await CheckDepartmentAsync(input, ct);
        db.ExpectVersion(record, input.Version);
        record.Change(input.Source, input.ReceivedOn!.Value, input.Summary, input.DepartmentId, input.DocumentReference, Today);
        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.IntelligenceRecords.AsNoTracking().SingleAsync(r => r.Id == id, ct);
            return new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy ?? theirs.CreatedBy}) changed this record while you were editing it. Their version is shown; what you typed is still in the form. Save again to replace theirs.",
                theirs.Version,
                new Dictionary<string, string?>
                {
                    ["Source"] = theirs.Source,
                    ["Date"] = theirs.ReceivedOn.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
                    ["Summary"] = theirs.Summary,
                    ["Document reference"] = theirs.DocumentReference,
                });
        }, ct);
    }

    // The record filter comes before the projection: EF cannot filter on a row whose demo mark is set by an initialiser.
    private IQueryable<IntelligenceRow> Rows(int? departmentId, int? id) =>
        from r in db.IntelligenceRecords.AsNoTracking()
        where departmentId == null || r.DepartmentId == departmentId || r.DepartmentId == null
        where id == null || r.Id == id
        join d in organisation.Departments on r.DepartmentId equals d.Id into dd
        from d in dd.DefaultIfEmpty()
        orderby r.ReceivedOn descending, r.Id descending
        select new IntelligenceRow(r.Id, r.Source, r.ReceivedOn, r.Summary, r.DepartmentId, d == null ? null : d.Name, r.DocumentReference, r.Version)
        {
            IsDemo = r.IsDemo,
        };

    private async Task CheckDepartmentAsync(IntelligenceInput input, CancellationToken ct)
    {
        if (input.ReceivedOn > Today)
        {
            throw new DomainException("The date cannot be in the future: enter the date of the letter or feedback", nameof(IntelligenceInput.ReceivedOn));
        }

        if (input.DepartmentId is not null)
        {
            await register.RequireDepartmentAsync(input.DepartmentId, nameof(IntelligenceInput.DepartmentId), ct);
        }
    }
}
