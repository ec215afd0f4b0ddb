using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Organisation;

/// <summary>
/// Who holds which role in which department: the only reader of the Identity tables (convention 15). Other features
/// compose its queries; writes go through Identity's <c>UserManager</c> in <see cref="UserAdministration"/>.
/// </summary>
public sealed class PeopleDirectory(AppDbContext db)
{
    /// <summary>Everyone with an account.</summary>
    public IQueryable<Person> People =>
        db.Users.AsNoTracking().Select(u => new Person { Id = u.Id, DisplayName = u.DisplayName, DepartmentId = u.DepartmentId, Email = u.Email });

    /// <summary>Everyone holding any of the roles (a person holding two of them comes twice: take <c>Distinct</c> of what you need).</summary>
    public IQueryable<Person> InRoles(params IReadOnlyCollection<string> roles) =>
        from u in db.Users.AsNoTracking()
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where roles.Contains(r.Name!)
        select new Person { Id = u.Id, DisplayName = u.DisplayName, DepartmentId = u.DepartmentId, Email = u.Email };

    /// <summary>Everyone holding some role other than these.</summary>
    public IQueryable<Person> InRolesOtherThan(params IReadOnlyCollection<string> roles) =>
        from u in db.Users.AsNoTracking()
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where !roles.Contains(r.Name!)
        select new Person { Id = u.Id, DisplayName = u.DisplayName, DepartmentId = u.DepartmentId, Email = u.Email };

    /// <summary>Every role held, by person.</summary>
    public IQueryable<PersonRole> Roles =>
        from ur in db.UserRoles.AsNoTracking()
        join r in db.Roles on ur.RoleId equals r.Id
        select new PersonRole { UserId = ur.UserId, Role = r.Name! };

    /// <summary>
    /// The departments of a person's portfolio: their own department and any further ones an Administrator gave them
    /// (<see cref="PortfolioDepartment"/>). For ambition only: who reads a self-assessment stays by their own department.
    /// </summary>
    public IQueryable<int> PortfolioOf(string userId) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId && u.DepartmentId != null).Select(u => u.DepartmentId!.Value)
            .Concat(db.PortfolioDepartments.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.DepartmentId));

    /// <summary>The accounts themselves, for the Administrator's user pages.</summary>
    public IQueryable<ApplicationUser> Accounts => db.Users.AsNoTracking();

    /// <summary>Display names by id, for the ids given.</summary>
    public Task<Dictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    public async Task<List<DepartmentMember>> InDepartmentAsync(int departmentId, CancellationToken ct = default)
    {
        var rows = await DepartmentRoles().Where(r => r.DepartmentId == departmentId).ToListAsync(ct);
        return [.. rows.Where(r => Common.Roles.NeedingDepartment.Contains(r.Role))
            .OrderBy(r => Common.Roles.All.ToList().IndexOf(r.Role)).ThenBy(r => r.DisplayName)
            .Select(r => new DepartmentMember(r.DisplayName, Common.Roles.DisplayName(r.Role)))];
    }

    /// <summary>Each department's Chief Officer and Executive Member, by department id.</summary>
    public async Task<Dictionary<int, (string? ChiefOfficer, string? ExecutiveMember)>> LeadsAsync(CancellationToken ct = default)
    {
        var rows = await DepartmentRoles()
            .Where(r => r.Role == Common.Roles.ChiefOfficer || r.Role == Common.Roles.ExecutiveMember)
            .ToListAsync(ct);
        return rows.GroupBy(r => r.DepartmentId).ToDictionary(
            g => g.Key,
            g => (g.Where(r => r.Role == Common.Roles.ChiefOfficer).Select(r => r.DisplayName).Order().FirstOrDefault(),
                  g.Where(r => r.Role == Common.Roles.ExecutiveMember).Select(r => r.DisplayName).Order().FirstOrDefault()));
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
