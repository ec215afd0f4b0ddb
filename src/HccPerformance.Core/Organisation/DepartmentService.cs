using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Organisation;

public sealed class DepartmentService(AppDbContext db, PeopleDirectory people)
{
    public Task<List<DepartmentSummary>> ListAsync(CancellationToken ct = default) =>
        db.Departments.AsNoTracking()
            .OrderBy(d => d.Name)
            .Select(d => new DepartmentSummary(d.Id, d.Code, d.Name, d.IsActive, d.Version,
                people.People.Count(u => u.DepartmentId == d.Id), d.Source))
            .ToListAsync(ct);

    public async Task<DepartmentSummary> GetAsync(int id, CancellationToken ct = default) =>
        await db.Departments.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new DepartmentSummary(d.Id, d.Code, d.Name, d.IsActive, d.Version,
                people.People.Count(u => u.DepartmentId == d.Id), d.Source))
            .SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("The department");

    public async Task<int> CreateAsync(DepartmentInput input, CancellationToken ct = default)
    {
        await EnsureUniqueAsync(input, null, ct);
        var department = new Department(input.Code.ToUpperInvariant(), input.Name);
        db.Departments.Add(department);
        await db.SaveChangesAsync(ct);
        return department.Id;
    }

    public async Task UpdateAsync(int id, DepartmentInput input, CancellationToken ct = default)
    {
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException("The department");
        await EnsureUniqueAsync(input, id, ct);
        db.ExpectVersion(department, input.Version);
        department.Update(input.Code.ToUpperInvariant(), input.Name, input.IsActive);
        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == id, ct);
            return new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy}) changed this department while you were editing it. Their version is shown; your changes are still in the form. Save again to replace theirs.", theirs.Version,
                new Dictionary<string, string?>
                {
                    [nameof(DepartmentInput.Code)] = theirs.Code,
                    [nameof(DepartmentInput.Name)] = theirs.Name,
                    [nameof(DepartmentInput.IsActive)] = theirs.IsActive ? "Active" : "No longer active",
                });
        }, ct);
    }

    private async Task EnsureUniqueAsync(DepartmentInput input, int? id, CancellationToken ct)
    {
        var code = input.Code.Trim().ToUpperInvariant();
        var name = input.Name.Trim();
        if (await db.Departments.AnyAsync(d => d.Id != id && d.Code == code, ct))
        {
            throw new DomainException($"Another department already has the code {code}", nameof(DepartmentInput.Code));
        }

        if (await db.Departments.AnyAsync(d => d.Id != id && d.Name == name, ct))
        {
            throw new DomainException($"Another department is already called {name}", nameof(DepartmentInput.Name));
        }
    }
}
