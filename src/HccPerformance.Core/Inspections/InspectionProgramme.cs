using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Inspections;

/// <summary>
/// The forward programme of inspections (seed 4.14, strategic inspections): everyone signed in reads it, as the register;
/// the Performance Team keeps it, by the register's one rule (<see cref="InspectionRegister.CanMaintain"/>). An entry
/// leaves the programme when it is recorded as an inspection (<see cref="InspectionRegister.CreateAsync"/>) or is removed.
/// </summary>
public sealed class InspectionProgramme(AppDbContext db, InspectionRegister register, TimeProvider clock, OrganisationReads organisation)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private DateOnly ThisMonth => new(Today.Year, Today.Month, 1);

    public bool CanMaintain => register.CanMaintain;

    /// <summary>What is expected, soonest first; those whose month has passed first of all, as they are due.</summary>
    public async Task<List<ExpectedInspectionRow>> ListAsync(CancellationToken ct = default) => await Rows().ToListAsync(ct);

    /// <summary>The next few expected, taken in the query (the register page shows three beside the inspections).</summary>
    public async Task<List<ExpectedInspectionRow>> NextAsync(int count, CancellationToken ct = default) => await Rows().Take(count).ToListAsync(ct);

    private IQueryable<ExpectedInspectionRow> Rows()
    {
        var thisMonth = ThisMonth;
        return
            from e in db.ExpectedInspections.AsNoTracking()
            where e.InspectionId == null && e.RemovedOn == null
            join d in organisation.Departments on e.DepartmentId equals d.Id into dd
            from d in dd.DefaultIfEmpty()
            orderby e.ExpectedMonth, e.Inspectorate, e.Id
            select new ExpectedInspectionRow(e.Id, e.Inspectorate, e.Service, e.DepartmentId, d == null ? null : d.Name, e.ExpectedMonth, e.Scope,
                e.ExpectedMonth < thisMonth, e.Version) { IsDemo = e.IsDemo };
    }

    /// <summary>One entry still on the programme (to change it, remove it, or record it as an inspection).</summary>
    public async Task<ExpectedInspectionRow> GetAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(ct)).SingleOrDefault(e => e.Id == id) ?? throw new NotFoundException("The expected inspection");

    public async Task<int> AddAsync(ExpectedInspectionInput input, CancellationToken ct = default)
    {
        register.RequireMaintainer();
        var month = await CheckAsync(input, ct);
        var expected = new ExpectedInspection(input.Inspectorate, input.Service, input.DepartmentId, month, input.Scope ?? "");
        db.ExpectedInspections.Add(expected);
        await db.SaveChangesAsync(ct);
        return expected.Id;
    }

    public async Task UpdateAsync(int id, ExpectedInspectionInput input, CancellationToken ct = default)
    {
        register.RequireMaintainer();
        var expected = await TrackedAsync(id, ct);
        var month = await CheckAsync(input, ct);
        db.ExpectVersion(expected, input.Version);
        expected.Change(input.Inspectorate, input.Service, input.DepartmentId, month, input.Scope ?? "");
        await SaveAsync(id, ct);
    }

    /// <summary>Takes an inspection off the programme without it happening (cancelled, or no longer expected).</summary>
    public async Task RemoveAsync(int id, Guid version, CancellationToken ct = default)
    {
        register.RequireMaintainer();
        var expected = await TrackedAsync(id, ct);
        db.ExpectVersion(expected, version);
        expected.Remove(Today);
        await SaveAsync(id, ct);
    }

    private async Task<DateOnly> CheckAsync(ExpectedInspectionInput input, CancellationToken ct)
    {
        var month = input.Month ?? throw new DomainException("Enter the month as a year and month, like 2010-03", nameof(ExpectedInspectionInput.ExpectedMonth));
        if (month < ThisMonth)
        {
            throw new DomainException("An expected inspection is this month or later: record one that has happened in the register instead",
                nameof(ExpectedInspectionInput.ExpectedMonth));
        }

        if (input.DepartmentId is not null)
        {
            await register.RequireDepartmentAsync(input.DepartmentId, nameof(ExpectedInspectionInput.DepartmentId), ct);
        }

        return month;
    }

    private async Task<ExpectedInspection> TrackedAsync(int id, CancellationToken ct) =>
        await db.ExpectedInspections.SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException("The expected inspection");

    private Task SaveAsync(int id, CancellationToken ct) =>
        db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.ExpectedInspections.AsNoTracking().SingleAsync(e => e.Id == id, ct);
            return new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy ?? theirs.CreatedBy}) changed this expected inspection while you were editing it. Their version is shown; what you typed is still in the form. Save again to replace theirs.",
                theirs.Version,
                new Dictionary<string, string?>
                {
                    ["Inspectorate"] = theirs.Inspectorate,
                    ["Service"] = theirs.Service,
                    ["Expected"] = theirs.ExpectedMonth.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
                    ["Scope"] = theirs.Scope,
                    ["Removed"] = theirs.RemovedOn is null ? "No" : "Yes",
                });
        }, ct);
}
