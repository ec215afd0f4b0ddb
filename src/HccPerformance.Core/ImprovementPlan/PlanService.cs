using System.Globalization;
using System.Text;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.ImprovementPlan;

public sealed record PlanFilter(int? DepartmentId = null, int? Theme = null, CrossCuttingTags? Tag = null, Rag? Rag = null);

public sealed record AreaRow(int Id, int ThemeNumber, int Position, string ShortName, string Description, string? Department,
    CrossCuttingTags Tags, Rag Rag, string? LatestCommentary, bool IsRetired)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool RagIsDemo { get; init; }

    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool AccountabilityIsDemo { get; init; }
}

public sealed record ThemeView(int Number, string Name, string? Subtitle, IReadOnlyList<AreaRow> Areas);

public sealed record PlanView(int Id, string Title, string FocusLabel, bool IsCurrent, IReadOnlyList<ThemeView> Themes,
    IReadOnlyDictionary<Rag, int> RagCounts, IReadOnlyList<(int Id, string FocusLabel)> Years, string? Source = null, int TermId = 0,
    PlanStatus Status = PlanStatus.Live)
{
    /// <summary>A plan the demo made: its title is marked demo (issue 17).</summary>
    public bool IsDemo { get; init; }
}

public sealed record ProgressRow(string Period, Rag Rag, string Commentary, string RecordedBy, DateTime RecordedUtc)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool IsDemo { get; init; }
}

public sealed record AreaView(
    int Id, int PlanId, string PlanTitle, string FocusLabel, bool PlanIsCurrent, string ThemeName, string ShortName, string Description,
    int? AccountableDepartmentId, string? AccountableDepartment, string? ChiefOfficer, string? ExecutiveMember,
    IReadOnlyList<string> OtherDepartments, IReadOnlyList<int> OtherDepartmentIds, CrossCuttingTags Tags, bool IsRetired, string? RetiredReason,
    string? ChangeNote, Rag Rag, IReadOnlyList<RagReason> RagReasons, IReadOnlyList<PlanTarget> Targets, IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<ProgressRow> Progress, IReadOnlyList<LinkedItem> LinkedItems, Guid Version, PlanStatus PlanStatus = PlanStatus.Live)
{
    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool RagIsDemo { get; init; }

    /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
    public bool AccountabilityIsDemo { get; init; }
}

public sealed record AreaPermissions(bool CanRecordProgress, bool CanMaintain, bool CanChangeWording);

