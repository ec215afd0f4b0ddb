using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Indicators;

/// <summary>
/// Indicators' results (framework process 6): the periods open for results, entering and correcting one (the old figure
/// kept in its history), a Service Manager's indicators with results due, and a department's red indicators. An
/// indicator's Service Manager and the Corporate Performance Team enter its results.
/// </summary>
public sealed class ResultService(
    AppDbContext db, ICurrentUser user, TimeProvider clock, OrganisationReads organisation, IndicatorService indicators, ScorecardService scorecards)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The signed-in Service Manager's indicators, those with results due first.</summary>
    public async Task<List<DueIndicator>> MineAsync(CancellationToken ct = default)
    {
        var mine = await db.Indicators.AsNoTracking().Where(i => i.ServiceManagerId == user.UserId)
            .Select(i => new { i.Id, i.Code, i.Title, i.Unit, i.Frequency }).ToListAsync(ct);
        var ids = mine.Select(i => i.Id).ToList();
        var series = await scorecards.SeriesAsync(ids, Today, ct);
        var held = (await db.IndicatorResults.AsNoTracking().Where(r => ids.Contains(r.IndicatorId))
            .Select(r => new { r.IndicatorId, r.PeriodStart }).ToListAsync(ct)).Select(r => (r.IndicatorId, r.PeriodStart)).ToHashSet();
        var open = new Dictionary<Frequency, List<ResultPeriod>>();
        foreach (var frequency in mine.Select(i => i.Frequency).Distinct())
        {
            open[frequency] = await OpenPeriodsAsync(frequency, ct);
        }

        var byId = mine.ToDictionary(i => i.Id);
        var tolerances = await scorecards.ToleranceByIndicatorAsync(ct);
        return [.. Indicator.NaturalOrder(mine.Select(i => (i.Code, i.Id))).Select(id => byId[id]).Select(i => new DueIndicator(i.Id, i.Code, i.Title, i.Unit,
                ScorecardCalculator.Line(series[i.Id], tolerances.GetValueOrDefault(i.Id, IndicatorService.FallbackTolerancePercent), Today),
                [.. open[i.Frequency].Where(p => !held.Contains((i.Id, p.Start)))]))
            .OrderByDescending(d => d.Due.Count > 0)];
    }

    /// <summary>A department's indicators that are red as at the end of the latest quarter that has ended (for its home page).</summary>
    public async Task<List<RedIndicator>> RedsForDepartmentAsync(int departmentId, CancellationToken ct = default)
    {
        var ofDepartment = await db.Indicators.AsNoTracking().Where(i => i.DepartmentId == departmentId)
            .Select(i => new { i.Id, i.Code, i.Title, i.Unit }).ToListAsync(ct);
        if (ofDepartment.Count == 0)
        {
            return [];
        }

        var period = await scorecards.PeriodAsync(null, ct);
        var series = await scorecards.SeriesAsync([.. ofDepartment.Select(i => i.Id)], period.EndDate, ct);
        var tolerances = await scorecards.ToleranceByIndicatorAsync(ct);
        return [.. ofDepartment.Select(i => new RedIndicator(i.Id, i.Code, i.Title, i.Unit,
                ScorecardCalculator.Line(series[i.Id], tolerances.GetValueOrDefault(i.Id, IndicatorService.FallbackTolerancePercent), period.EndDate)))
            .Where(r => r.Line.Rag == Rag.Red).OrderBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The periods a result can be entered for now: those of the indicator's frequency that have begun and whose reporting
    /// quarter (the quarter in which the period ends) the Administrator has opened. Latest first.
    /// </summary>
    public async Task<List<ResultPeriod>> OpenPeriodsAsync(Frequency frequency, CancellationToken ct = default)
    {
        var open = await organisation.ReportingPeriods.Where(p => p.IsOpen).Select(p => new { p.StartDate, p.EndDate }).ToListAsync(ct);
        var periods = new List<ResultPeriod>();
        foreach (var quarter in open)
        {
            for (var day = quarter.StartDate; day <= quarter.EndDate; day = day.AddMonths(1))
            {
                var period = ResultPeriod.Containing(day, frequency);
                if (period.End >= quarter.StartDate && period.End <= quarter.EndDate && period.Start <= Today && !periods.Contains(period))
                {
                    periods.Add(period);
                }
            }
        }

        return [.. periods.OrderByDescending(p => p.Start)];
    }

    /// <summary>Enters a result, or with the version of the one shown, corrects it (the old figure stays in its history).</summary>
    public async Task RecordResultAsync(int indicatorId, ResultInput input, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId, ct)
            ?? throw new NotFoundException("The indicator");
        if (!indicators.CanEnterResultsFor(indicator.ServiceManagerId))
        {
            throw new ForbiddenException("Only the indicator's Service Manager and the Corporate Performance Team enter its results.");
        }

        if (!ResultPeriod.TryParse(input.Period, indicator.Frequency, out var period))
        {
            throw new DomainException($"Choose a {Words.Name(indicator.Frequency).ToLowerInvariant()} period, like {ResultPeriod.ExampleFor(indicator.Frequency)}", nameof(ResultInput.Period));
        }

        if (!(await OpenPeriodsAsync(indicator.Frequency, ct)).Contains(period))
        {
            throw new DomainException($"{period.Label} is not open for results. Results can be entered for periods in a reporting quarter the Administrator has opened.", nameof(ResultInput.Period));
        }

        var existing = await db.IndicatorResults.Include(r => r.History)
            .SingleOrDefaultAsync(r => r.IndicatorId == indicatorId && r.PeriodStart == period.Start, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            if (input.Version is not null)
            {
                throw new NotFoundException("The result being corrected");
            }

            db.IndicatorResults.Add(new IndicatorResult(indicatorId, period, input.Value!.Value, input.Note, input.Quality!.Value, ResultSource.Entered, user.DisplayName, now));
        }
        else
        {
            if (input.Version != existing.Version)
            {
                throw new ConcurrencyConflictException(
                    $"A result for {period.Label} was saved by {existing.RecordedBy} while you were typing. Check theirs below; to change it, correct it.",
                    existing.Version,
                    new Dictionary<string, string?>
                    {
                        ["Value"] = existing.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
                        ["Quality"] = Words.Name(existing.Quality),
                        ["Note"] = existing.Note,
                    });
            }

            db.ExpectVersion(existing, input.Version.Value);
            if (!existing.Correct(input.Value!.Value, input.Note, input.Quality!.Value, ResultSource.Entered, user.DisplayName, now))
            {
                return;
            }

            db.Entry(existing).State = EntityState.Modified;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (existing is null)
        {
            throw new DomainException($"Someone else entered a result for {period.Label} just now. Reload the page to see it, and correct it if it is wrong.", nameof(ResultInput.Period));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException("Someone else corrected this result while you were typing. Check theirs below; to change it, correct it.",
                await db.IndicatorResults.Where(r => r.Id == existing!.Id).Select(r => r.Version).SingleAsync(ct));
        }
    }
}
