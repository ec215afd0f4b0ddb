using System.Globalization;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Indicators.Import;

/// <summary>
/// Loads scorecard membership from a CSV or Excel file (issue 17): each row puts an indicator on a scorecard, and a row for
/// the LAA scorecard may mark a year's target as its stretch target. As with the other imports the whole file is checked
/// first; then every row goes in, in one transaction, or none does and each row's problem is listed. Repeating a file
/// changes nothing.
/// </summary>
public sealed class MembershipImport(AppDbContext db, ICurrentUser user)
{
    public const string Code = "Indicator code";
    public const string ScorecardColumn = "Scorecard";
    public const string Weight = "Weight";
    public const string Stretch = "Stretch";
    public const string Year = "Year";
    public const string StretchTarget = "Stretch target";

    public static readonly IReadOnlyList<string> Columns = [Code, ScorecardColumn];
    public static readonly IReadOnlyList<string> OptionalColumns = [Weight, Stretch, Year, StretchTarget];

    public async Task<ImportOutcome> ImportAsync(Stream content, string fileName, long length, CancellationToken ct = default)
    {
        RequirePerformanceTeam(user);
        var table = UploadedTable.Read(content, fileName, length, Columns, OptionalColumns);
        if (table.Refusal is { } refusal)
        {
            return ImportOutcome.Refused(refusal);
        }

        // Matched in memory, ignoring case, so "ni 154" and "laa" find NI 154 and LAA whatever the database's collation.
        var indicators = (await db.Indicators.AsNoTracking().Select(i => new { i.Id, i.Code }).ToListAsync(ct))
            .ToDictionary(i => i.Code, i => new KnownName(i.Id, i.Code), StringComparer.OrdinalIgnoreCase);
        // Retired scorecards take no members, and a new one may have a retired one's name.
        var scorecards = (await db.Scorecards.AsNoTracking().Where(s => s.RetiredOn == null).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .ToDictionary(s => s.Name, s => new KnownName(s.Id, s.Name), StringComparer.OrdinalIgnoreCase);
        var targets = (await db.Set<IndicatorTarget>().AsNoTracking().Select(t => new { t.IndicatorId, t.FinancialYear }).ToListAsync(ct))
            .Select(t => (t.IndicatorId, t.FinancialYear)).ToHashSet();

        var check = Check(table.Rows, indicators, scorecards, (indicator, year) => targets.Contains((indicator, year)));
        var problems = table.Problems.Concat(check.Problems).ToList();
        if (problems.Count > 0)
        {
            return ImportOutcome.WithProblems(problems);
        }

        var scorecardIds = check.Rows.Select(r => r.Scorecard.Id).Distinct().ToList();
        var tracked = await db.Scorecards.Include(s => s.Members).Where(s => scorecardIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var stretchIds = check.Rows.Where(r => r.StretchYear is not null).Select(r => r.Indicator.Id).Distinct().ToList();
        var stretched = await db.Indicators.Include(i => i.Targets).Where(i => stretchIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);

        int added = 0, changed = 0, unchanged = 0;
        foreach (var row in check.Rows)
        {
            var scorecard = tracked[row.Scorecard.Id];
            var member = scorecard.Members.FirstOrDefault(m => m.IndicatorId == row.Indicator.Id);
            var isNew = member is null;
            var rowChanged = false;
            if (isNew)
            {
                // Adding a member is an append: the scorecard's own settings, and so its version, are untouched.
                scorecard.Add(row.Indicator.Id, row.Weight ?? 1m);
            }
            else if (row.Weight is { } weight && weight != member!.Weight)
            {
                scorecard.Add(row.Indicator.Id, weight);
                db.Entry(scorecard).State = EntityState.Modified;
                rowChanged = true;
            }

            if (row.StretchYear is { } year)
            {
                var indicator = stretched[row.Indicator.Id];
                var current = indicator.TargetFor(year);
                var value = row.StretchTarget ?? current!.Value;
                if (current is null || current.Value != value || !current.IsStretch)
                {
                    indicator.SetTarget(year, value, isStretch: true);
                    // A target is part of the indicator someone may be editing: its version moves, as the target form's does.
                    db.Entry(indicator).State = EntityState.Modified;
                    rowChanged = true;
                }
            }

            if (isNew)
            {
                added++;
            }
            else if (rowChanged)
            {
                changed++;
            }
            else
            {
                unchanged++;
            }
        }

        // One SaveChanges is one transaction: every row goes in, or (if anything fails) none does.
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(null, [], 0, added, changed, unchanged);
    }

    /// <summary>
    /// The rules every row must meet, given what the database holds: the indicator and scorecard exist; a weight is a number
    /// above 0; a stretch flag is Yes or No, and Yes only on the LAA scorecard, for a year of the agreement, with a stretch
    /// target given or already held; no two rows say the same thing.
    /// </summary>
    public static MembershipCheck Check(IEnumerable<TableRow> rows, IReadOnlyDictionary<string, KnownName> indicators,
        IReadOnlyDictionary<string, KnownName> scorecards, Func<int, int, bool> hasTarget)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(scorecards);
        ArgumentNullException.ThrowIfNull(hasTarget);
        var problems = new List<RowProblem>();
        var wanted = new List<MembershipRow>();
        var seen = new Dictionary<(int, int, int?), int>();
        var weights = new Dictionary<(int, int), (decimal Weight, int Line)>();
        foreach (var row in rows)
        {
            var count = problems.Count;
            void Problem(string column, string message) => problems.Add(new RowProblem(row.Line, column, message));

            var code = row.Cell(Code).Trim();
            var indicator = indicators.GetValueOrDefault(code);
            if (code.Length == 0)
            {
                Problem(Code, "the indicator code is missing");
            }
            else if (indicator is null)
            {
                Problem(Code, ImportExample.Is(code) ? ImportExample.Problem : $"there is no indicator {code}");
            }

            var name = row.Cell(ScorecardColumn).Trim();
            var scorecard = scorecards.GetValueOrDefault(name);
            if (name.Length == 0)
            {
                Problem(ScorecardColumn, "the scorecard is missing");
            }
            else if (scorecard is null)
            {
                Problem(ScorecardColumn, $"there is no scorecard \"{name}\": write one of {UploadedTable.JoinWithAnd([.. scorecards.Values.Select(s => s.Name).Order(StringComparer.Ordinal)])}");
            }

            decimal? weight = null;
            var weightText = row.Cell(Weight).Trim();
            if (weightText.Length > 0)
            {
                if (TryNumber(weightText, out var w) && w > 0)
                {
                    weight = w;
                }
                else
                {
                    Problem(Weight, $"\"{weightText}\" is not a weight: write a number more than 0, like 1 or 2.5, or leave it blank");
                }
            }

            var stretchText = row.Cell(Stretch).Trim();
            bool? stretch = stretchText.ToLowerInvariant() switch
            {
                "" or "no" or "n" or "false" => false,
                "yes" or "y" or "true" => true,
                _ => null,
            };
            if (stretch is null)
            {
                Problem(Stretch, $"\"{stretchText}\" is not a stretch flag: write Yes for an LAA stretch target, or No (or leave it blank)");
            }

            var yearText = row.Cell(Year).Trim();
            var targetText = row.Cell(StretchTarget).Trim();
            int? year = null;
            decimal? target = null;
            if (stretch == true)
            {
                if (scorecard is not null && !string.Equals(scorecard.Name, LocalAreaAgreement.ScorecardName, StringComparison.OrdinalIgnoreCase))
                {
                    Problem(Stretch, $"a stretch target belongs to an LAA designation, and this row is for {scorecard.Name}: put the row on the {LocalAreaAgreement.ScorecardName} scorecard or write No");
                }

                if (yearText.Length == 0)
                {
                    Problem(Year, "say which financial year the stretch target is for, like 2009/10");
                }
                else if (!FinancialYears.TryParseWritten(yearText, out var y))
                {
                    Problem(Year, $"\"{yearText}\" is not a financial year: write it like 2009/10");
                }
                else if (!LocalAreaAgreement.Covers(y))
                {
                    Problem(Year, $"{FinancialYears.Name(y)} is not a year of the Local Area Agreement, which ran from {LocalAreaAgreement.Years}: a stretch target can only be for those years");
                }
                else
                {
                    year = y;
                }

                if (targetText.Length > 0)
                {
                    if (TryNumber(targetText, out var t))
                    {
                        target = t;
                    }
                    else
                    {
                        Problem(StretchTarget, $"\"{targetText}\" is not a number");
                    }
                }
                else if (indicator is not null && year is { } held && !hasTarget(indicator.Id, held))
                {
                    Problem(StretchTarget, $"{indicator.Name} has no target for {FinancialYears.Name(held)} to mark as its stretch target: give the stretch target");
                }
            }
            else if (stretch == false && (yearText.Length > 0 || targetText.Length > 0))
            {
                Problem(yearText.Length > 0 ? Year : StretchTarget,
                    "a year and a stretch target are only for an LAA stretch target: write Yes in Stretch, or leave them blank");
            }

            // A row with a problem of its own is not compared with the others: "row 3 already ..." about a row that is wrong
            // anyway would only be noise.
            if (problems.Count == count && indicator is not null && scorecard is not null)
            {
                if (seen.TryGetValue((indicator.Id, scorecard.Id, year), out var first))
                {
                    Problem(Code, year is { } y
                        ? $"row {first} already gives {indicator.Name}'s stretch target for {FinancialYears.Name(y)}"
                        : $"row {first} already puts {indicator.Name} on {scorecard.Name}");
                }
                else
                {
                    seen[(indicator.Id, scorecard.Id, year)] = row.Line;
                }

                if (weight is { } given)
                {
                    if (weights.TryGetValue((indicator.Id, scorecard.Id), out var earlier) && earlier.Weight != given)
                    {
                        Problem(Weight, $"row {earlier.Line} gives {indicator.Name} the weight {Number(earlier.Weight)} on {scorecard.Name}");
                    }
                    else
                    {
                        weights.TryAdd((indicator.Id, scorecard.Id), (given, row.Line));
                    }
                }
            }

            if (problems.Count == count)
            {
                wanted.Add(new MembershipRow(row.Line, indicator!, scorecard!, weight, year, target));
            }
        }

        return new MembershipCheck(problems, wanted);
    }

    internal static void RequirePerformanceTeam(ICurrentUser user)
    {
        if (!user.IsInRole(Roles.PerformanceTeam))
        {
            throw new ForbiddenException("The Corporate Performance Team imports scorecard membership and indicator sources.");
        }
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
