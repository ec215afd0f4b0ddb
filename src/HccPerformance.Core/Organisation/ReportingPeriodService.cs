using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Organisation;

public sealed class ReportingPeriodService(AppDbContext db)
{
    public Task<List<PeriodSummary>> ListAsync(CancellationToken ct = default) =>
        Summaries(db.ReportingPeriods.AsNoTracking().OrderByDescending(p => p.FinancialYear).ThenBy(p => p.Quarter))
            .ToListAsync(ct);

    public async Task<PeriodSummary> GetAsync(int id, CancellationToken ct = default) =>
        await Summaries(db.ReportingPeriods.AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("The reporting period");

    /// <summary>The period people are reporting on now: the latest one the Administrator has opened.</summary>
    public Task<PeriodSummary?> CurrentAsync(CancellationToken ct = default) =>
        Summaries(db.ReportingPeriods.AsNoTracking().Where(p => p.IsOpen)
                .OrderByDescending(p => p.FinancialYear).ThenByDescending(p => p.Quarter))
            .FirstOrDefaultAsync(ct);

    /// <summary>The quarter before this one (Quarter 4 of last year before Quarter 1), if it exists.</summary>
    public async Task<PeriodSummary?> PreviousAsync(int id, CancellationToken ct = default)
    {
        var period = await GetAsync(id, ct);
        var (year, quarter) = period.Quarter == 1 ? (period.FinancialYear - 1, 4) : (period.FinancialYear, period.Quarter - 1);
        return await Summaries(db.ReportingPeriods.AsNoTracking().Where(p => p.FinancialYear == year && p.Quarter == quarter)).SingleOrDefaultAsync(ct);
    }

    public async Task AddFinancialYearAsync(int startYear, CancellationToken ct = default)
    {
        if (await db.ReportingPeriods.AnyAsync(p => p.FinancialYear == startYear, ct))
        {
            throw new DomainException($"The quarters of {ReportingPeriod.FinancialYearName(startYear)} already exist",
                nameof(FinancialYearInput.StartYear));
        }

        db.ReportingPeriods.AddRange(ReportingPeriod.ForFinancialYear(startYear));
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateAsync(int id, DeadlineInput input, CancellationToken ct = default)
    {
        var period = await db.ReportingPeriods.SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("The reporting period");
        db.ExpectVersion(period, input.Version);
        period.MoveDeadline(input.Deadline!.Value);
        if (input.IsOpen)
        {
            period.Open();
        }
        else
        {
            period.Close();
        }

        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.ReportingPeriods.AsNoTracking().SingleAsync(p => p.Id == id, ct);
            return new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy}) changed this period while you were editing it. Their version is shown; your changes are still in the form. Save again to replace theirs.", theirs.Version,
                new Dictionary<string, string?>
                {
                    [nameof(DeadlineInput.Deadline)] = theirs.Deadline.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                    [nameof(DeadlineInput.IsOpen)] = theirs.IsOpen ? "Open" : "Closed",
                });
        }, ct);
    }

    private static IQueryable<PeriodSummary> Summaries(IQueryable<ReportingPeriod> periods) =>
        periods.Select(p => new PeriodSummary(p.Id, p.FinancialYear, p.Quarter, p.StartDate, p.EndDate, p.Deadline, p.IsOpen, p.Version));
}
