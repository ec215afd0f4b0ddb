using System.Globalization;
using System.Text.Json;
using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Dashboard;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Risks;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.Documents.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HccPerformance.Core.Reports;

public sealed record CollationRow(int DepartmentId, string Department, string Status, bool Readable, int Annotations);

public sealed record IssuedSummary(int Id, string PeriodName, int VersionNumber, DateTime IssuedUtc, string IssuedBy, int DepartmentsNotReceived);

public sealed record Workspace(PeriodSummary Period, IReadOnlyList<PeriodSummary> Periods, IReadOnlyList<CollationRow> Rows,
    bool HasOverview, int AcceptedThemes, int OpenCandidates, int KeptExceptions, IReadOnlyList<IssuedSummary> Issued);

public sealed record AnnotationRow(int Id, int? ItemId, string? AnchorText, string Text, string By, DateTime AtUtc, Guid Version);

public sealed record AnnotatedAssessment(PeriodSummary Period, int DepartmentId, string Department, string Status, AssessmentContent Content,
    IReadOnlyList<(int Id, ItemSection Section, string Text)> Items, bool ItemsCanBeAnnotated, IReadOnlyList<AnnotationRow> Annotations);

public sealed record OverviewView(PeriodSummary Period, string KeyIssues, string CrossCuttingIssues,
    IReadOnlyList<(int Id, string Name, string Challenge)> Departments, IReadOnlyList<(int Id, string Title, string Text)> Themes, Guid Version);

public sealed record ThemeRow(CandidateTheme Candidate, bool? Accepted);

public sealed record ExceptionRow(string Key, string Source, string OriginalTitle, string OriginalText, string Title, string Text, bool Dropped, bool Edited);

public sealed record IssueCheck(PeriodSummary Period, IReadOnlyList<string> NotAccepted, int NextVersion, bool HasOverview);

