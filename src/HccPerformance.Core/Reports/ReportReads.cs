using System.Text.Json;
using HccPerformance.Core.Data;
using HccPerformance.Documents.Reports;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Reports;

/// <summary>
/// What the rest of Core may ask of issued reports (convention 15). Registers do not read reports; the one question they
/// ask is whether a frozen report shows something of theirs, so they never retire what an issued report still names.
/// </summary>
public sealed class ReportReads(AppDbContext db)
{
    /// <summary>
    /// The issued versions (like "version 1 of the report for Q2 2009/10") whose frozen dashboard summary has a tile with
    /// one of these titles (compared case-insensitively): the content as issued is the only record of what it showed.
    /// </summary>
    public async Task<List<string>> IssuedShowingTileAsync(IReadOnlyCollection<string> titles, CancellationToken ct = default)
    {
        var wanted = new HashSet<string>(titles, StringComparer.OrdinalIgnoreCase);
        var issued = await db.IssuedReports.AsNoTracking().OrderBy(r => r.IssuedUtc)
            .Select(r => new { r.PeriodName, r.VersionNumber, r.ContentJson }).ToListAsync(ct);
        return [.. issued
            .Where(r => JsonSerializer.Deserialize<CorporateReportContent>(r.ContentJson)?.Dashboard?.Tiles.Any(t => wanted.Contains(t.Title)) == true)
            .Select(r => $"version {r.VersionNumber} of the report for {r.PeriodName}")];
    }
}
