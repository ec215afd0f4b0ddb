using System.Globalization;
using System.Text.Json;
using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Dashboard;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Documents.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HccPerformance.Core.Reports;

/// <summary>
/// The corporate performance report from the collation: the draft preview, the check before issuing, and issuing a frozen,
/// numbered version (the <see cref="CorporateReportContent"/> as JSON and the PDF drawn then) with the versions issued so far
/// (collation, framework process 2, seed 4.20). Only the Head of Improvement, checked on every call.
/// </summary>
public sealed class ReportIssuing(
    AppDbContext db, CollatedReports reports, ICurrentUser user, INotificationSender notifications, ReportingPeriodService periods,
    DashboardService dashboard, PlanService plan, IOptions<CouncilOptions> council, SelfAssessmentReads assessments,
    OrganisationReads organisation, PeopleDirectory directory, ConcernReads concerns, ConcernsByException byException, Site.DemoFlag demo)
{
    public const string Title = "Corporate performance report";

    /// <summary>Who is told when a version is issued: CPEG and CMT, who read it first (<see cref="ReportAudience"/>).</summary>
    public static readonly IReadOnlyList<string> Recipients = ReportAudience.ToldAt(0);

    /// <summary>The report as it would be issued now, as the next version (the draft preview).</summary>
    public async Task<CorporateReportContent> PreviewAsync(int periodId, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        return await BuildContentAsync(periodId, await NextVersionAsync(periodId, ct), DateOnly.FromDateTime(reports.Now), ct);
    }

    public async Task<IssueCheck> IssueCheckAsync(int periodId, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        var period = await periods.GetAsync(periodId, ct);
        var report = await reports.LoadAsync(periodId, ct);
        return new IssueCheck(period, ReportBuilder.NotAccepted(await AssessmentsForReportAsync(periodId, ct)), await NextVersionAsync(periodId, ct),
            report is not null && (report.KeyIssues.Length > 0 || report.Themes.Count > 0 || report.CrossCuttingIssues.Length > 0));
    }

    /// <summary>
    /// Issues the next version: the content frozen as JSON and the PDF drawn once, now, and kept. Departments not yet accepted
    /// are named and the report goes out only when the Head of Improvement confirms they will be marked "not received".
    /// </summary>
    public Task<int> IssueAsync(int periodId, bool confirmNotReceived, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        return IssueAsync(periodId, confirmNotReceived, user.DisplayName, notify: true, issuedUtc: null, ct);
    }

    /// <summary>Issuing itself; the demo seeder issues its example through here, as the Head of Improvement and telling nobody.</summary>
    internal async Task<int> IssueAsync(int periodId, bool confirmNotReceived, string issuedBy, bool notify, DateTime? issuedUtc, CancellationToken ct)
    {
        var period = await periods.GetAsync(periodId, ct);
        var version = await NextVersionAsync(periodId, ct);
        var content = await BuildContentAsync(periodId, version, DateOnly.FromDateTime(issuedUtc ?? reports.Now), ct);
        var missing = content.Departments.Where(d => !d.Received).Select(d => d.Department).ToList();
        if (missing.Count > 0 && !confirmNotReceived)
        {
            throw new DomainException(
                $"Not yet accepted: {string.Join(", ", missing)}. Confirm that the report goes out with {(missing.Count == 1 ? "it" : "them")} marked \"not received\", or accept {(missing.Count == 1 ? "it" : "them")} first.",
                "ConfirmNotReceived");
        }

        var issued = new IssuedReport(periodId, period.Name, version, issuedUtc ?? reports.Now, issuedBy, JsonSerializer.Serialize(content),
            CorporateReportPdf.Render(content), missing.Count);
        db.IssuedReports.Add(issued);
        var people = notify ? await directory.InRoles(Recipients).Select(p => p.Id).Distinct().ToListAsync(ct) : [];
        foreach (var id in people)
        {
            notifications.Send(id, $"The Head of Improvement issued the {Title.ToLowerInvariant()} for {period.Name} (version {version}). It goes to CMT for consideration first.", "/reports");
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (period, version) index: someone issued this version a moment ago.
            throw new DomainException($"Version {version} for {period.Name} was issued a moment ago. Look at it before issuing another.");
        }

        return issued.Id;
    }

    private async Task<CorporateReportContent> BuildContentAsync(int periodId, int version, DateOnly on, CancellationToken ct)
    {
        var period = await periods.GetAsync(periodId, ct);
        var report = await reports.LoadAsync(periodId, ct);
        var departments = await reports.ActiveDepartmentsAsync(ct);
        var forReport = await AssessmentsForReportAsync(periodId, ct);
        var concernSummaries = await ConcernSummariesAsync(ct);
        var exceptions = await byException.ExceptionRowsAsync(periodId, ct);

        var overview = new ReportOverview(
            report?.KeyIssues ?? "",
            [.. (report?.Themes ?? []).OrderBy(t => t.Position).Select(t => new TitledText(t.Title, t.Text))],
            report?.CrossCuttingIssues ?? "",
            [.. departments.Select(d => (d.Name, Text: report?.Challenges.SingleOrDefault(c => c.DepartmentId == d.Id)?.Text))
                .Where(c => !string.IsNullOrEmpty(c.Text)).Select(c => new TitledText(c.Name, c.Text!))],
            [.. exceptions.Where(e => !e.Dropped).Select(e => new TitledText(e.Title, e.Text))]);

        var view = await dashboard.BuildAsync(periodId, null, ct);
        var tiles = new DashboardSummary([.. view.Tiles.Select(t => TileSummary(t) with { IsDemo = t.HasDemo })]);
        // The plan live for the report's quarter; none live, no plan section.
        var planYear = await plan.LiveYearIdAsync(period.EndDate, ct);
        var planView = planYear is { } y ? await plan.PlanAsync(y, new PlanFilter(), ct) : null;
        var planStatus = (planView?.Themes ?? []).Select(t =>
        {
            var live = t.Areas.Where(a => !a.IsRetired).ToList();
            return new PlanThemeStatus(t.Name, live.Count(a => a.Rag == Rag.Red), live.Count(a => a.Rag == Rag.Amber), live.Count(a => a.Rag == Rag.Green),
                live.Count(a => a.Rag == Rag.NoData), [.. live.Select(a => new PlanAreaStatus(a.ShortName, RagWords.Name(a.Rag), a.Department) { IsDemo = a.AccountabilityIsDemo || a.RagIsDemo })]);
        }).ToList();

        var sections = forReport.Select(a => ReportBuilder.Section(a, [.. concernSummaries.Where(c => c.Department == a.Department)])).ToList();
        // Made from demo data: frozen as such, and with no protective marking (an invented report must not look like a real one).
        var isDemo = await demo.IsOnAsync(ct);
        return new CorporateReportContent(council.Value.Name, Title, period.Name, version, on, isDemo ? "" : council.Value.ProtectiveMarking,
            overview, tiles, sections, concernSummaries, planStatus, isDemo);
    }

    private async Task<List<AssessmentForReport>> AssessmentsForReportAsync(int periodId, CancellationToken ct)
    {
        var departments = await reports.ActiveDepartmentsAsync(ct);
        // Every department's status, and the words only of what was received, as the Head of Improvement reads them
        // (only an accepted one is printed: see ReportBuilder).
        var states = await assessments.States.Where(a => a.PeriodId == periodId).ToListAsync(ct);
        var received = await assessments.Readable(AssessmentSurface.AssessmentPage, AssessmentReader.Outsider with { OpensAssessments = true })
            .Where(AssessmentVisibility.Received).Where(a => a.ReportingPeriodId == periodId)
            .Include(a => a.Items).Include(a => a.Versions).AsSplitQuery().ToListAsync(ct);
        var ids = states.Select(a => a.Id).ToList();
        var annotations = await db.Annotations.AsNoTracking().Where(a => ids.Contains(a.SelfAssessmentId)).OrderBy(a => a.Id).ToListAsync(ct);
        var chiefOfficers = await directory.InRoles(Roles.ChiefOfficer).ToListAsync(ct);
        return [.. departments.Select(d =>
        {
            var state = states.SingleOrDefault(x => x.DepartmentId == d.Id);
            var chief = chiefOfficers.Where(c => c.DepartmentId == d.Id).Select(c => c.DisplayName).Order(StringComparer.Ordinal).FirstOrDefault();
            if (state is null)
            {
                return new AssessmentForReport(d.Name, chief, null, "", "", null, [], []);
            }

            if (received.SingleOrDefault(x => x.Id == state.Id) is not { } a)
            {
                return new AssessmentForReport(d.Name, chief, state.Status, "", "", null, [], []) { IsDemo = state.IsDemo };
            }

            var mine = annotations.Where(n => n.SelfAssessmentId == a.Id).ToList();
            var content = AssessmentVisibility.ContentAsSeen(a, AssessmentReader.Outsider);
            var items = AssessmentVisibility.ItemsAsSeen(a, AssessmentReader.Outsider).OrderBy(i => i.Section).ThenBy(i => i.Position)
                .Select(i => new ItemForReport(i.Id, i.Section, i.Text, [.. mine.Where(n => n.AssessmentItemId == i.Id).Select(n => n.Text)])).ToList();
            // A comment whose item has gone reads against the words it was about.
            var general = mine.Where(n => n.AssessmentItemId is null)
                .Select(n => n.AnchorText is { } anchor ? $"On \u201c{anchor}\u201d: {n.Text}" : n.Text).ToList();
            return new AssessmentForReport(d.Name, chief, a.Status, content.OverallStatement, content.TradeOffs, a.ExecutiveMemberComment, items, general)
            {
                IsDemo = a.IsDemo,
            };
        })];
    }

    private async Task<List<ConcernSummary>> ConcernSummariesAsync(CancellationToken ct)
    {
        var open = await concerns.OpenWithInterventionsAsync(ct);
        var officerIds = open.SelectMany(c => c.Interventions).Select(i => i.ResponsibleUserId).Distinct().ToList();
        var officers = await directory.DisplayNamesAsync(officerIds, ct);
        var departments = await organisation.DepartmentNamesAsync(ct);
        return [.. open.Select(c => new ConcernSummary(c.Title, c.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null,
            c.Status == ConcernStatus.Raised ? "Raised: CPEG to decide" : "Active",
            [.. c.Interventions.Select(i =>
            {
                var latest = i.ReportBacks.Where(r => r.SubmittedOn != null).OrderByDescending(r => r.SubmittedOn).FirstOrDefault();
                var next = i.ReportBacks.Where(r => r.SubmittedOn == null).OrderBy(r => r.DueOn).FirstOrDefault();
                return new InterventionSummary(i.Name, officers.GetValueOrDefault(i.ResponsibleUserId) ?? "Unknown officer",
                    latest is null ? "No report-back yet" : RagWords.Name(latest.Rag), next?.DueOn.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
            })]) { IsDemo = c.IsDemo })];
    }

    private static DashboardTileSummary TileSummary(Tile tile) => tile switch
    {
        ScorecardTile s => new(s.Title, s.Counts.GetValueOrDefault(Rag.Red), s.Counts.GetValueOrDefault(Rag.Amber), s.Counts.GetValueOrDefault(Rag.Green), s.Counts.GetValueOrDefault(Rag.NoData), s.Summary),
        RiskTile r => new(r.Title, r.Counts.GetValueOrDefault(Rag.Red), r.Counts.GetValueOrDefault(Rag.Amber), r.Counts.GetValueOrDefault(Rag.Green), r.Counts.GetValueOrDefault(Rag.NoData), r.Summary),
        PlanTile p => new(p.Title, p.Themes.Sum(t => t.Counts.GetValueOrDefault(Rag.Red)), p.Themes.Sum(t => t.Counts.GetValueOrDefault(Rag.Amber)),
            p.Themes.Sum(t => t.Counts.GetValueOrDefault(Rag.Green)), p.Themes.Sum(t => t.Counts.GetValueOrDefault(Rag.NoData)), p.Summary),
        // Recommendations: overdue ones are red, the rest in progress amber, complete green; not started and not yet due show as no RAG.
        InspectionTile i => new(i.Title, i.OverdueCount, Math.Max(0, i.InProgress - i.OverdueCount), i.Complete, i.NotStarted, i.Summary),
        // Benchmarking by quartile: bottom red, third amber, top two green.
        BenchmarkTile b => new(b.Title, b.Quartiles.GetValueOrDefault(Benchmarking.Quartile.Bottom), b.Quartiles.GetValueOrDefault(Benchmarking.Quartile.Third),
            b.Quartiles.GetValueOrDefault(Benchmarking.Quartile.Top) + b.Quartiles.GetValueOrDefault(Benchmarking.Quartile.Second), 0, b.Summary),
        _ => new(tile.Title, tile.Reds, 0, 0, 0, tile.Summary),
    };

    internal async Task<List<IssuedSummary>> IssuedForAsync(int periodId, CancellationToken ct) =>
        await db.IssuedReports.AsNoTracking().Where(r => r.ReportingPeriodId == periodId).OrderByDescending(r => r.VersionNumber)
            .Select(r => new IssuedSummary(r.Id, r.PeriodName, r.VersionNumber, r.IssuedUtc, r.IssuedBy, r.DepartmentsNotReceived, r.Considerations.Count) { IsDemo = r.IsDemo }).ToListAsync(ct);

    private async Task<int> NextVersionAsync(int periodId, CancellationToken ct) =>
        (await db.IssuedReports.Where(r => r.ReportingPeriodId == periodId).MaxAsync(r => (int?)r.VersionNumber, ct) ?? 0) + 1;
}
