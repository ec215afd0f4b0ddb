using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Inspections;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// Reads the record an area is proposed from, through its feature's read class (convention 15), and records the area's
/// origin with the record's title as it stood that day. Kept apart from adding the area, so the origin can follow the
/// add-area step wherever it goes (a proposal CMT agrees, a successor plan).
/// </summary>
public sealed class AreaOriginSources(AppDbContext db, IndicatorReads indicators, BenchmarkReads benchmarks, InspectionReads inspections,
    ConcernReads concerns, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The source named by an add-area form, or null when the form names none; a <see cref="DomainException"/> on <c>OriginId</c> when there is no such record.</summary>
    public async Task<OriginSource?> CheckAsync(NewAreaInput input, CancellationToken ct = default)
    {
        if (input.OriginKind is not { } kind)
        {
            return null;
        }

        return await ReadAsync(kind, input.OriginId, ct);
    }

    /// <summary>The record as it stands, with the words suggested for an area made from it.</summary>
    public async Task<OriginSource> ReadAsync(AreaOriginKind kind, int? sourceId, CancellationToken ct = default)
    {
        if (kind == AreaOriginKind.LocalImportance)
        {
            return new OriginSource(kind, null, "Local importance", null, null, "", "");
        }

        if (sourceId is not { } id)
        {
            throw new DomainException("Choose the record the area emerged from", nameof(NewAreaInput.OriginId));
        }

        return kind switch
        {
            AreaOriginKind.Indicator => await IndicatorAsync(id, ct),
            AreaOriginKind.Benchmark => await BenchmarkAsync(id, ct),
            AreaOriginKind.Recommendation => await RecommendationAsync(id, ct),
            AreaOriginKind.Concern => await ConcernAsync(id, ct),
            _ => throw new DomainException("Choose where the area came from", nameof(NewAreaInput.OriginKind)),
        };
    }

    /// <summary>Adds the origin of a new area to the unit of work (the caller's one save writes it with the area).</summary>
    public void Record(OriginSource? source, PriorityArea area, string? reason)
    {
        if (source is null)
        {
            return;
        }

        db.AreaOrigins.Add(new AreaOrigin(area.Lineage, source.Kind, source.SourceId, source.Title, reason, user.DisplayName, clock.GetUtcNow().UtcDateTime));
    }

    private async Task<OriginSource> IndicatorAsync(int id, CancellationToken ct)
    {
        var i = await indicators.Indicators.Where(x => x.Id == id).Select(x => new { x.Code, x.Title, x.DepartmentId }).SingleOrDefaultAsync(ct)
            ?? throw Missing("indicator");
        return new OriginSource(AreaOriginKind.Indicator, id, Clip($"{i.Code} {i.Title}", AreaLinkLimits.SourceTitle), AreaOriginWords.LinkTo(AreaOriginKind.Indicator, id),
            i.DepartmentId, Clip(i.Title, PlanLimits.ShortName), $"Bring {i.Code} {i.Title} back on target: it is red on the Corporate Dashboard.");
    }

    private async Task<OriginSource> BenchmarkAsync(int indicatorId, CancellationToken ct)
    {
        var i = await indicators.Indicators.Where(x => x.Id == indicatorId).Select(x => new { x.Code, x.Title, x.DepartmentId }).SingleOrDefaultAsync(ct);
        if (i is null || !await benchmarks.Results.AnyAsync(r => r.IndicatorId == indicatorId, ct))
        {
            throw Missing("benchmarked indicator");
        }

        return new OriginSource(AreaOriginKind.Benchmark, indicatorId, Clip($"{i.Code} {i.Title}: benchmarking", AreaLinkLimits.SourceTitle),
            AreaOriginWords.LinkTo(AreaOriginKind.Benchmark, indicatorId), i.DepartmentId, Clip(i.Title, PlanLimits.ShortName),
            $"Move {i.Code} {i.Title} out of the bottom quartile of the benchmarking club's comparators.");
    }

    private async Task<OriginSource> RecommendationAsync(int id, CancellationToken ct)
    {
        var r = await (
            from x in inspections.Recommendations
            join i in inspections.Inspections on x.InspectionId equals i.Id
            where x.Id == id
            select new { x.Text, x.DepartmentId, i.Body, i.Service }).SingleOrDefaultAsync(ct) ?? throw Missing("inspection recommendation");
        return new OriginSource(AreaOriginKind.Recommendation, id, Clip($"{r.Body}, {r.Service}: {r.Text}", AreaLinkLimits.SourceTitle),
            AreaOriginWords.LinkTo(AreaOriginKind.Recommendation, id), r.DepartmentId, Clip(r.Service, PlanLimits.ShortName), Clip(r.Text, PlanLimits.Description));
    }

    private async Task<OriginSource> ConcernAsync(int id, CancellationToken ct)
    {
        var c = await concerns.Concerns.Where(x => x.Id == id).Select(x => new { x.Title, x.DepartmentId, x.Evidence }).SingleOrDefaultAsync(ct)
            ?? throw Missing("area of concern");
        return new OriginSource(AreaOriginKind.Concern, id, Clip(c.Title, AreaLinkLimits.SourceTitle), AreaOriginWords.LinkTo(AreaOriginKind.Concern, id),
            c.DepartmentId, Clip(c.Title, PlanLimits.ShortName), Clip($"Resolve the area of concern CPEG took on: {c.Evidence}", PlanLimits.Description));
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 3)].TrimEnd() + "...";

    private static DomainException Missing(string what) =>
        new($"There is no such {what}: propose the area from the record's own page.", nameof(NewAreaInput.OriginId));
}
