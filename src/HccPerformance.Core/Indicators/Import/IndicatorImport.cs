using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Indicators.Import;

/// <summary>
/// Loads results and indicator definitions from CSV or Excel files (issue 5). The whole file is checked first; then either
/// every row goes in, in one transaction, or none does and the Performance Team gets a row-by-row list of what is wrong.
/// A row that matches what is already held changes nothing, so importing the same file twice is harmless.
/// </summary>
public sealed class IndicatorImport(AppDbContext db, ICurrentUser user, TimeProvider clock, IndicatorService indicators, ResultService results,
    OrganisationReads organisation, PeopleDirectory people)
{
    public const string Code = "Indicator code";
    public const string Period = "Period";
    public const string Value = "Value";
    public const string Note = "Note";
    public const string Quality = "Data quality";

    public static readonly IReadOnlyList<string> ResultColumns = [Code, Period, Value];
    public static readonly IReadOnlyList<string> OptionalResultColumns = [Note, Quality];

    public static readonly IReadOnlyList<string> DefinitionColumns = ["Code", "Title", "Frequency"];
    public static readonly IReadOnlyList<string> OptionalDefinitionColumns =
        ["Theme", "Unit", "Polarity", "Source", "Department", "Service manager", "Definition notes", "Amber tolerance"];

    public async Task<ImportOutcome> ImportResultsAsync(Stream content, string fileName, long length, CancellationToken ct = default)
    {
        RequirePerformanceTeam();
        var table = UploadedTable.Read(content, fileName, length, ResultColumns, OptionalResultColumns);
        if (table.Refusal is { } refusal)
        {
            return ImportOutcome.Refused(refusal);
        }

        var problems = table.Problems.ToList();
        // Matched in memory, ignoring case, so "ni 154" finds NI 154 whatever the database's collation.
        var known = await db.Indicators.AsNoTracking()
            .Select(i => new { i.Id, i.Code, i.Frequency }).ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct);
        var open = new Dictionary<Frequency, List<ResultPeriod>>();
        foreach (var frequency in known.Values.Select(k => k.Frequency).Distinct())
        {
            open[frequency] = await results.OpenPeriodsAsync(frequency, ct);
        }

        var wanted = new List<(int IndicatorId, ResultPeriod Period, decimal Value, string? Note, DataQuality Quality)>();
        var seen = new Dictionary<(int, DateOnly), int>();
        foreach (var row in table.Rows)
        {
            var count = problems.Count;
            void Problem(string column, string message) => problems.Add(new RowProblem(row.Line, column, message));
            var code = row.Cell(Code).Trim();
            if (code.Length == 0)
            {
                Problem(Code, "the indicator code is missing");
            }
            else if (!known.TryGetValue(code, out _))
            {
                Problem(Code, $"there is no indicator {code}");
            }

            if (!TryNumber(row.Cell(Value), out var value))
            {
                Problem(Value, row.Cell(Value).Trim().Length == 0 ? "the value is missing" : $"\"{row.Cell(Value).Trim()}\" is not a number");
            }

            if (!TryQuality(row.Cell(Quality), out var quality))
            {
                Problem(Quality, $"\"{row.Cell(Quality).Trim()}\" is not a data quality: write Confirmed, Estimated or In doubt");
            }

            var note = row.Cell(Note).Trim();
            if (note.Length > IndicatorLimits.Note)
            {
                Problem(Note, $"the note is longer than {IndicatorLimits.Note} characters");
            }
            else if (note.Length == 0 && quality == DataQuality.InDoubt)
            {
                Problem(Note, "say why the figure is in doubt, as the entry form asks");
            }

            if (known.GetValueOrDefault(code) is not { } indicator)
            {
                continue;
            }

            if (!ResultPeriod.TryParse(row.Cell(Period), indicator.Frequency, out var period))
            {
                Problem(Period, $"\"{row.Cell(Period).Trim()}\" is not a {Words.Name(indicator.Frequency).ToLowerInvariant()} period for {indicator.Code}: write it like {ResultPeriod.ExampleFor(indicator.Frequency)}");
                continue;
            }

            if (!open[indicator.Frequency].Contains(period))
            {
                Problem(Period, $"{period.Label} is not open for results");
            }

            if (seen.TryGetValue((indicator.Id, period.Start), out var firstLine))
            {
                Problem(Period, $"row {firstLine} already gives {indicator.Code} for {period.Label}");
            }
            else
            {
                seen[(indicator.Id, period.Start)] = row.Line;
            }

            if (problems.Count == count)
            {
                wanted.Add((indicator.Id, period, value, note.Length == 0 ? null : note, quality));
            }
        }

        if (problems.Count > 0)
        {
            return ImportOutcome.WithProblems(problems);
        }

        var ids = wanted.Select(w => w.IndicatorId).Distinct().ToList();
        var starts = wanted.Select(w => w.Period.Start).Distinct().ToList();
        var existing = await db.IndicatorResults.Include(r => r.History)
            .Where(r => ids.Contains(r.IndicatorId) && starts.Contains(r.PeriodStart))
            .ToDictionaryAsync(r => (r.IndicatorId, r.PeriodStart), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, changed = 0, unchanged = 0;
        foreach (var w in wanted)
        {
            if (existing.GetValueOrDefault((w.IndicatorId, w.Period.Start)) is { } result)
            {
                if (result.Correct(w.Value, w.Note, w.Quality, ResultSource.Imported, user.DisplayName, now))
                {
                    db.Entry(result).State = EntityState.Modified;
                    changed++;
                }
                else
                {
                    unchanged++;
                }
            }
            else
            {
                db.IndicatorResults.Add(new IndicatorResult(w.IndicatorId, w.Period, w.Value, w.Note, w.Quality, ResultSource.Imported, user.DisplayName, now));
                added++;
            }
        }

        // One SaveChanges is one transaction: every row goes in, or (if anything fails) none does.
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(null, [], 0, added, changed, unchanged);
    }

    public async Task<ImportOutcome> ImportDefinitionsAsync(Stream content, string fileName, long length, CancellationToken ct = default)
    {
        RequirePerformanceTeam();
        var table = UploadedTable.Read(content, fileName, length, DefinitionColumns, OptionalDefinitionColumns);
        if (table.Refusal is { } refusal)
        {
            return ImportOutcome.Refused(refusal);
        }

        var problems = table.Problems.ToList();
        var existing = await db.Indicators.ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct);
        var withResults = (await db.IndicatorResults.Select(r => r.IndicatorId).Distinct().ToListAsync(ct)).ToHashSet();
        var departments = await organisation.Departments.Select(d => new { d.Id, d.Code, d.Name }).ToListAsync(ct);
        var managers = await indicators.ServiceManagersAsync(ct);
        var managerEmails = await people.People.Where(u => u.Email != null).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var wanted = new List<(string Code, DefinitionInput Input, TableRow Row)>();
        foreach (var row in table.Rows)
        {
            var count = problems.Count;
            void Problem(string column, string message) => problems.Add(new RowProblem(row.Line, column, message));
            var code = row.Cell("Code").Trim();
            var title = row.Cell("Title").Trim();
            if (code.Length == 0)
            {
                Problem("Code", "the code is missing");
            }
            else if (code.Length > 20)
            {
                Problem("Code", "the code is longer than 20 characters");
            }
            else if (ImportExample.Is(code))
            {
                Problem("Code", ImportExample.Problem);
            }
            else if (seen.TryGetValue(code, out var first))
            {
                Problem("Code", $"row {first} already defines {code}");
            }
            else
            {
                seen[code] = row.Line;
            }

            if (title.Length is 0 or > 300)
            {
                Problem("Title", title.Length == 0 ? "the title is missing" : "the title is longer than 300 characters");
            }

            Frequency? frequency = row.Cell("Frequency").Trim().ToLowerInvariant() switch
            {
                "monthly" or "month" => Frequency.Monthly,
                "quarterly" or "quarter" => Frequency.Quarterly,
                "annual" or "annually" or "yearly" => Frequency.Annual,
                _ => null,
            };
            if (frequency is null)
            {
                Problem("Frequency", $"\"{row.Cell("Frequency").Trim()}\" is not a frequency: write Monthly, Quarterly or Annual");
            }
            else if (existing.GetValueOrDefault(code) is { } current && current.Frequency != frequency && withResults.Contains(current.Id))
            {
                Problem("Frequency", $"{code} has results, so its frequency cannot change from {Words.Name(current.Frequency).ToLowerInvariant()}");
            }

            Polarity? polarity = null;
            var polarityText = row.Cell("Polarity").Trim().ToLowerInvariant();
            if (polarityText is "higher" or "higher is better")
            {
                polarity = Polarity.HigherIsBetter;
            }
            else if (polarityText is "lower" or "lower is better")
            {
                polarity = Polarity.LowerIsBetter;
            }
            else if (polarityText.Length > 0)
            {
                Problem("Polarity", $"\"{row.Cell("Polarity").Trim()}\" is not a polarity: write Higher or Lower, or leave it blank if not known");
            }

            IndicatorSource? source = null;
            var sourceText = row.Cell("Source").Trim().ToLowerInvariant();
            if (sourceText is "council" or "submitted by the council")
            {
                source = IndicatorSource.Council;
            }
            else if (sourceText is "data hub" or "datahub" or "national data hub")
            {
                source = IndicatorSource.DataHub;
            }
            else if (sourceText.Length > 0)
            {
                Problem("Source", $"\"{row.Cell("Source").Trim()}\" is not a source: write Council or Data Hub, or leave it blank if not known");
            }

            int? departmentId = null;
            var departmentText = row.Cell("Department").Trim();
            if (departmentText.Length > 0)
            {
                departmentId = departments.FirstOrDefault(d => string.Equals(d.Code, departmentText, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(d.Name, departmentText, StringComparison.OrdinalIgnoreCase))?.Id;
                if (departmentId is null)
                {
                    Problem("Department", $"there is no department \"{departmentText}\": use its code, like {departments.FirstOrDefault()?.Code ?? "ENV"}");
                }
            }

            string? managerId = null;
            var managerText = row.Cell("Service manager").Trim();
            if (managerText.Length > 0)
            {
                managerId = managerEmails.FirstOrDefault(u => string.Equals(u.Email, managerText, StringComparison.OrdinalIgnoreCase))?.Id;
                if (managerId is null || managers.All(m => m.Id != managerId))
                {
                    Problem("Service manager", $"{managerText} is not the email address of a Service Manager");
                }
            }

            decimal? tolerance = null;
            var toleranceText = row.Cell("Amber tolerance").Trim().TrimEnd('%');
            if (toleranceText.Length > 0)
            {
                if (TryNumber(toleranceText, out var t) && t is >= 0 and <= 100)
                {
                    tolerance = t;
                }
                else
                {
                    Problem("Amber tolerance", $"\"{row.Cell("Amber tolerance").Trim()}\" is not a percentage from 0 to 100");
                }
            }

            foreach (var (column, max) in new[] { ("Theme", 100), ("Unit", 50), ("Definition notes", 2000) })
            {
                if (row.Cell(column).Trim().Length > max)
                {
                    Problem(column, $"the {column.ToLowerInvariant()} is longer than {max} characters");
                }
            }

            if (problems.Count == count)
            {
                wanted.Add((code, new DefinitionInput
                {
                    Code = code, Title = title, Theme = row.Cell("Theme"), Unit = row.Cell("Unit"), Polarity = polarity, Frequency = frequency,
                    Source = source, DepartmentId = departmentId, ServiceManagerId = managerId, DefinitionNotes = row.Cell("Definition notes"),
                    AmberTolerancePercent = tolerance,
                }, row));
            }
        }

        if (problems.Count > 0)
        {
            return ImportOutcome.WithProblems(problems);
        }

        int added = 0, changed = 0, unchanged = 0;
        foreach (var (code, input, row) in wanted)
        {
            if (existing.GetValueOrDefault(code) is not { } indicator)
            {
                indicator = new Indicator(code, input.Title, input.Polarity, input.Frequency!.Value, input.Source,
                    isNational: code.StartsWith("NI ", StringComparison.OrdinalIgnoreCase));
                db.Indicators.Add(indicator);
                added++;
            }

            // A column the file does not have leaves that part of the definition as it is: a file of codes and titles
            // must not wipe the polarities and Service Managers the Performance Team has set.
            bool Has(string column) => row.Cells.ContainsKey(column);
            indicator.Redefine(input.Title, Has("Polarity") ? input.Polarity : indicator.Polarity, input.Frequency!.Value,
                Has("Source") ? input.Source : indicator.Source);
            indicator.Describe(Has("Theme") ? input.Theme : indicator.Theme, Has("Unit") ? input.Unit : indicator.Unit,
                Has("Definition notes") ? input.DefinitionNotes : indicator.DefinitionNotes);
            indicator.AssignResponsibility(Has("Department") ? input.DepartmentId : indicator.DepartmentId,
                Has("Service manager") ? input.ServiceManagerId : indicator.ServiceManagerId);
            indicator.SetTolerance(Has("Amber tolerance") ? input.AmberTolerancePercent : indicator.AmberTolerancePercent);
        }

        db.ChangeTracker.DetectChanges();
        changed = existing.Values.Count(i => db.Entry(i).State == EntityState.Modified);
        unchanged = wanted.Count - added - changed;
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(null, [], 0, added, changed, unchanged);
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    private static bool TryQuality(string text, out DataQuality quality)
    {
        (var ok, quality) = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) switch
        {
            "" or "confirmed" => (true, DataQuality.Confirmed),
            "estimated" or "estimate" => (true, DataQuality.Estimated),
            "indoubt" or "doubtful" => (true, DataQuality.InDoubt),
            _ => (false, DataQuality.Confirmed),
        };
        return ok;
    }

    private void RequirePerformanceTeam()
    {
        if (!user.IsInRole(Roles.PerformanceTeam))
        {
            throw new ForbiddenException("The Corporate Performance Team imports results and indicator definitions.");
        }
    }
}