/// <summary>The Corporate Improvement Plan (framework process 3): read by everyone, maintained by the Head of Improvement and the Performance Team, progress recorded by each area's accountable officer.</summary>
public sealed class PlanService(AppDbContext db, ICurrentUser user, TimeProvider clock, ReportingPeriodService periods, PeopleDirectory people, LinkedItems linkedItems,
    OrganisationReads organisation, Concerns.ConcernReads concerns, AreaOriginSources origins, PlanReads reads)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanMaintain => user.IsInRole(Roles.HeadOfImprovement) || user.IsInRole(Roles.PerformanceTeam);

    /// <summary>The year of the plan live on a day as it stood then (for a report), or with no day the current year of the plan live today (the plan page's default).</summary>
    public Task<int?> LiveYearIdAsync(DateOnly? day = null, CancellationToken ct = default) =>
        (day is { } d ? reads.FocusYearLiveOn(d) : reads.CurrentYearOfPlanLiveOn(Today)).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);

    /// <summary>A focus year of a plan; with no id, the one live today (404 when none is).</summary>
    public async Task<PlanView> PlanAsync(int? planId, PlanFilter filter, CancellationToken ct = default)
    {
        var id = planId ?? await LiveYearIdAsync(null, ct) ?? throw new NotFoundException("A live improvement plan");
        var plan = await Plans().Include(p => p.Term).Where(p => p.Id == id).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The improvement plan");
        var departments = await organisation.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var rows = plan.Areas
            .Select(a => (Area: a, Row: new AreaRow(a.Id, a.ThemeNumber, a.Position, a.ShortName, a.Description,
                a.AccountableDepartmentId is { } d ? departments.GetValueOrDefault(d) : null, a.Tags, a.CurrentRag(Today),
                a.Progress.OrderByDescending(p => p.RecordedUtc).FirstOrDefault()?.Commentary, a.IsRetired)
            {
                AccountabilityIsDemo = a.AccountabilityIsDemo,
                RagIsDemo = a.Progress.Any(p => p.IsDemo),
            }))
            .ToList();
        var shown = rows.Where(r =>
                (filter.DepartmentId is null || r.Area.AccountableDepartmentId == filter.DepartmentId
                    || r.Area.InvolvedDepartments.Any(d => d.DepartmentId == filter.DepartmentId))
                && (filter.Theme is null || r.Row.ThemeNumber == filter.Theme)
                && (filter.Tag is null || r.Row.Tags.HasFlag(filter.Tag.Value))
                && (filter.Rag is null || r.Row.Rag == filter.Rag))
            .Select(r => r.Row)
            .ToList();
        var years = await db.ImprovementPlans.AsNoTracking().Where(p => p.PlanTermId == plan.PlanTermId).OrderBy(p => p.FocusYear)
            .Select(p => new { p.Id, p.FocusYear }).ToListAsync(ct);
        return new PlanView(plan.Id, plan.Title, plan.FocusLabel, plan.IsCurrent,
            [.. plan.Themes.OrderBy(t => t.Number).Select(t => new ThemeView(t.Number, t.Name, t.Subtitle,
                [.. shown.Where(r => r.ThemeNumber == t.Number).OrderBy(r => r.IsRetired).ThenBy(r => r.Position)]))],
            rows.Where(r => !r.Row.IsRetired).GroupBy(r => r.Row.Rag).ToDictionary(g => g.Key, g => g.Count()),
            [.. years.Select(y => (y.Id, ReportingPeriod.FinancialYearName(y.FocusYear)))], plan.Source, plan.PlanTermId, plan.Term?.Status ?? PlanStatus.Live)
        {
            IsDemo = plan.Term?.IsDemo == true,
        };
    }

    /// <summary>The live plan's areas a department answers for, with their RAG and anything overdue (for its home page).</summary>
    public async Task<List<(int Id, string ShortName, Rag Rag, int OverdueMilestones, bool IsDemo)>> AreasForDepartmentAsync(int departmentId, CancellationToken ct = default)
    {
        var areas = await reads.CurrentAreasOfPlanLiveOn(Today).Include(a => a.Milestones).Include(a => a.Targets).Include(a => a.Progress)
            .Where(a => a.AccountableDepartmentId == departmentId)
            .OrderBy(a => a.ThemeNumber).ThenBy(a => a.Position)
            .AsSplitQuery().ToListAsync(ct);
        // The accountability and the status shown are the demo's when it invented them (issue 17).
        return [.. areas.Select(a => (a.Id, a.ShortName, a.CurrentRag(Today), a.Milestones.Count(m => m.IsOverdue(Today)),
                a.AccountabilityIsDemo || a.Progress.Any(p => p.IsDemo)))
            .OrderByDescending(a => a.Item3)];
    }

    public async Task<AreaView> AreaAsync(int id, CancellationToken ct = default)
    {
        var area = await Areas().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("The priority area");
        var departments = await organisation.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var periodNames = await organisation.ReportingPeriods.ToDictionaryAsync(p => p.Id, p => $"Quarter {p.Quarter} {ReportingPeriod.FinancialYearName(p.FinancialYear)}", ct);
        var leads = await people.LeadsAsync(ct);
        var lead = area.AccountableDepartmentId is { } d ? leads.GetValueOrDefault(d) : default;
        var theme = area.Plan!.Themes.Single(t => t.Number == area.ThemeNumber);
        return new AreaView(area.Id, area.CorporateImprovementPlanId, area.Plan.Title, area.Plan.FocusLabel, area.Plan.IsCurrent,
            $"{theme.Number}. {theme.Name}", area.ShortName, area.Description,
            area.AccountableDepartmentId, area.AccountableDepartmentId is { } ad ? departments.GetValueOrDefault(ad) : null, lead.ChiefOfficer, lead.ExecutiveMember,
            [.. area.InvolvedDepartments.Select(x => departments.GetValueOrDefault(x.DepartmentId) ?? "").Order()],
            [.. area.InvolvedDepartments.Select(x => x.DepartmentId)],
            area.Tags, area.IsRetired, area.RetiredReason, area.ChangeNote, area.CurrentRag(Today), area.Assess(Today),
            [.. area.Targets.OrderBy(t => t.TargetDate)], [.. area.Milestones.OrderBy(m => m.DueDate)],
            [.. area.Progress.OrderByDescending(p => p.RecordedUtc).Select(p => new ProgressRow(
                periodNames.GetValueOrDefault(p.ReportingPeriodId) ?? "", p.Rag, p.Commentary, p.RecordedBy, p.RecordedUtc) { IsDemo = p.IsDemo })],
            await LinkedItemsAsync(area.Lineage, ct), area.Version, area.Plan.Term?.Status ?? PlanStatus.Live)
        {
            AccountabilityIsDemo = area.AccountabilityIsDemo,
            RagIsDemo = area.Progress.Any(p => p.IsDemo) || area.Targets.Any(t => t.IsDemo) || area.Milestones.Any(m => m.IsDemo),
        };
    }

    public AreaPermissions PermissionsFor(AreaView area) => new(
        CanRecordProgress: area.PlanIsCurrent && InOperation(area.PlanStatus) && !area.IsRetired && (CanMaintain || IsAccountableOfficer(area.AccountableDepartmentId)),
        CanMaintain: area.PlanIsCurrent && area.PlanStatus != PlanStatus.Closed && CanMaintain,
        // Directly only while the plan is a draft; once live, a change is proposed for CMT on the plan's page.
        CanChangeWording: area.PlanIsCurrent && area.PlanStatus == PlanStatus.Draft && !area.IsRetired && CanRefresh);

    private static bool InOperation(PlanStatus status) => status is PlanStatus.Live or PlanStatus.Reviewed;

    // Progress, targets, milestones and their values are rows of their own: adding or changing one neither checks nor
    // moves the area's version (that is for edits of the area itself), so people recording at once all keep their entries.
    public async Task RecordProgressAsync(int id, ProgressInput input, CancellationToken ct = default)
    {
        var area = await TrackedAsync(id, ct);
        if (!(CanMaintain || IsAccountableOfficer(area.AccountableDepartmentId)))
        {
            throw new ForbiddenException("Only the area's accountable officer, the Head of Improvement or the Performance Team record its progress.");
        }

        RequireCurrent(area);
        if (!InOperation(area.Plan!.Term!.Status))
        {
            throw new DomainException("Progress is recorded once the plan is live.", nameof(ProgressInput.Rag));
        }

        var period = await periods.CurrentAsync(ct)
            ?? throw new DomainException("No reporting period is open, so progress cannot be recorded. Ask the Administrator to open one.");
        area.RecordProgress(period.Id, input.Rag ?? Rag.NoData, input.Commentary, user.DisplayName, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateAccountabilityAsync(int id, AccountabilityInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var area = await TrackedAsync(id, ct);
        RequireCurrent(area);
        db.ExpectVersion(area, input.Version);
        area.AssignAccountability(input.AccountableDepartmentId, input.OtherDepartmentIds,
            input.Tags.Aggregate(CrossCuttingTags.None, (all, t) => all | t));
        db.Entry(area).State = EntityState.Modified;
        await SaveAreaAsync(id, ct);
    }

    public async Task AddTargetAsync(int id, TargetInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var area = await TrackedAsync(id, ct);
        RequireCurrent(area);
        area.AddTarget(input.Measure, input.Unit, input.Baseline, input.TargetValue!.Value, input.TargetDate!.Value, input.HigherIsBetter);
        await db.SaveChangesAsync(ct);
    }

    public async Task AddMilestoneAsync(int id, MilestoneInput input, CancellationToken ct = default)
    {
        RequireMaintainer();
        var area = await TrackedAsync(id, ct);
        RequireCurrent(area);
        area.AddMilestone(input.Title, input.DueDate!.Value);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The latest value of a target, recorded by the accountable officer or the plan's keepers (until indicators supply it).</summary>
    public async Task RecordTargetValueAsync(int id, TargetValueInput input, CancellationToken ct = default)
    {
        var area = await TrackedAsync(id, ct);
        if (!(CanMaintain || IsAccountableOfficer(area.AccountableDepartmentId)))
        {
            throw new ForbiddenException("Only the area's accountable officer, the Head of Improvement or the Performance Team record its results.");
        }

        RequireCurrent(area);
        var target = area.Targets.SingleOrDefault(t => t.Id == input.TargetId) ?? throw new NotFoundException("The target");
        if (input.On > Today)
        {
            throw new DomainException("The date of a result cannot be in the future", nameof(TargetValueInput.On));
        }

        target.RecordValue(input.Value!.Value, input.On!.Value);
        await db.SaveChangesAsync(ct);
    }

    public async Task CompleteMilestoneAsync(int id, int milestoneId, CancellationToken ct = default)
    {
        var area = await TrackedAsync(id, ct);
        if (!(CanMaintain || IsAccountableOfficer(area.AccountableDepartmentId)))
        {
            throw new ForbiddenException("Only the area's accountable officer, the Head of Improvement or the Performance Team complete its milestones.");
        }

        RequireCurrent(area);
        var milestone = area.Milestones.SingleOrDefault(m => m.Id == milestoneId) ?? throw new NotFoundException("The milestone");
        milestone.Complete(Today);
        await db.SaveChangesAsync(ct);
    }

    public bool CanRefresh => user.IsInRole(Roles.HeadOfImprovement);

    /// <summary>The annual refresh (seed 5.6): a new plan year from the current one. Returns the new year's id.</summary>
    public async Task<int> RefreshAsync(int planId, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var plan = await db.ImprovementPlans.Include(p => p.Themes).Include(p => p.Term)
            .Include(p => p.Areas).ThenInclude(a => a.Targets)
            .Include(p => p.Areas).ThenInclude(a => a.Milestones)
            .Include(p => p.Areas).ThenInclude(a => a.InvolvedDepartments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException("The improvement plan");
        var next = plan.Refresh();
        db.ImprovementPlans.Add(next);
        db.Entry(plan).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return next.Id;
    }

    public async Task<int> AddAreaAsync(int planId, NewAreaInput input, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var plan = await db.ImprovementPlans.Include(p => p.Themes).Include(p => p.Areas).Include(p => p.Term)
            .SingleOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException("The improvement plan");
        if (!plan.IsCurrent)
        {
            throw new DomainException("This is an earlier year of the plan, kept as it was: change the current year instead.");
        }

        RequireDraft(plan, nameof(NewAreaInput.ShortName));
        var origin = await origins.CheckAsync(input, ct);
        var area = plan.AddArea(input.ThemeNumber!.Value, input.ShortName, input.Description, input.Reason.Trim());
        origins.Record(origin, area, input.OriginReason);
        await db.SaveChangesAsync(ct);
        return area.Id;
    }

    public async Task RewordAsync(int id, RewordInput input, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var area = await TrackedAsync(id, ct);
        RequireCurrent(area);
        RequireDraft(area.Plan!, nameof(RewordInput.Reason));
        db.ExpectVersion(area, input.Version);
        area.Reword(input.ShortName, input.Description, input.Reason);
        await SaveAreaAsync(id, ct);
    }

    /// <summary>Retires an area from the current year (it stays in earlier years, and here, marked as retired with the reason).</summary>
    public async Task RetireAsync(int id, RetireInput input, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var area = await TrackedAsync(id, ct);
        RequireCurrent(area);
        RequireDraft(area.Plan!, nameof(RetireInput.Reason));
        await OpenInterventionCheck.RefuseIfOpenAsync(db, concerns, area, nameof(RetireInput.Reason), ct);

        db.ExpectVersion(area, input.Version);
        area.Retire(input.Reason);
        await SaveAreaAsync(id, ct);
    }

    private Task SaveAreaAsync(int id, CancellationToken ct) =>
        db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(
            "Someone else changed this area while you were editing it. The page shows their change, and the form keeps yours: save again to replace theirs.",
            await db.PriorityAreas.Where(a => a.Id == id).Select(a => a.Version).SingleAsync(ct)), ct);

    /// <summary>Refuses (403) anyone but the Head of Improvement, who adds, rewords and retires areas: before the form's input is looked at.</summary>
    public void RequireHeadOfImprovement()
    {
        if (!CanRefresh)
        {
            throw new ForbiddenException("The Head of Improvement refreshes the plan and adds, rewords or retires its areas.");
        }
    }

    /// <summary>The plan as a table: one row per area, for CSV and Excel.</summary>
    public async Task<List<Dictionary<string, object?>>> ExportRowsAsync(int? planId, CancellationToken ct = default)
    {
        // With none live, the latest plan (the one being prepared): a download is never an error, and each row names its plan.
        planId ??= await LiveYearIdAsync(null, ct) ?? await db.ImprovementPlans.AsNoTracking().Where(p => p.IsCurrent)
            .OrderByDescending(p => p.StartYear).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var plan = await PlanAsync(planId, new PlanFilter(), ct);
        return [.. plan.Themes.SelectMany(t => t.Areas.Select(a => new Dictionary<string, object?>
        {
            ["Plan"] = $"{plan.Title} (focus {plan.FocusLabel})",
            ["Theme"] = $"{t.Number}. {t.Name}",
            ["Priority area"] = a.ShortName,
            ["Description"] = a.Description,
            ["Accountable department"] = a.Department ?? "",
            ["Cross-cutting"] = string.Join("; ", PlanWords.Each(a.Tags).Select(PlanWords.Name)),
            ["RAG"] = RagWords.Name(a.Rag),
            ["Latest commentary"] = a.LatestCommentary ?? "",
            ["Status"] = a.IsRetired ? "Retired" : "Live",
            ["Demo"] = a.AccountabilityIsDemo || a.RagIsDemo ? "Demo" : "",
        }))];
    }

    public async Task<string> ExportCsvAsync(int? planId, CancellationToken ct = default) =>
        TableExport.Csv(await ExportRowsAsync(planId, ct));

    private async Task<List<LinkedItem>> LinkedItemsAsync(Guid lineage, CancellationToken ct)
    {
        var areaIds = await db.PriorityAreas.AsNoTracking().Where(a => a.Lineage == lineage).Select(a => a.Id).ToListAsync(ct);
        return await linkedItems.ForAsync(LinkTargets.PlanArea, areaIds, ct);
    }

    private bool IsAccountableOfficer(int? departmentId) =>
        departmentId is not null && user.DepartmentId == departmentId && user.IsInRole(Roles.ChiefOfficer);

    /// <summary>Refuses (403) anyone but the plan's keepers (targets, milestones, accountability): before the form's input is looked at.</summary>
    public void RequireMaintainer()
    {
        if (!CanMaintain)
        {
            throw new ForbiddenException("The Head of Improvement and the Performance Team maintain the plan.");
        }
    }

    /// <summary>Refuses (403) anyone but the area's accountable officer and the plan's keepers (progress, results, milestones done); 404 for no such area.</summary>
    public async Task RequireRecorderAsync(int id, CancellationToken ct = default)
    {
        var area = await db.PriorityAreas.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.AccountableDepartmentId }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The priority area");
        if (!(CanMaintain || IsAccountableOfficer(area.AccountableDepartmentId)))
        {
            throw new ForbiddenException("Only the area's accountable officer, the Head of Improvement or the Performance Team record its progress and results.");
        }
    }

    /// <summary>Areas are added, reworded and retired directly only in a draft; a live plan's change waits for CMT (seed 5.4).</summary>
    private static void RequireDraft(CorporateImprovementPlan plan, string field)
    {
        if (plan.Term is { Status: not PlanStatus.Draft } term)
        {
            throw new DomainException(term.InOperationNow
                ? "The plan is live: propose the change on the plan's page, with your reason, and it is made when CMT agrees it."
                : $"The plan is {PlanLifeWords.Status(term.Status).ToLowerInvariant()}: its areas are no longer changed directly.", field);
        }
    }

    private static void RequireCurrent(PriorityArea area)
    {
        if (!area.Plan!.IsCurrent)
        {
            throw new DomainException("This is an earlier year of the plan, kept as it was: change the current year instead.");
        }
    }

    private async Task<PriorityArea> TrackedAsync(int id, CancellationToken ct) =>
        await Areas().SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("The priority area");

    private IQueryable<PriorityArea> Areas() =>
        db.PriorityAreas.Include(a => a.Plan).ThenInclude(p => p!.Themes).Include(a => a.Plan).ThenInclude(p => p!.Term)
            .Include(a => a.Targets).Include(a => a.Milestones).Include(a => a.Progress).Include(a => a.InvolvedDepartments)
            .AsSplitQuery();

    private IQueryable<CorporateImprovementPlan> Plans() =>
        db.ImprovementPlans.AsNoTracking().Include(p => p.Themes)
            .Include(p => p.Areas).ThenInclude(a => a.Progress)
            .Include(p => p.Areas).ThenInclude(a => a.Targets)
            .Include(p => p.Areas).ThenInclude(a => a.Milestones)
            .Include(p => p.Areas).ThenInclude(a => a.InvolvedDepartments)
            .AsSplitQuery();
}
