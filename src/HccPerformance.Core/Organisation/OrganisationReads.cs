using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Organisation;

/// <summary>
/// What the rest of Core reads of the organisation's structure (convention 15): departments and reporting periods, as
/// composable queries. People and their roles are <see cref="PeopleDirectory"/>'s.
/// </summary>
public sealed class OrganisationReads(AppDbContext db)
{
    public IQueryable<Department> Departments => db.Departments.AsNoTracking();

    public IQueryable<Department> ActiveDepartments => db.Departments.AsNoTracking().Where(d => d.IsActive);

    public IQueryable<ReportingPeriod> ReportingPeriods => db.ReportingPeriods.AsNoTracking();

    /// <summary>Department names by id, for labelling rows.</summary>
    public Task<Dictionary<int, string>> DepartmentNamesAsync(CancellationToken ct = default) =>
        db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
}
