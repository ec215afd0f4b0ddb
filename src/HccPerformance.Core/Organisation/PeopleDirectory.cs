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
        var rows = await DepartmentRoles().Where(r => r.DepartmentId == departmentId).ToListAsync(ct);
        return [.. rows.Where(r => Roles.NeedingDepartment.Contains(r.Role))
            .OrderBy(r => Roles.All.ToList().IndexOf(r.Role)).ThenBy(r => r.DisplayName)
            .Select(r => new DepartmentMember(r.DisplayName, Roles.DisplayName(r.Role)))];
    }

    /// <summary>Each department's Chief Officer and Executive Member, by department id.</summary>
    public async Task<Dictionary<int, (string? ChiefOfficer, string? ExecutiveMember)>> LeadsAsync(CancellationToken ct = default)
    {
        var rows = await DepartmentRoles()
            .Where(r => r.Role == Roles.ChiefOfficer || r.Role == Roles.ExecutiveMember)
            .ToListAsync(ct);
        return rows.GroupBy(r => r.DepartmentId).ToDictionary(
            g => g.Key,
            g => (g.Where(r => r.Role == Roles.ChiefOfficer).Select(r => r.DisplayName).Order().FirstOrDefault(),
                  g.Where(r => r.Role == Roles.ExecutiveMember).Select(r => r.DisplayName).Order().FirstOrDefault()));
    }

    // Member initialisation, not a constructor, so EF Core can still filter on it after the projection.
    private sealed class DepartmentRole
    {
        public int DepartmentId { get; init; }
        public string DisplayName { get; init; } = "";
        public string Role { get; init; } = "";
    }

    private IQueryable<DepartmentRole> DepartmentRoles() =>
        from user in db.Users.AsNoTracking()
        where user.DepartmentId != null
        join userRole in db.UserRoles on user.Id equals userRole.UserId
        join role in db.Roles on userRole.RoleId equals role.Id
        select new DepartmentRole { DepartmentId = user.DepartmentId!.Value, DisplayName = user.DisplayName, Role = role.Name! };
}
