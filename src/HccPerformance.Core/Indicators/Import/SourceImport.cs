using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Indicators.Import;

/// <summary>
/// Marks who submits each national indicator's figures from a CSV or Excel file (issue 17): the council itself (seed 4.24:
/// 16 of them) or the national Data Hub. All or nothing, with each row's problem listed, as the other imports; repeating a
/// file changes nothing.
/// </summary>
public sealed class SourceImport(AppDbContext db, ICurrentUser user)
{
    public const string Code = "Indicator code";
    public const string Source = "Source";

    public static readonly IReadOnlyList<string> Columns = [Code, Source];

    public async Task<SourceCounts> CountsAsync(CancellationToken ct = default)
    {
        var national = await db.Indicators.AsNoTracking().Where(i => i.IsNational).Select(i => i.Source).ToListAsync(ct);
        return new SourceCounts(national.Count, national.Count(s => s == IndicatorSource.Council), national.Count(s => s == IndicatorSource.DataHub),
            national.Count(s => s is null));
    }

    public async Task<ImportOutcome> ImportAsync(Stream content, string fileName, long length, CancellationToken ct = default)
    {
        MembershipImport.RequirePerformanceTeam(user);
        var table = UploadedTable.Read(content, fileName, length, Columns, []);
        if (table.Refusal is { } refusal)
        {
            return ImportOutcome.Refused(refusal);
        }

        var known = (await db.Indicators.AsNoTracking().Select(i => new { i.Id, i.Code, i.IsNational }).ToListAsync(ct))
            .ToDictionary(i => i.Code, i => (i.Id, i.Code, i.IsNational), StringComparer.OrdinalIgnoreCase);
        var check = Check(table.Rows, known);
        var problems = table.Problems.Concat(check.Problems).ToList();
        if (problems.Count > 0)
        {
            return ImportOutcome.WithProblems(problems);
        }

        var ids = check.Rows.Select(r => r.IndicatorId).ToList();
        var indicators = await db.Indicators.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        int added = 0, changed = 0, unchanged = 0;
        foreach (var row in check.Rows)
        {
            var indicator = indicators[row.IndicatorId];
            var before = indicator.Source;
            if (before == row.Source)
            {
                unchanged++;
                continue;
            }

            indicator.MarkSource(row.Source);
            if (before is null)
            {
                added++;
            }
            else
            {
                changed++;
            }
        }

        // One SaveChanges is one transaction: every row goes in, or (if anything fails) none does.
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(null, [], 0, added, changed, unchanged);
    }

    /// <summary>
    /// The rules every row must meet: the indicator exists, the source is Council or Data Hub, the Data Hub only for a
    /// national indicator (it collects nothing else), and no indicator twice.
    /// </summary>
    public static SourceCheck Check(IEnumerable<TableRow> rows, IReadOnlyDictionary<string, (int Id, string Code, bool IsNational)> indicators)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(indicators);
        var problems = new List<RowProblem>();
        var wanted = new List<SourceRow>();
        var seen = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            var count = problems.Count;
            void Problem(string column, string message) => problems.Add(new RowProblem(row.Line, column, message));
            var code = row.Cell(Code).Trim();
            var found = indicators.TryGetValue(code, out var indicator);
            if (code.Length == 0)
            {
                Problem(Code, "the indicator code is missing");
            }
            else if (!found)
            {
                Problem(Code, ImportExample.Is(code) ? ImportExample.Problem : $"there is no indicator {code}");
            }
            else if (seen.TryGetValue(indicator.Id, out var first))
            {
                Problem(Code, $"row {first} already gives the source of {indicator.Code}");
            }
            else
            {
                seen[indicator.Id] = row.Line;
            }

            var text = row.Cell(Source).Trim();
            var source = TryParseSource(text);
            if (source is null)
            {
                Problem(Source, text.Length == 0 ? "the source is missing: write Council or Data Hub" : $"\"{text}\" is not a source: write Council or Data Hub");
            }
            else if (source == IndicatorSource.DataHub && found && !indicator.IsNational)
            {
                Problem(Source, $"{indicator.Code} is a local measure, and the Data Hub collects national indicators only: write Council");
            }

            if (problems.Count == count)
            {
                wanted.Add(new SourceRow(row.Line, indicator.Id, indicator.Code, source!.Value));
            }
        }

        return new SourceCheck(problems, wanted);
    }

    /// <summary>The words a file may use for a source, as the definitions import reads them.</summary>
    public static IndicatorSource? TryParseSource(string text) => text.Trim().ToLowerInvariant() switch
    {
        "council" or "submitted by the council" or "the council" => IndicatorSource.Council,
        "data hub" or "datahub" or "national data hub" or "the data hub" => IndicatorSource.DataHub,
        _ => null,
    };
}