/// <summary>
/// The Head of Improvement's collation of a period's self-assessments into the corporate performance report (framework
/// process 2, seed 4.19-4.20): annotations, the overview, candidate themes, areas of concern by exception, and issuing a
/// frozen, numbered version. Only the Head of Improvement may do any of it, checked here on every call.
/// </summary>
public sealed class CollationService(
    AppDbContext db, ICurrentUser user, TimeProvider clock, INotificationSender notifications, ReportingPeriodService periods,
    DashboardService dashboard, PlanService plan, IOptions<CouncilOptions> council, SelfAssessmentReads assessments,
    OrganisationReads organisation, PeopleDirectory directory, PlanReads planReads, IndicatorReads indicators, RiskReads risks, ConcernReads concerns)
{
    public const string Title = "Corporate performance report";

    /// <summary>Who is told when a version is issued: CMT (the Chief Executive and Chief Officers), the Performance Executive Member and Cabinet.</summary>
    public static readonly IReadOnlyList<string> Recipients = [Roles.ChiefExecutive, Roles.ChiefOfficer, Roles.PerformanceExecutiveMember, Roles.Cabinet];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The period to collate by default: the latest with any submission, else the current one.</summary>
    public async Task<int?> DefaultPeriodIdAsync(CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var latest = await assessments.States.Where(a => a.FirstSubmittedUtc != null)
            .OrderByDescending(a => a.FinancialYear).ThenByDescending(a => a.Quarter)
            .Select(a => (int?)a.PeriodId).FirstOrDefaultAsync(ct);
        return latest ?? (await periods.CurrentAsync(ct))?.Id;
    }

    public async Task<Workspace> WorkspaceAsync(int periodId, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var period = await periods.GetAsync(periodId, ct);
        var departments = await ActiveDepartmentsAsync(ct);
        var states = await assessments.States.Where(a => a.PeriodId == periodId)
            .Select(a => new { a.Id, a.DepartmentId, a.Status }).ToListAsync(ct);
        var ids = states.Select(a => a.Id).ToList();
        var counts = await db.Annotations.AsNoTracking().Where(a => ids.Contains(a.SelfAssessmentId))
            .GroupBy(a => a.SelfAssessmentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = departments.Select(d =>
        {
            var a = states.SingleOrDefault(x => x.DepartmentId == d.Id);
            return new CollationRow(d.Id, d.Name, a is null ? SelfAssessment.NotStarted : SelfAssessment.StatusName(a.Status),
                a is not null && AssessmentVisibility.IsReceived(a.Status), a is null ? 0 : counts.GetValueOrDefault(a.Id));
        }).ToList();
        var report = await LoadAsync(periodId, ct);
        var themes = report is null ? [] : await ThemesAsync(periodId, ct);
        var exceptions = await ExceptionsAsync(periodId, ct);
        return new Workspace(period, await periods.ListAsync(ct), rows,
            report is not null && (report.KeyIssues.Length > 0 || report.CrossCuttingIssues.Length > 0),
            report?.Themes.Count ?? 0, report is null ? (await CandidatesAsync(periodId, ct)).Count : themes.Count(t => t.Accepted is null),
            exceptions.Count(e => !e.Dropped), await IssuedForAsync(periodId, ct));
    }

    // Annotations ------------------------------------------------------------------------------------------------------

    public async Task<AnnotatedAssessment> AnnotationsAsync(int periodId, int departmentId, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var period = await periods.GetAsync(periodId, ct);
        var department = await organisation.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, ct) ?? throw new NotFoundException("The department");
        var assessment = await assessments.Readable(AssessmentSurface.AssessmentPage).Include(a => a.Items).Include(a => a.Versions).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.DepartmentId == departmentId && a.ReportingPeriodId == periodId, ct);
        if (assessment is null || !AssessmentVisibility.IsReceived(assessment.Status))
        {
            throw new DomainException($"{department.Name} has not submitted its self-assessment for {period.Name} yet, so there is nothing to annotate.");
        }

        // While it is back with the Chief Officer, what was submitted is shown, and comments go on the whole assessment.
        var returned = assessment.Status == AssessmentStatus.Returned;
        var content = AssessmentVisibility.ContentAsSeen(assessment, assessments.Reader);
        var items = returned ? [] : AssessmentVisibility.ItemsAsSeen(assessment, assessments.Reader).OrderBy(i => i.Section).ThenBy(i => i.Position).Select(i => (i.Id, i.Section, i.Text)).ToList();
        var annotations = await db.Annotations.AsNoTracking().Where(a => a.SelfAssessmentId == assessment.Id).OrderBy(a => a.Id)
            .Select(a => new AnnotationRow(a.Id, a.AssessmentItemId, a.AnchorText, a.Text, a.ModifiedBy ?? a.CreatedBy, a.ModifiedUtc ?? a.CreatedUtc, a.Version))
            .ToListAsync(ct);
        return new AnnotatedAssessment(period, departmentId, department.Name, SelfAssessment.StatusName(assessment.Status), content,
            items, !returned, annotations);
    }

    public async Task AddAnnotationAsync(int periodId, int departmentId, AnnotationInput input, CancellationToken ct = default)
    {
        var page = await AnnotationsAsync(periodId, departmentId, ct);
        var assessmentId = await assessments.States.Where(a => a.DepartmentId == departmentId && a.PeriodId == periodId).Select(a => a.Id).SingleAsync(ct);
        string? anchor = null;
        if (input.ItemId is { } itemId)
        {
            anchor = page.Items.Where(i => i.Id == itemId).Select(i => i.Text).FirstOrDefault()
                ?? throw new DomainException("Choose an item of this self-assessment, or the assessment as a whole", nameof(AnnotationInput.ItemId));
        }

        db.Annotations.Add(new Annotation(assessmentId, input.ItemId, anchor, input.Text));
        await db.SaveChangesAsync(ct);
    }

    public async Task<AnnotationRow> AnnotationAsync(int id, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        return await db.Annotations.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new AnnotationRow(a.Id, a.AssessmentItemId, a.AnchorText, a.Text, a.ModifiedBy ?? a.CreatedBy, a.ModifiedUtc ?? a.CreatedUtc, a.Version))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The comment");
    }

    public async Task UpdateAnnotationAsync(int id, AnnotationInput input, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var annotation = await db.Annotations.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("The comment");
        db.ExpectVersion(annotation, input.Version);
        annotation.Rewrite(input.Text);
        await SaveAnnotationAsync(id, ct);
    }

    public async Task RemoveAnnotationAsync(int id, Guid version, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var annotation = await db.Annotations.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("The comment");
        db.ExpectVersion(annotation, version);
        db.Annotations.Remove(annotation);
        await SaveAnnotationAsync(id, ct);
    }

    /// <summary>Which department and period a comment belongs to, to go back to its page.</summary>
    public async Task<(int DepartmentId, int PeriodId)> AnnotationPlaceAsync(int id, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var place = await (from a in db.Annotations.AsNoTracking()
                           join s in assessments.States on a.SelfAssessmentId equals s.Id
                           where a.Id == id
                           select new { s.DepartmentId, s.PeriodId }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The comment");
        return (place.DepartmentId, place.PeriodId);
    }

    private Task SaveAnnotationAsync(int id, CancellationToken ct) =>
        db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.Annotations.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
            return theirs is null
                ? new DomainException("This comment was removed while you were working on it.")
                : new ConcurrencyConflictException(
                    $"{theirs.ModifiedBy ?? theirs.CreatedBy} changed this comment while you were working on it. Their version is shown below; your text is still in the form. Save again to replace theirs.",
                    theirs.Version, new Dictionary<string, string?> { ["Comment"] = theirs.Text });
        }, ct);

    // The overview -----------------------------------------------------------------------------------------------------

    public async Task<OverviewView> OverviewAsync(int periodId, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var period = await periods.GetAsync(periodId, ct);
        var report = await LoadAsync(periodId, ct);
        var departments = await ActiveDepartmentsAsync(ct);
        return new OverviewView(period, report?.KeyIssues ?? "", report?.CrossCuttingIssues ?? "",
            [.. departments.Select(d => (d.Id, d.Name, report?.Challenges.SingleOrDefault(c => c.DepartmentId == d.Id)?.Text ?? ""))],
            [.. (report?.Themes ?? []).OrderBy(t => t.Position).Select(t => (t.Id, t.Title, t.Text))],
            report?.Version ?? Guid.Empty);
    }

    public async Task SaveOverviewAsync(int periodId, OverviewInput input, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var report = await ReportForChangeAsync(periodId, input.Version, ct);
        var departments = (await ActiveDepartmentsAsync(ct)).Select(d => d.Id).ToHashSet();
        report.WriteOverview(input.KeyIssues, input.CrossCuttingIssues,
            input.Challenges.Where(c => departments.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value),
            input.ThemeTitles.ToDictionary(t => t.Key, t => (t.Value, input.ThemeTexts.GetValueOrDefault(t.Key))));
        await SaveReportAsync(report, ct);
    }

    // Themes -----------------------------------------------------------------------------------------------------------

    /// <summary>The candidate themes found in the period's submitted items, each with what was decided about it.</summary>
    public async Task<List<ThemeRow>> ThemesAsync(int periodId, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var report = await LoadAsync(periodId, ct);
        var decisions = report?.ThemeDecisions.ToDictionary(d => d.Key, d => d.Accepted) ?? [];
        return [.. (await CandidatesAsync(periodId, ct)).Select(c => new ThemeRow(c, decisions.TryGetValue(c.Key, out var accepted) ? accepted : null))];
    }

    public Task AcceptThemeAsync(int periodId, DecisionInput input, CancellationToken ct = default) =>
        ChangeReportAsync(periodId, r => r.AcceptTheme(input.Key ?? "", input.Title, input.Text), ct);

    public Task IgnoreThemeAsync(int periodId, string key, CancellationToken ct = default) =>
        ChangeReportAsync(periodId, r => r.IgnoreTheme(key), ct);

    public Task ReconsiderThemeAsync(int periodId, string key, CancellationToken ct = default) =>
        ChangeReportAsync(periodId, r => r.Reconsider(key), ct);

    private async Task<IReadOnlyList<CandidateTheme>> CandidatesAsync(int periodId, CancellationToken ct)
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

        return ThemeFinder.Find(rows.Select(r => new ThemeEvidence(r.Id, r.DepartmentId, r.Department, SectionName(r.Section), r.Text,
            [.. r.Links.Select(l => new ThemeLink(l.TargetType, l.TargetId, names.GetValueOrDefault((l.TargetType, l.TargetId)) ?? $"{l.TargetType} {l.TargetId}"))])));
    }

    public static string SectionName(ItemSection section) => section switch
    {
        ItemSection.Strength => "Key strength",
        ItemSection.AreaForImprovement => "Area for improvement",
        ItemSection.Risk => "Outstanding risk",
        _ => "Action",
    };

    // Areas of concern by exception ---------------------------------------------------------------------------------------

    /// <summary>
    /// The areas of concern the overview covers by exception (seed 4.19): every open concern CPEG holds, and every tile of the
    /// period's dashboard with reds, each as the Head of Improvement kept, edited or dropped it.
    /// </summary>
    public Task<List<ExceptionRow>> ExceptionsAsync(int periodId, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        return ExceptionRowsAsync(periodId, ct);
    }

    private async Task<List<ExceptionRow>> ExceptionRowsAsync(int periodId, CancellationToken ct)
    {
        var report = await LoadAsync(periodId, ct);
        var decisions = report?.ExceptionDecisions.ToDictionary(d => d.Key) ?? [];
        var found = new List<(string Key, string Source, string Title, string Text)>();
        var departments = await organisation.DepartmentNamesAsync(ct);
        var today = DateOnly.FromDateTime(Now);
        foreach (var c in await concerns.OpenWithInterventionsAsync(ct))
        {
            var overdue = c.OverdueReportBacks(today).Count();
            var where = c.DepartmentId is { } d ? departments.GetValueOrDefault(d) ?? "Council-wide" : "Council-wide";
            var state = c.Status == ConcernStatus.Raised ? "raised, waiting for CPEG to decide whether it matters locally"
                : $"being acted on with {Count(c.Interventions.Count, "intervention")}{(overdue > 0 ? $", {Count(overdue, "report-back")} overdue" : "")}";
            found.Add(($"concern:{c.Id}", "Area of concern", c.Title, $"{where}: {state}."));
        }

        foreach (var tile in (await dashboard.BuildAsync(periodId, null, ct)).Tiles.Where(t => t.Reds > 0))
        {
            var reds = RedLabels(tile);
            found.Add(($"red:{tile.Key}:{tile.Title}", "Dashboard", $"{tile.Title}: {Count(tile.Reds, "red")}",
                tile.Summary + (reds.Count > 0 ? " " + string.Join("; ", reds) + "." : "")));
        }

        return [.. found.Select(f => decisions.TryGetValue(f.Key, out var d)
            ? new ExceptionRow(f.Key, f.Source, f.Title, f.Text, d.Title ?? f.Title, d.Text ?? f.Text, d.Dropped, d.Title is not null)
            : new ExceptionRow(f.Key, f.Source, f.Title, f.Text, f.Title, f.Text, false, false))];
    }

    public Task KeepExceptionAsync(int periodId, DecisionInput input, CancellationToken ct = default) =>
        ChangeReportAsync(periodId, r => r.KeepException(input.Key ?? "", input.Title, input.Text), ct);

    public Task DropExceptionAsync(int periodId, string key, CancellationToken ct = default) =>
        ChangeReportAsync(periodId, r => r.DropException(key), ct);

    public Task RestoreExceptionAsync(int periodId, string key, CancellationToken ct = default) =>
        ChangeReportAsync(periodId, r => r.RestoreException(key), ct);

    private static List<string> RedLabels(Tile tile) => tile switch
    {
        ScorecardTile s => [.. s.RedItems.Select(i => i.Label)],
        RiskTile r => [.. r.TopRisks.Where(i => i.Rag == Rag.Red).Select(i => i.Label)],
        InspectionTile i => [.. i.Overdue.Select(o => o.Label)],
        BenchmarkTile b => [.. b.Outliers.Select(o => o.Label)],
        _ => [],
    };

    // The report and issuing ---------------------------------------------------------------------------------------------

    /// <summary>The report as it would be issued now, as the next version (the draft preview).</summary>
    public async Task<CorporateReportContent> PreviewAsync(int periodId, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        return await BuildContentAsync(periodId, await NextVersionAsync(periodId, ct), DateOnly.FromDateTime(Now), ct);
    }

    public async Task<IssueCheck> IssueCheckAsync(int periodId, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var period = await periods.GetAsync(periodId, ct);
        var report = await LoadAsync(periodId, ct);
        return new IssueCheck(period, ReportBuilder.NotAccepted(await AssessmentsForReportAsync(periodId, ct)), await NextVersionAsync(periodId, ct),
            report is not null && (report.KeyIssues.Length > 0 || report.Themes.Count > 0 || report.CrossCuttingIssues.Length > 0));
    }

    /// <summary>
    /// Issues the next version: the content frozen as JSON and the PDF drawn once, now, and kept. Departments not yet accepted
    /// are named and the report goes out only when the Head of Improvement confirms they will be marked "not received".
    /// </summary>
    public Task<int> IssueAsync(int periodId, bool confirmNotReceived, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        return IssueAsync(periodId, confirmNotReceived, user.DisplayName, notify: true, ct);
    }

    /// <summary>Issuing itself; the demo seeder issues its example through here, as the Head of Improvement and telling nobody.</summary>
    internal async Task<int> IssueAsync(int periodId, bool confirmNotReceived, string issuedBy, bool notify, CancellationToken ct)
    {
        var period = await periods.GetAsync(periodId, ct);
        var version = await NextVersionAsync(periodId, ct);
        var content = await BuildContentAsync(periodId, version, DateOnly.FromDateTime(Now), ct);
        var missing = content.Departments.Where(d => !d.Received).Select(d => d.Department).ToList();
        if (missing.Count > 0 && !confirmNotReceived)
        {
            throw new DomainException(
                $"Not yet accepted: {string.Join(", ", missing)}. Confirm that the report goes out with {(missing.Count == 1 ? "it" : "them")} marked \"not received\", or accept {(missing.Count == 1 ? "it" : "them")} first.",
                "ConfirmNotReceived");
        }

        var issued = new IssuedReport(periodId, period.Name, version, Now, issuedBy, JsonSerializer.Serialize(content),
            CorporateReportPdf.Render(content), missing.Count);
        db.IssuedReports.Add(issued);
        var people = notify ? await directory.InRoles(Recipients).Select(p => p.Id).Distinct().ToListAsync(ct) : [];
        foreach (var id in people)
        {
            notifications.Send(id, $"The Head of Improvement issued the {Title.ToLowerInvariant()} for {period.Name} (version {version}).", "/reports");
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
        var report = await LoadAsync(periodId, ct);
        var departments = await ActiveDepartmentsAsync(ct);
        var forReport = await AssessmentsForReportAsync(periodId, ct);
        var concernSummaries = await ConcernSummariesAsync(ct);
        var exceptions = await ExceptionRowsAsync(periodId, ct);

        var overview = new ReportOverview(
            report?.KeyIssues ?? "",
            [.. (report?.Themes ?? []).OrderBy(t => t.Position).Select(t => new TitledText(t.Title, t.Text))],
            report?.CrossCuttingIssues ?? "",
            [.. departments.Select(d => (d.Name, Text: report?.Challenges.SingleOrDefault(c => c.DepartmentId == d.Id)?.Text))
                .Where(c => !string.IsNullOrEmpty(c.Text)).Select(c => new TitledText(c.Name, c.Text!))],
            [.. exceptions.Where(e => !e.Dropped).Select(e => new TitledText(e.Title, e.Text))]);

        var view = await dashboard.BuildAsync(periodId, null, ct);
        var tiles = new DashboardSummary([.. view.Tiles.Select(TileSummary)]);
        var planView = await plan.PlanAsync(null, new PlanFilter(), ct);
        var planStatus = planView.Themes.Select(t =>
        {
            var live = t.Areas.Where(a => !a.IsRetired).ToList();
            return new PlanThemeStatus(t.Name, live.Count(a => a.Rag == Rag.Red), live.Count(a => a.Rag == Rag.Amber), live.Count(a => a.Rag == Rag.Green),
                live.Count(a => a.Rag == Rag.NoData), [.. live.Select(a => new PlanAreaStatus(a.ShortName, RagWords.Name(a.Rag), a.Department))]);
        }).ToList();

        var sections = forReport.Select(a => ReportBuilder.Section(a, [.. concernSummaries.Where(c => c.Department == a.Department)])).ToList();
        return new CorporateReportContent(council.Value.Name, Title, period.Name, version, on, council.Value.ProtectiveMarking,
            overview, tiles, sections, concernSummaries, planStatus);
    }

    private async Task<List<AssessmentForReport>> AssessmentsForReportAsync(int periodId, CancellationToken ct)
    {
        var departments = await ActiveDepartmentsAsync(ct);
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
                return new AssessmentForReport(d.Name, chief, state.Status, "", "", null, [], []);
            }

            var mine = annotations.Where(n => n.SelfAssessmentId == a.Id).ToList();
            var content = AssessmentVisibility.ContentAsSeen(a, AssessmentReader.Outsider);
            var items = AssessmentVisibility.ItemsAsSeen(a, AssessmentReader.Outsider).OrderBy(i => i.Section).ThenBy(i => i.Position)
                .Select(i => new ItemForReport(i.Id, i.Section, i.Text, [.. mine.Where(n => n.AssessmentItemId == i.Id).Select(n => n.Text)])).ToList();
            // A comment whose item has gone reads against the words it was about.
            var general = mine.Where(n => n.AssessmentItemId is null)
                .Select(n => n.AnchorText is { } anchor ? $"On \u201c{anchor}\u201d: {n.Text}" : n.Text).ToList();
            return new AssessmentForReport(d.Name, chief, a.Status, content.OverallStatement, content.TradeOffs, a.ExecutiveMemberComment, items, general);
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
            })]))];
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

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    // Plumbing -----------------------------------------------------------------------------------------------------------

    private async Task<List<IssuedSummary>> IssuedForAsync(int periodId, CancellationToken ct) =>
        await db.IssuedReports.AsNoTracking().Where(r => r.ReportingPeriodId == periodId).OrderByDescending(r => r.VersionNumber)
            .Select(r => new IssuedSummary(r.Id, r.PeriodName, r.VersionNumber, r.IssuedUtc, r.IssuedBy, r.DepartmentsNotReceived)).ToListAsync(ct);

    private async Task<int> NextVersionAsync(int periodId, CancellationToken ct) =>
        (await db.IssuedReports.Where(r => r.ReportingPeriodId == periodId).MaxAsync(r => (int?)r.VersionNumber, ct) ?? 0) + 1;

    private async Task<List<(int Id, string Name)>> ActiveDepartmentsAsync(CancellationToken ct) =>
        [.. (await organisation.ActiveDepartments.OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct))
            .Select(d => (d.Id, d.Name))];

    private Task<CollatedReport?> LoadAsync(int periodId, CancellationToken ct) =>
        db.CollatedReports.AsNoTracking().Include(r => r.Themes).Include(r => r.Challenges).Include(r => r.ThemeDecisions).Include(r => r.ExceptionDecisions)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.ReportingPeriodId == periodId, ct);

    private async Task<CollatedReport> ReportForChangeAsync(int periodId, Guid? version, CancellationToken ct)
    {
        await periods.GetAsync(periodId, ct);
        var report = await db.CollatedReports.Include(r => r.Themes).Include(r => r.Challenges).Include(r => r.ThemeDecisions).Include(r => r.ExceptionDecisions)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.ReportingPeriodId == periodId, ct);
        if (report is null)
        {
            report = new CollatedReport(periodId);
            db.CollatedReports.Add(report);
            return report;
        }

        // A form read before there was a report carries an empty version: someone has started one since, so it conflicts.
        if (version is { } v)
        {
            db.ExpectVersion(report, v);
        }

        // Its parts are rows of their own: mark the report changed so its version moves with them.
        db.Entry(report).State = EntityState.Modified;
        return report;
    }

    private async Task ChangeReportAsync(int periodId, Action<CollatedReport> change, CancellationToken ct)
    {
        RequireHeadOfImprovement();
        var report = await ReportForChangeAsync(periodId, null, ct);
        change(report);
        await SaveReportAsync(report, ct);
    }

    private Task SaveReportAsync(CollatedReport report, CancellationToken ct) =>
        db.SaveOrConflictAsync(async () =>
        {
            var theirs = await LoadAsync(report.ReportingPeriodId, ct);
            return new ConcurrencyConflictException(
                $"{theirs?.ModifiedBy ?? theirs?.CreatedBy ?? "Someone"} changed the overview while you were working on it. Their version is shown below; your text is still in the form. Save again to replace theirs.",
                theirs?.Version ?? Guid.Empty,
                new Dictionary<string, string?>
                {
                    ["Key issues"] = theirs?.KeyIssues,
                    ["Cross-cutting issues"] = theirs?.CrossCuttingIssues,
                    ["Common themes"] = theirs is null ? null : string.Join("\n", theirs.Themes.OrderBy(t => t.Position).Select(t => t.Title)),
                });
        }, ct);

    private void RequireHeadOfImprovement()
    {
        if (!user.IsInRole(Roles.HeadOfImprovement))
        {
            throw new ForbiddenException("Only the Head of Improvement collates the self-assessments and issues the corporate performance report.");
        }
    }
}
