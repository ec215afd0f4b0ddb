using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Data.Seeding;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Indicators.Import;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Benchmarking;

/// <summary>
/// Comparator councils' results (a county benchmarking club's figures) and where the council stands among them (issue 6).
/// Everyone signed in reads; the Corporate Performance Team enters and imports the comparators' figures. The council's own
/// figure for an indicator in a financial year is its latest result in that year, straight from the indicator's results.
/// </summary>
public sealed class BenchmarkingService(AppDbContext db, ICurrentUser user, TimeProvider clock, OrganisationReads organisation, IndicatorReads indicatorReads)
{
    public const string CodeColumn = "Indicator code";
    public const string YearColumn = "Year";
    public const string ComparatorColumn = "Comparator";
    public const string ValueColumn = "Value";

    public static readonly IReadOnlyList<string> ImportColumns = [CodeColumn, YearColumn, ComparatorColumn, ValueColumn];

    public bool CanMaintain => user.IsInRole(Roles.PerformanceTeam);

    private int CurrentYear => ReportingPeriod.FinancialYearOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>The financial years that have comparator figures, latest first.</summary>
    public async Task<List<int>> YearsAsync(CancellationToken ct = default) =>
        await db.BenchmarkResults.AsNoTracking().Select(b => b.FinancialYear).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    /// <summary>
    /// Every indicator with comparator figures for the year (by default the latest year that has any), bottom quartile first.
    /// A year without figures gives no rows: <see cref="BenchmarkOverview.Year"/> says which year was asked for.
    /// </summary>
    public async Task<BenchmarkOverview> OverviewAsync(int? year, CancellationToken ct = default)
    {
        var years = await YearsAsync(ct);
        var chosen = year ?? (years.Count > 0 ? years[0] : null);
        if (chosen is not { } y || !years.Contains(y))
        {
            return new BenchmarkOverview(chosen, years, []);
        }

        return new BenchmarkOverview(y, years, await RowsAsync(y, ct));
    }

    /// <summary>The top outlier areas for the dashboard: the bottom-quartile indicators of the latest year with figures (or the year given).</summary>
    public async Task<IReadOnlyList<BenchmarkRow>> OutliersAsync(int? year = null, CancellationToken ct = default) =>
        (await OverviewAsync(year, ct)).Outliers;

    /// <summary>One query: each indicator with figures for the year, its council figure and the comparators' values.</summary>
    private async Task<List<BenchmarkRow>> RowsAsync(int year, CancellationToken ct)
    {
        var (start, end) = Bounds(year);
        var rows = await (
            from i in indicatorReads.Indicators
            where db.BenchmarkResults.Any(b => b.IndicatorId == i.Id && b.FinancialYear == year)
            join d in organisation.Departments on i.DepartmentId equals d.Id into dd
            from d in dd.DefaultIfEmpty()
            select new
            {
                i.Id, i.Code, i.Title, i.Unit, i.Polarity,
                Department = d == null ? null : d.Name,
                Council = indicatorReads.Results.Where(r => r.IndicatorId == i.Id && r.PeriodStart >= start && r.PeriodStart < end)
                    .OrderByDescending(r => r.PeriodStart).Select(r => (decimal?)r.Value).FirstOrDefault(),
                Figures = db.BenchmarkResults.Where(b => b.IndicatorId == i.Id && b.FinancialYear == year).Select(b => b.Value).ToList(),
                // The council's figure or the comparators' are the demo's (issue 17).
                IsDemo = db.BenchmarkResults.Any(b => b.IndicatorId == i.Id && b.FinancialYear == year && b.IsDemo)
                    || indicatorReads.Results.Any(r => r.IndicatorId == i.Id && r.PeriodStart >= start && r.PeriodStart < end && r.IsDemo),
            }).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        return [.. Indicator.NaturalOrder(rows.Select(r => (r.Code, r.Id))).Select(id => byId[id])
            .Select(r => new BenchmarkRow(r.Id, r.Code, r.Title, r.Department, r.Unit, r.Polarity, r.Council, r.Figures.Count,
                Median(r.Figures), Best(r.Figures, r.Polarity), Quartiles.Of(r.Council, r.Figures, r.Polarity)) { IsDemo = r.IsDemo })
            .OrderBy(r => SortKey(r.Quartile))];
    }

