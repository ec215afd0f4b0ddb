using System.Globalization;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Inspections;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Risks;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// Reads the source of a concern (issue 7: "it keeps a link to its source and the evidence at the time"). The server fills
/// the evidence from here, so what a concern says it was raised on is what the record said that day.
/// </summary>
public sealed class ConcernSources(
    IndicatorService indicators, BenchmarkingService benchmarking, TimeProvider clock, SelfAssessmentReads assessments, RiskReads risks,
    InspectionReads inspections, IndicatorReads indicatorReads, PlanReads plan, OrganisationReads organisation)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Where a concern's source is read in the site, for its link back.</summary>
    public static string? LinkTo(ConcernSource source, int? sourceId) => sourceId is not { } id ? null : source switch
    {
        ConcernSource.Indicator => $"/indicators/{id}",
        ConcernSource.Risk => $"/risks/{id}",
        ConcernSource.Recommendation => $"/inspections/recommendations/{id}",
        ConcernSource.Benchmark => $"/benchmarking/{id}",
        ConcernSource.PlanArea => $"/plan/areas/{id}",
        _ => null,
    };

    /// <summary>Where the concern's source is read now (a self-assessment item's assessment page); null when raised by hand or gone.</summary>
    public async Task<string?> LinkAsync(ConcernSource source, int? sourceId, CancellationToken ct = default)
    {
        if (source != ConcernSource.SelfAssessmentItem || sourceId is not { } id)
        {
            return LinkTo(source, sourceId);
        }

        var at = await assessments.PlaceOfItemAsync(id, ct);
        return at is not { } place ? null : $"/departments/{place.DepartmentId}/self-assessments/{place.PeriodId}";
    }

    /// <summary>Whether this person is the Service Manager who answers for the indicator (<see cref="Indicator.ServiceManagerId"/>).</summary>
    public Task<bool> AnswersForIndicatorAsync(int indicatorId, string? userId, CancellationToken ct = default) =>
        userId is null ? Task.FromResult(false) : indicatorReads.Indicators.AnyAsync(i => i.Id == indicatorId && i.ServiceManagerId == userId, ct);

    /// <summary>The department a record belongs to, read as its page reads it; null when the record is council-wide or not there.</summary>
    public async Task<int?> DepartmentOfAsync(ConcernSource source, int sourceId, CancellationToken ct = default)
    {
        try
        {
            return (await DraftAsync(source, sourceId, ct)).DepartmentId;
        }
        catch (DomainException)
        {
            return null;
        }
    }

    /// <summary>The record as it stands; a <see cref="DomainException"/> on the source field when there is no such record.</summary>
    public Task<SourceDraft> DraftAsync(ConcernSource source, int sourceId, CancellationToken ct = default) =>
        DraftAsync(source, sourceId, assessments.Reader, ct);

    /// <summary>The record as someone else reads it (the demo seeder raises its example as the Head of Improvement).</summary>
    public async Task<SourceDraft> DraftAsync(ConcernSource source, int sourceId, AssessmentReader reader, CancellationToken ct = default) => source switch
    {
        ConcernSource.Indicator => await IndicatorAsync(sourceId, ct),
        ConcernSource.Risk => await RiskAsync(sourceId, ct),
        ConcernSource.Recommendation => await RecommendationAsync(sourceId, ct),
        ConcernSource.Benchmark => await BenchmarkAsync(sourceId, ct),
        ConcernSource.SelfAssessmentItem => await ItemAsync(sourceId, reader, ct),
        ConcernSource.PlanArea => await PlanAreaAsync(sourceId, ct),
        _ => throw new DomainException("A concern raised by hand has no record behind it.", nameof(AreaOfConcern.SourceId)),
    };

    private async Task<SourceDraft> IndicatorAsync(int id, CancellationToken ct)
    {
        IndicatorView i;
        try
        {
            i = await indicators.IndicatorAsync(id, ct);
        }
        catch (NotFoundException)
        {
            throw Missing("indicator");
        }

        var line = i.Latest;
        var evidence = line.Period is { } period
            ? $"{period.Label}: {Figure(line.Value, i.Unit)} against a target of {Figure(line.Target, i.Unit)} ({RagWords.Name(line.Rag)})."
            : "No results yet.";
        return new SourceDraft(ConcernSource.Indicator, id, $"{i.Code} {i.Title}: red", evidence, i.DepartmentId, $"/indicators/{id}",
            line.Rag == Rag.Red ? null : $"{i.Code} is {RagWords.Name(line.Rag)}, not red: a concern is raised from a red indicator.");
    }

    private async Task<SourceDraft> RiskAsync(int id, CancellationToken ct)
    {
        var r = await risks.Risks.SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw Missing("corporate risk");
        var evidence = string.Create(EnGb,
            $"{r.Reference} {r.Title}: likelihood {r.Likelihood} x impact {r.Impact} = {r.Score}, reviewed {r.ReviewedOn:d MMM yyyy}. Owner: {r.Owner}.");
        var whyNot = !r.IsOpen ? $"{r.Reference} is closed on the register."
            : r.Rag != Rag.Red ? $"{r.Reference} scores {r.Score}: a concern is raised from a risk scoring 15 or more (the register's red band)."
            : null;
        return new SourceDraft(ConcernSource.Risk, id, $"{r.Reference} {r.Title}: high risk", evidence, r.DepartmentId, $"/risks/{id}", whyNot);
    }

    private async Task<SourceDraft> RecommendationAsync(int id, CancellationToken ct)
    {
        var r = await (
            from x in inspections.Recommendations
            join i in inspections.Inspections on x.InspectionId equals i.Id
            where x.Id == id
            select new { Recommendation = x, i.Body, i.Service }).SingleOrDefaultAsync(ct) ?? throw Missing("inspection recommendation");
        var rec = r.Recommendation;
        var evidence = string.Create(EnGb,
            $"{r.Body}, {r.Service}: \"{rec.Text}\" Owner: {rec.Owner}. Due {rec.DueOn:d MMM yyyy}; {(rec.IsOverdue(Today) ? $"overdue by {Today.DayNumber - rec.DueOn.DayNumber} days" : "not overdue")}.");
        return new SourceDraft(ConcernSource.Recommendation, id, $"{r.Body} recommendation overdue: {r.Service}", evidence, rec.DepartmentId,
            $"/inspections/recommendations/{id}", rec.IsOverdue(Today) ? null : "The recommendation is not overdue: a concern is raised from an overdue one.");
    }

    private async Task<SourceDraft> BenchmarkAsync(int indicatorId, CancellationToken ct)
    {
        IndicatorBenchmark? b;
        try
        {
            b = await benchmarking.IndicatorAsync(indicatorId, null, ct);
        }
        catch (NotFoundException)
        {
            throw Missing("benchmarked indicator");
        }

        if (b is null || b.Comparators == 0)
        {
            throw Missing("benchmarked indicator");
        }

        var department = await indicatorReads.Indicators.Where(i => i.Id == indicatorId).Select(i => i.DepartmentId).SingleAsync(ct);
        var evidence = $"{FinancialYears.Name(b.Year)}: this council {Figure(b.Council, b.Unit)} among {b.Comparators} comparators "
            + $"(median {Figure(b.Median, b.Unit)}, best {Figure(b.Best, b.Unit)}); {QuartileWords.Name(b.Quartile).ToLower(EnGb)} quartile.";
        return new SourceDraft(ConcernSource.Benchmark, indicatorId, $"{b.Code} {b.Title}: bottom quartile", evidence, department,
            $"/benchmarking/{indicatorId}", b.Quartile == Quartile.Bottom ? null : $"{b.Code} is not in the bottom quartile in {FinancialYears.Name(b.Year)}.");
    }

    private async Task<SourceDraft> ItemAsync(int id, AssessmentReader reader, CancellationToken ct)
    {
        // Read as its page reads it: drafts are the Chief Officer's until submitted (nobody raises a concern from words not
        // yet given), those who may not open the assessment do not read its items here either, and a returned one's
        // rewritten items are not yet given to anyone.
        var rows = await (
            from i in assessments.Items(AssessmentSurface.AssessmentPage, reader)
            where i.ItemId == id
            join d in organisation.Departments on i.DepartmentId equals d.Id
            join p in organisation.ReportingPeriods on i.PeriodId equals p.Id
            select new { Item = i, Department = d.Name, p.Quarter, p.FinancialYear }).ToListAsync(ct);
        var seen = AssessmentVisibility.AsSeen(rows.Select(r => r.Item));
        var row = rows.SingleOrDefault(r => seen.Contains(r.Item) && AssessmentVisibility.IsReceived(r.Item.Status)) ?? throw Missing("submitted self-assessment item");
        var item = new { row.Item.Text, row.Item.Section, row.Item.DepartmentId, ReportingPeriodId = row.Item.PeriodId, row.Department, row.Quarter, row.FinancialYear };

        var period = $"Quarter {item.Quarter} {Organisation.ReportingPeriod.FinancialYearName(item.FinancialYear)}";
        var section = item.Section == ItemSection.Risk ? "an outstanding risk" : item.Section == ItemSection.AreaForImprovement ? "an area for improvement" : "an item";
        var title = item.Text.Length > 80 ? item.Text[..77].TrimEnd() + "..." : item.Text;
        return new SourceDraft(ConcernSource.SelfAssessmentItem, id, $"{item.Department}: {title}",
            $"{item.Department}'s self-assessment for {period} names {section}: \"{item.Text}\"", item.DepartmentId,
            $"/departments/{item.DepartmentId}/self-assessments/{item.ReportingPeriodId}",
            Qualifies(item.Section) ? null : "A concern is raised from an area for improvement or an outstanding risk of a self-assessment.");
    }

    /// <summary>Which self-assessment items may raise a concern: what the department says needs improving or is at risk.</summary>
    public static bool Qualifies(ItemSection section) => section is ItemSection.AreaForImprovement or ItemSection.Risk;

    private async Task<SourceDraft> PlanAreaAsync(int id, CancellationToken ct)
    {
        var area = await plan.AreaToAssessAsync(id, ct) ?? throw Missing("priority area");
        var reasons = area.Assess(Today);
        var evidence = reasons.Count == 0 ? "No progress recorded yet." : string.Join(" ", reasons.Select(r => $"{RagWords.Name(r.Rag)}: {r.Reason}."));
        return new SourceDraft(ConcernSource.PlanArea, id, $"{area.ShortName}: red", evidence, area.AccountableDepartmentId, $"/plan/areas/{id}",
            area.CurrentRag(Today) == Rag.Red ? null : $"{area.ShortName} is not red: a concern is raised from a red priority area.");
    }

    private static string Figure(decimal? value, string? unit) => value is not { } v ? "none" : unit switch
    {
        "%" => v.ToString("#,##0.##", EnGb) + "%",
        "£" => v.ToString("C2", EnGb),
        null or "" => v.ToString("#,##0.##", EnGb),
        _ => $"{v.ToString("#,##0.##", EnGb)} {unit}",
    };

    private static DomainException Missing(string what) =>
        new($"There is no such {what}: raise the concern from the record's own page.", nameof(AreaOfConcern.SourceId));
}
