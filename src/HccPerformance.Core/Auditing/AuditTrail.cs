using System.Text.Json;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Auditing;

/// <summary>Reads the audit trail, newest first, a page at a time.</summary>
public sealed class AuditTrail(AppDbContext db, ICurrentUser user)
{
    public const int PageSize = 50;

    /// <summary>The latest entry's id (0 when none): every change through the site moves it, so caches key on it.</summary>
    public async Task<long> LatestIdAsync(CancellationToken ct = default) =>
        await db.AuditEntries.MaxAsync(a => (long?)a.Id, ct) ?? 0;

    /// <summary>
    /// The entity types changed since an entry (by anyone, on any instance) and the newest entry's id, in one command: the
    /// dashboard rebuilds only the boxes those types feed (issue 18).
    /// </summary>
    public async Task<(long Newest, IReadOnlyList<string> Types)> TypesChangedSinceAsync(long after, CancellationToken ct = default)
    {
        var rows = await db.AuditEntries.Where(a => a.Id > after).GroupBy(a => a.EntityType)
            .Select(g => new { Type = g.Key, Newest = g.Max(a => a.Id) }).ToListAsync(ct);
        return (rows.Count == 0 ? after : rows.Max(r => r.Newest), [.. rows.Select(r => r.Type)]);
    }

    public async Task<AuditPage> ReadAsync(AuditQuery query, CancellationToken ct = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            entries = entries.Where(e => e.UserName.Contains(query.UserName.Trim()));
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.OccurredUtc >= start);
        }

        // Up to the last day a date can name (9999-12-31) is everything: there is no day after it to stop before.
        if (query.To is { } to && to < DateOnly.MaxValue)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.OccurredUtc < end);
        }

        var total = await entries.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await entries
            .OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        var types = await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);

        return new AuditPage(
            [.. rows.Select(r => new AuditRow(r.Id, r.OccurredUtc, r.UserName, r.EntityType, r.EntityKey, r.Action, Withheld(AssessmentReader.Of(user), r.EntityType, Parse(r.Changes))))],
            page, pageCount, total, types);
    }

    /// <summary>What the trail shows instead of a self-assessment's working text.</summary>
    public const string WorkingTextWithheld = "(the Chief Officer's working text: not shown)";

    /// <summary>
    /// A draft's or a returned assessment's rewrite is read only by its department's Chief Officer and Executive Member
    /// (<see cref="AssessmentVisibility"/>), and the trail's readers are neither; the words submitted are in the
    /// AssessmentVersion entry each submission adds, shown to those who read submitted assessments.
    /// </summary>
    internal static List<AuditChange> Withheld(AssessmentReader reader, string entityType, List<AuditChange> changes) =>
        [.. changes.Select(c => AssessmentVisibility.WithheldInTrail(reader, entityType, c.Property)
            ? c with { Old = c.Old is null ? null : WorkingTextWithheld, New = c.New is null ? null : WorkingTextWithheld }
            : c)];

    private static List<AuditChange> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => new AuditChange(
            e.GetProperty("property").GetString() ?? "",
            e.GetProperty("old").ValueKind == JsonValueKind.Null ? null : e.GetProperty("old").ToString(),
            e.GetProperty("new").ValueKind == JsonValueKind.Null ? null : e.GetProperty("new").ToString()))];
    }
}