    /// <summary>An indicator's comparators for a year (by default the latest year it has figures for), best first, the council among them.</summary>
    public async Task<IndicatorBenchmark?> IndicatorAsync(int indicatorId, int? year, CancellationToken ct = default)
    {
        var indicator = await (
            from i in indicatorReads.Indicators
            where i.Id == indicatorId
            join d in organisation.Departments on i.DepartmentId equals d.Id into dd
            from d in dd.DefaultIfEmpty()
            select new { i.Id, i.Code, i.Title, i.Unit, i.Polarity, i.Frequency, Department = d == null ? null : d.Name })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The indicator");
        var withFigures = await db.BenchmarkResults.AsNoTracking().Where(b => b.IndicatorId == indicatorId)
            .Select(b => b.FinancialYear).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var years = SelectableYears(withFigures);
        var chosen = year ?? (withFigures.Count > 0 ? withFigures[0] : Math.Max(years[^1], CurrentYear - 1));
        if (!years.Contains(chosen))
        {
            return null;
        }

        var (start, end) = Bounds(chosen);
        var latest = await indicatorReads.Results
            .Where(r => r.IndicatorId == indicatorId && r.PeriodStart >= start && r.PeriodStart < end)
            .OrderByDescending(r => r.PeriodStart).Select(r => new { r.PeriodStart, r.Value }).FirstOrDefaultAsync(ct);
        var comparators = await db.BenchmarkResults.AsNoTracking().Where(b => b.IndicatorId == indicatorId && b.FinancialYear == chosen)
            .Select(b => new { b.Id, b.Comparator, b.Value }).ToListAsync(ct);
        var figures = comparators.Select(c => new ComparatorFigure(c.Id, c.Comparator, c.Value, false)).ToList();
        if (latest is not null)
        {
            figures.Add(new ComparatorFigure(null, BenchmarkLimits.ThisCouncil, latest.Value, true));
        }

        // Best first by polarity (without one, largest first); the council before a comparator with the same figure,
        // as ties share the better rank.
        var ordered = (indicator.Polarity == Polarity.LowerIsBetter ? figures.OrderBy(f => f.Value) : figures.OrderByDescending(f => f.Value))
            .ThenByDescending(f => f.IsCouncil).ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var values = comparators.Select(c => c.Value).ToList();
        return new IndicatorBenchmark(indicator.Id, indicator.Code, indicator.Title, indicator.Department, indicator.Unit, indicator.Polarity,
            chosen, years, withFigures, latest?.Value, latest is null ? null : new ResultPeriod(latest.PeriodStart, indicator.Frequency),
            ordered, values.Count, Median(values), Best(values, indicator.Polarity), Quartiles.Of(latest?.Value, values, indicator.Polarity));
    }

