using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Risks;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Reports;

/// <summary>
/// The collated report's overview (key issues, cross-cutting issues, a challenge per department) and its common themes:
/// the candidates <see cref="ThemeFinder"/> finds in the period's submitted items, and what the Head of Improvement decided
/// about each (collation, framework process 2). Only the Head of Improvement, checked on every call.
/// </summary>
public sealed class OverviewService(
    CollatedReports reports, ReportingPeriodService periods, SelfAssessmentReads assessments, OrganisationReads organisation,
    PlanReads planReads, IndicatorReads indicators, RiskReads risks)
{
    public async Task<OverviewView> OverviewAsync(int periodId, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        var period = await periods.GetAsync(periodId, ct);
        var report = await reports.LoadAsync(periodId, ct);
        var departments = await reports.ActiveDepartmentsAsync(ct);
        return new OverviewView(period, report?.KeyIssues ?? "", report?.CrossCuttingIssues ?? "",
            [.. departments.Select(d => (d.Id, d.Name, report?.Challenges.SingleOrDefault(c => c.DepartmentId == d.Id)?.Text ?? ""))],
            [.. (report?.Themes ?? []).OrderBy(t => t.Position).Select(t => (t.Id, t.Title, t.Text))],
            report?.Version ?? Guid.Empty);
    }

    public async Task SaveOverviewAsync(int periodId, OverviewInput input, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        var report = await reports.ReportForChangeAsync(periodId, input.Version, ct);
        var departments = (await reports.ActiveDepartmentsAsync(ct)).Select(d => d.Id).ToHashSet();
        report.WriteOverview(input.KeyIssues, input.CrossCuttingIssues,
            input.Challenges.Where(c => departments.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value),
            input.ThemeTitles.ToDictionary(t => t.Key, t => (t.Value, input.ThemeTexts.GetValueOrDefault(t.Key))));
        await reports.SaveReportAsync(report, ct);
    }

    // Themes -----------------------------------------------------------------------------------------------------------

    /// <summary>The candidate themes found in the period's submitted items, each with what was decided about it.</summary>
    public async Task<List<ThemeRow>> ThemesAsync(int periodId, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        var report = await reports.LoadAsync(periodId, ct);
        var decisions = report?.ThemeDecisions.ToDictionary(d => d.Key, d => d.Accepted) ?? [];
        return [.. (await CandidatesAsync(periodId, ct)).Select(c => new ThemeRow(c, decisions.TryGetValue(c.Key, out var accepted) ? accepted : null))];
    }

    public Task AcceptThemeAsync(int periodId, DecisionInput input, CancellationToken ct = default) =>
        reports.ChangeReportAsync(periodId, r => r.AcceptTheme(input.Key ?? "", input.Title, input.Text), ct);

    public Task IgnoreThemeAsync(int periodId, string key, CancellationToken ct = default) =>
        reports.ChangeReportAsync(periodId, r => r.IgnoreTheme(key), ct);

    public Task ReconsiderThemeAsync(int periodId, string key, CancellationToken ct = default) =>
        reports.ChangeReportAsync(periodId, r => r.Reconsider(key), ct);

    internal async Task<IReadOnlyList<CandidateTheme>> CandidatesAsync(int periodId, CancellationToken ct)
    {
        // What the Head of Improvement holds as submitted: not a returned one's rewrite.
        var items = await (from i in assessments.Items(AssessmentSurface.AssessmentPage)
                           where i.PeriodId == periodId && (i.Status == AssessmentStatus.Submitted || i.Status == AssessmentStatus.Resubmitted || i.Status == AssessmentStatus.Accepted)
                           join d in organisation.Departments on i.DepartmentId equals d.Id
                           select new { i.ItemId, i.DepartmentId, Department = d.Name, i.Section, i.Text }).ToListAsync(ct);
        var itemIds = items.Select(i => i.ItemId).ToList();
        var links = (await assessments.Links.Where(l => itemIds.Contains(l.ItemId)).ToListAsync(ct)).ToLookup(l => l.ItemId);
        var rows = items.Select(i => new { Id = i.ItemId, i.DepartmentId, i.Department, i.Section, i.Text,
            Links = links[i.ItemId].Select(l => new { l.TargetType, l.TargetId }).ToList() }).ToList();
        var areaIds = rows.SelectMany(r => r.Links).Where(l => l.TargetType == LinkTargets.PlanArea).Select(l => l.TargetId).Distinct().ToList();
        var indicatorIds = rows.SelectMany(r => r.Links).Where(l => l.TargetType == LinkTargets.Indicator).Select(l => l.TargetId).Distinct().ToList();
        var riskIds = rows.SelectMany(r => r.Links).Where(l => l.TargetType == LinkTargets.Risk).Select(l => l.TargetId).Distinct().ToList();
        var names = new Dictionary<(string, int), string>();
        foreach (var a in await planReads.PriorityAreas.Where(a => areaIds.Contains(a.Id)).Select(a => new { a.Id, a.ShortName }).ToListAsync(ct))
        {
            names[(LinkTargets.PlanArea, a.Id)] = a.ShortName;
        }

        foreach (var i in await indicators.Indicators.Where(i => indicatorIds.Contains(i.Id)).Select(i => new { i.Id, i.Code, i.Title }).ToListAsync(ct))
        {
            names[(LinkTargets.Indicator, i.Id)] = $"{i.Code} {i.Title}";
        }

        foreach (var r in await risks.Risks.Where(r => riskIds.Contains(r.Id)).Select(r => new { r.Id, r.Reference, r.Title }).ToListAsync(ct))
        {
            names[(LinkTargets.Risk, r.Id)] = $"{r.Reference} {r.Title}";
        }

        return ThemeFinder.Find(rows.Select(r => new ThemeEvidence(r.Id, r.DepartmentId, r.Department, SelfAssessment.SectionName(r.Section), r.Text,
            [.. r.Links.Select(l => new ThemeLink(l.TargetType, l.TargetId, names.GetValueOrDefault((l.TargetType, l.TargetId)) ?? $"{l.TargetType} {l.TargetId}"))])));
    }
}
