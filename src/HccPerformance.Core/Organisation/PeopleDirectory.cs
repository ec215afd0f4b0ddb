using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Organisation;

public sealed record DepartmentMember(string DisplayName, string Role);

/// <summary>Who holds which role in which department: read-only views for the home pages and the dashboard.</summary>
public sealed class PeopleDirectory(AppDbContext db)
{
    public async Task<List<DepartmentMember>> InDepartmentAsync(int departmentId, CancellationToken ct = default)
    {
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.DepartmentId == departmentId)
            .SelectMany(u => db.UserRoles.Where(ur => ur.UserId == u.Id)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { u.DisplayName, Role = r.Name! }))
            .ToListAsync(ct);
        return [.. rows.Where(r => Roles.NeedingDepartment.Contains(r.Role))
            .OrderBy(r => Roles.All.ToList().IndexOf(r.Role)).ThenBy(r => r.DisplayName)
            .Select(r => new DepartmentMember(r.DisplayName, Roles.DisplayName(r.Role)))];
    }

    /// <summary>Each department's Chief Officer and Executive Member, by department id.</summary>
    public async Task<Dictionary<int, (string? ChiefOfficer, string? ExecutiveMember)>> LeadsAsync(CancellationToken ct = default)
    {
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.DepartmentId != null)
            .SelectMany(u => db.UserRoles.Where(ur => ur.UserId == u.Id)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { DepartmentId = u.DepartmentId!.Value, u.DisplayName, Role = r.Name! }))
            .Where(r => r.Role == Roles.ChiefOfficer || r.Role == Roles.ExecutiveMember)
            .ToListAsync(ct);
        return rows.GroupBy(r => r.DepartmentId).ToDictionary(
            g => g.Key,
            g => (g.Where(r => r.Role == Roles.ChiefOfficer).Select(r => r.DisplayName).FirstOrDefault(),
                  g.Where(r => r.Role == Roles.ExecutiveMember).Select(r => r.DisplayName).FirstOrDefault()));
    }
}