    /// <summary>
    /// Adds a comparator's figure for the year, or changes the one it has (names matched ignoring case, the name held kept).
    /// Returns whether it was added, and the comparator's name as held.
    /// </summary>
    public async Task<(bool Added, string Comparator)> SaveComparatorAsync(int indicatorId, ComparatorInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        if (!await indicatorReads.Indicators.AnyAsync(i => i.Id == indicatorId, ct))
        {
            throw new NotFoundException("The indicator");
        }

        var year = input.Year!.Value;
        if (year is < 2000 || year > CurrentYear)
        {
            throw new DomainException($"Choose a financial year up to {FinancialYears.Name(CurrentYear)}: {FinancialYears.Name(year)} is not one the register takes.");
        }

        var name = input.Comparator.Trim();
        var value = Math.Round(input.Value!.Value, BenchmarkLimits.Decimals);
        var existing = (await db.BenchmarkResults.Where(b => b.IndicatorId == indicatorId && b.FinancialYear == year).ToListAsync(ct))
            .FirstOrDefault(b => string.Equals(b.Comparator, name, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            db.BenchmarkResults.Add(new BenchmarkResult(indicatorId, year, name, value));
        }
        else
        {
            existing.Change(value);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (existing is null)
        {
            throw new DomainException($"Someone else added {name}'s figure for {FinancialYears.Name(year)} just now. Reload the page to see it, and change it if it is wrong.",
                nameof(ComparatorInput.Comparator));
        }

        return (existing is null, existing?.Comparator ?? name);
    }

    /// <summary>Removes a comparator's figure (a mistaken name, a council that left the club). Returns what was removed.</summary>
    public async Task<(string Comparator, int Year)> RemoveComparatorAsync(int indicatorId, int id, CancellationToken ct = default)
    {
        RequireMaintainer();
        var figure = await db.BenchmarkResults.SingleOrDefaultAsync(b => b.Id == id && b.IndicatorId == indicatorId, ct)
            ?? throw new NotFoundException("The comparator's figure");
        db.BenchmarkResults.Remove(figure);
        await db.SaveChangesAsync(ct);
        return (figure.Comparator, figure.FinancialYear);
    }

    /// <summary>
    /// Loads comparators' figures from a CSV file or Excel workbook (columns Indicator code, Year, Comparator, Value), as the
    /// results import does: the whole file is checked first; then every row goes in, in one transaction, or none does and
    /// the problems are listed row by row. A figure already held as the file gives it changes nothing.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(Stream content, string fileName, long length, CancellationToken ct = default)
    {
        RequireMaintainer();
        var table = UploadedTable.Read(content, fileName, length, ImportColumns, []);
        if (table.Refusal is { } refusal)
        {
            return ImportOutcome.Refused(refusal);
        }

        var problems = table.Problems.ToList();
        var known = await indicatorReads.Indicators.Select(i => new { i.Id, i.Code })
            .ToDictionaryAsync(i => i.Code, i => i, StringComparer.OrdinalIgnoreCase, ct);
        var currentYear = CurrentYear;
        var wanted = new List<(int IndicatorId, int Year, string Comparator, decimal Value)>();
        var seen = new Dictionary<(int, int, string), int>();
        foreach (var row in table.Rows)
        {
            var count = problems.Count;
            void Problem(string column, string message) => problems.Add(new RowProblem(row.Line, column, message));
            var code = row.Cell(CodeColumn);
            var indicator = known.GetValueOrDefault(code);
            if (code.Length == 0)
            {
                Problem(CodeColumn, "the indicator code is missing");
            }
            else if (indicator is null)
            {
                Problem(CodeColumn, $"there is no indicator {code}");
            }

            var yearText = row.Cell(YearColumn);
            if (!FinancialYears.TryParseWritten(yearText, out var year))
            {
                Problem(YearColumn, yearText.Length == 0 ? "the year is missing: write it like 2009/10" : $"\"{yearText}\" is not a financial year: write it like 2009/10");
            }
            else if (year > currentYear)
            {
                Problem(YearColumn, $"{FinancialYears.Name(year)} has not begun yet");
            }

            var comparator = row.Cell(ComparatorColumn);
            if (comparator.Length == 0)
            {
                Problem(ComparatorColumn, "the comparator council is missing");
            }
            else if (comparator.Length > BenchmarkLimits.Comparator)
            {
                Problem(ComparatorColumn, $"the comparator's name is longer than {BenchmarkLimits.Comparator} characters");
            }
            else if (string.Equals(comparator, BenchmarkLimits.ThisCouncil, StringComparison.OrdinalIgnoreCase))
            {
                Problem(ComparatorColumn, "\"This council\" is the council's own figure, which comes from its results: name a comparator council");
            }

            var valueText = row.Cell(ValueColumn);
            if (!decimal.TryParse(valueText, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                Problem(ValueColumn, valueText.Length == 0 ? "the value is missing" : $"\"{valueText}\" is not a number");
            }
            else if (Math.Abs(value) > BenchmarkLimits.LargestValue)
            {
                Problem(ValueColumn, $"{valueText} is beyond one billion: check the figure");
            }

            if (problems.Count > count || indicator is null)
            {
                continue;
            }

            var key = (indicator.Id, year, comparator.ToUpperInvariant());
            if (seen.TryGetValue(key, out var first))
            {
                Problem(ComparatorColumn, $"row {first} already gives {comparator}'s {indicator.Code} for {FinancialYears.Name(year)}");
                continue;
            }

            seen[key] = row.Line;
            wanted.Add((indicator.Id, year, comparator, Math.Round(value, BenchmarkLimits.Decimals)));
        }

        if (problems.Count > 0)
        {
            return ImportOutcome.WithProblems(problems);
        }

        var ids = wanted.Select(w => w.IndicatorId).Distinct().ToList();
        var years = wanted.Select(w => w.Year).Distinct().ToList();
        var existing = (await db.BenchmarkResults.Where(b => ids.Contains(b.IndicatorId) && years.Contains(b.FinancialYear)).ToListAsync(ct))
            .GroupBy(b => (b.IndicatorId, b.FinancialYear, b.Comparator.ToUpperInvariant())).ToDictionary(g => g.Key, g => g.First());
        int added = 0, changed = 0, unchanged = 0;
        foreach (var w in wanted)
        {
            if (existing.GetValueOrDefault((w.IndicatorId, w.Year, w.Comparator.ToUpperInvariant())) is { } held)
            {
                if (held.Value == w.Value)
                {
                    unchanged++;
                }
                else
                {
                    held.Change(w.Value);
                    changed++;
                }
            }
            else
            {
                db.BenchmarkResults.Add(new BenchmarkResult(w.IndicatorId, w.Year, w.Comparator, w.Value));
                added++;
            }
        }

        // One SaveChanges is one transaction: every row goes in, or (if anything fails) none does.
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(null, [], 0, added, changed, unchanged);
    }

    /// <summary>The median of the comparators' figures (the mean of the middle two when there is an even number).</summary>
    public static decimal? Median(IReadOnlyCollection<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The best of the comparators' figures by the indicator's polarity; without one there is no best.</summary>
    public static decimal? Best(IReadOnlyCollection<decimal> values, Polarity? polarity) =>
        values.Count == 0 || polarity is null ? null : polarity == Polarity.HigherIsBetter ? values.Max() : values.Min();

    /// <summary>Years an indicator's comparators can be looked at or entered for: the register's first year (or an earlier one with figures) to this one, latest first.</summary>
    private List<int> SelectableYears(IReadOnlyCollection<int> withFigures)
    {
        var first = Math.Min(DatabaseInitialiser.FirstFinancialYear, withFigures.Count > 0 ? withFigures.Min() : int.MaxValue);
        return [.. Enumerable.Range(first, CurrentYear - first + 1).Reverse()];
    }

    private static (DateOnly From, DateOnly To) Bounds(int year) => (new DateOnly(year, 4, 1), new DateOnly(year + 1, 4, 1));

    /// <summary>Bottom quartile first, then third, second, top, then those without a quartile.</summary>
    private static int SortKey(Quartile? quartile) => quartile is { } q ? 4 - (int)q : 4;

    private void RequireMaintainer()
    {
        if (!CanMaintain)
        {
            throw new ForbiddenException("The Corporate Performance Team enters and imports comparator councils' figures.");
        }
    }
}
