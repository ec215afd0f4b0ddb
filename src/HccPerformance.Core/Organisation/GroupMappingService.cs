using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Organisation;

/// <summary>The Administrator's mapping of the identity provider's groups or app roles to the site's roles and departments.</summary>
public sealed class GroupMappingService(AppDbContext db)
{
    public async Task<List<GroupMappingRow>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.GroupMappings.AsNoTracking()
            .OrderBy(m => m.GroupValue).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.GroupValue, m.Role, m.DepartmentId, m.CreatedUtc, m.CreatedBy })
            .ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return [.. rows.Select(r => new GroupMappingRow(r.Id, r.GroupValue, r.Role,
            r.DepartmentId is { } d && departments.TryGetValue(d, out var name) ? name : null, r.CreatedUtc, r.CreatedBy))];
    }

    /// <summary>The latest refused council sign-ins, newest first.</summary>
    public async Task<List<CouncilSignInRefusalRow>> RecentRefusalsAsync(int count, CancellationToken ct = default) =>
        await db.CouncilSignInRefusals.AsNoTracking().OrderByDescending(r => r.Id).Take(count)
            .Select(r => new CouncilSignInRefusalRow(r.OccurredUtc, r.Name, r.Subject, r.Reason)).ToListAsync(ct);

    /// <summary>The rows as the claims rule reads them.</summary>
    public async Task<List<GroupRoles.Row>> RowsAsync(CancellationToken ct = default) =>
        await db.GroupMappings.AsNoTracking().Select(m => new GroupRoles.Row(m.GroupValue, m.Role, m.DepartmentId, m.Id)).ToListAsync(ct);

    public async Task<int> AddAsync(NewGroupMappingInput input, CancellationToken ct = default)
    {
        var mapping = new GroupMapping(input.GroupValue, input.Role, Roles.NeedingDepartment.Contains(input.Role) || input.DepartmentId is not null ? input.DepartmentId : null);
        if (mapping.DepartmentId is { } departmentId && !await db.Departments.AnyAsync(d => d.Id == departmentId && d.IsActive, ct))
        {
            throw new DomainException("Choose a department from the list", nameof(NewGroupMappingInput.DepartmentId));
        }

        if (await db.GroupMappings.AnyAsync(m => m.GroupValue == mapping.GroupValue && m.Role == mapping.Role, ct))
        {
            throw new DomainException($"\u201c{mapping.GroupValue}\u201d already gives {Roles.DisplayName(mapping.Role)}", nameof(NewGroupMappingInput.GroupValue));
        }

        var roles = await db.GroupMappings.Select(m => m.Role).ToListAsync(ct);
        if (!GroupRoles.LeavesAnAdministrator([.. roles, mapping.Role]))
        {
            throw new DomainException(
                "Map a group to Administrator first: people who sign in with their council account hold only the roles this mapping gives, so without an Administrator row nobody could look after the site",
                nameof(NewGroupMappingInput.Role));
        }

        db.GroupMappings.Add(mapping);
        await db.SaveChangesAsync(ct);
        return mapping.Id;
    }

    public async Task RemoveAsync(int id, CancellationToken ct = default)
    {
        var mapping = await db.GroupMappings.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("The mapping row");
        var rest = await db.GroupMappings.Where(m => m.Id != id).Select(m => m.Role).ToListAsync(ct);
        if (!GroupRoles.LeavesAnAdministrator(rest))
        {
            throw new DomainException(
                "This is the last row that gives Administrator: add another group for Administrators first, or remove the other rows, so the mapping never leaves the site with no Administrator");
        }

        db.GroupMappings.Remove(mapping);
        await db.SaveChangesAsync(ct);
    }
}
