using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// Where a priority area came from, its impact assessment and the service plans that carry it (issue 16; seed 5.1-5.2, 5.7).
/// Each belongs to the area's lineage, so it reads the same in every year of the plan; it is changed only while the area
/// is in the current plan year.
/// </summary>
public sealed class AreaLinksService(AppDbContext db, ICurrentUser user, TimeProvider clock, OrganisationReads organisation, AreaOriginSources sources)
{
    private const string EarlierYear = "This is an earlier year of the plan, kept as it was: change the area in the current year instead.";

    private sealed record AreaFacts(int Id, Guid Lineage, string ShortName, int? AccountableDepartmentId, List<int> Involved, bool IsRetired, bool PlanIsCurrent, int PlanId)
    {
        public IEnumerable<int> Departments => AccountableDepartmentId is { } d ? Involved.Prepend(d) : Involved;
    }

    public bool IsHeadOfImprovement => user.IsInRole(Roles.HeadOfImprovement);

    /// <summary>Refuses (403) anyone but the Head of Improvement, who proposes areas for the plan.</summary>
    public void RequireHeadOfImprovement()
    {
        if (!IsHeadOfImprovement)
        {
            throw new ForbiddenException("The Head of Improvement proposes areas for the improvement plan.");
        }
    }

    /// <summary>The add-area form filled from a source (404 when there is no such record), for the current plan.</summary>
    public async Task<(ProposalView View, NewAreaInput Input)> ProposalAsync(AreaOriginKind kind, int? sourceId, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        OriginSource source;
        try
        {
            source = await sources.ReadAsync(kind, sourceId, ct);
        }
        catch (DomainException)
        {
            throw new NotFoundException("The record to propose an area from");
        }

        var view = await ProposalViewAsync(null, source, ct);
        return (view, new NewAreaInput
        {
            OriginKind = kind,
            OriginId = source.SourceId,
            ShortName = source.SuggestedShortName,
            Description = source.SuggestedDescription,
            Reason = kind == AreaOriginKind.LocalImportance ? "" : $"Emerged from {AreaOriginWords.Name(kind).ToLowerInvariant()}: {source.Title}",
        });
    }

    /// <summary>The same form shown again with what was typed (the source read again; none when it is not there).</summary>
    public async Task<ProposalView> ProposalAgainAsync(int planId, NewAreaInput input, CancellationToken ct = default)
    {
        OriginSource? source = null;
        if (input.OriginKind is { } kind)
        {
            try
            {
                source = await sources.ReadAsync(kind, input.OriginId, ct);
            }
            catch (DomainException)
            {
                source = null;
            }
        }

        return await ProposalViewAsync(planId, source, ct);
    }

    private async Task<ProposalView> ProposalViewAsync(int? planId, OriginSource? source, CancellationToken ct)
    {
        // An area proposed from a record goes into the plan being drafted; with none, into the live plan, where adding is
        // refused beside the form with the way to propose it to CMT (issue 16).
        planId ??= await db.ImprovementPlans.Where(p => p.IsCurrent && p.Term!.Status == PlanStatus.Draft)
                .OrderByDescending(p => p.StartYear).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
            ?? await db.ImprovementPlans.Where(p => p.IsCurrent && (p.Term!.Status == PlanStatus.Live || p.Term.Status == PlanStatus.Reviewed))
                .OrderByDescending(p => p.StartYear).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var plan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Themes).Include(p => p.Term)
            .Where(p => p.Id == planId).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The improvement plan");
        return new ProposalView(plan.Id, plan.Title, [.. plan.Themes.OrderBy(t => t.Number).Select(t => (t.Number, t.Name))], source,
            plan.PlanTermId, plan.Term?.InOperationNow == true, plan.Term?.IsDemo == true);
    }

    /// <summary>The same form shown again for a live plan, with what was typed.</summary>
    public async Task<ProposalView> ProposalToCmtAgainAsync(int termId, NewAreaInput input, CancellationToken ct = default)
    {
        var year = await db.ImprovementPlans.Where(p => p.PlanTermId == termId).OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.FocusYear)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("The improvement plan");
        return await ProposalAgainAsync(year, input, ct);
    }

    /// <summary>
    /// A new area for a live plan, proposed from the record it emerged from: it waits for CMT with its origin, and the area is
    /// added with that origin when CMT agrees (seed 5.4: the plan is "owned by CMT"; 5.1-5.2: where its areas come from).
    /// </summary>
    public async Task ProposeToCmtAsync(int termId, NewAreaInput input, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var term = await db.PlanTerms.Include(t => t.Proposals).SingleOrDefaultAsync(t => t.Id == termId, ct) ?? throw new NotFoundException("The improvement plan");
        var year = await db.ImprovementPlans.Include(p => p.Themes).Where(p => p.PlanTermId == termId)
            .OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.FocusYear).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("The plan has no year to change.");
        if (year.Themes.All(t => t.Number != input.ThemeNumber))
        {
            throw new DomainException("Choose one of the plan's themes", nameof(NewAreaInput.ThemeNumber));
        }

        var source = await sources.CheckAsync(input, ct);
        var origin = source is null ? null : new ProposedOrigin(source.Kind, source.SourceId, source.Title,
            string.IsNullOrWhiteSpace(input.OriginReason) ? null : input.OriginReason.Trim());
        term.Propose(ProposalKind.Add, null, input.ThemeNumber, input.ShortName, input.Description, input.Reason, user.DisplayName,
            clock.GetUtcNow().UtcDateTime, origin);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The areas a record is in: the latest year of each area that emerged from it.</summary>
    public async Task<List<AreaFromSource>> AreasFromAsync(AreaOriginKind kind, int sourceId, CancellationToken ct = default)
    {
        var lineages = await db.AreaOrigins.AsNoTracking().Where(o => o.Kind == kind && o.SourceId == sourceId).Select(o => o.AreaLineage).Distinct().ToListAsync(ct);
        if (lineages.Count == 0)
        {
            return [];
        }

        var areas = await db.PriorityAreas.AsNoTracking().Where(a => lineages.Contains(a.Lineage))
            .Select(a => new { a.Id, a.Lineage, a.ShortName, a.IsRetired, a.Plan!.StartYear, a.Plan.EndYear, a.Plan.FocusYear }).ToListAsync(ct);
        return [.. areas.GroupBy(a => a.Lineage).Select(g => g.OrderByDescending(a => a.FocusYear).ThenByDescending(a => a.Id).First())
            .OrderBy(a => a.ShortName, StringComparer.Ordinal)
            .Select(a => new AreaFromSource(a.Id, a.ShortName, $"Corporate Improvement Plan {a.StartYear}-{a.EndYear}", a.IsRetired))];
    }

    /// <summary>What the area's page shows: where it came from, its impact assessment, the service plans that carry it.</summary>
    public async Task<AreaLinksView> AreaAsync(int areaId, CancellationToken ct = default)
    {
        var area = await FactsAsync(areaId, ct);
        var origins = await db.AreaOrigins.AsNoTracking().Where(o => o.AreaLineage == area.Lineage).OrderBy(o => o.RecordedUtc).ThenBy(o => o.Id).ToListAsync(ct);
        var impact = await ImpactOfAsync(area.Lineage, ct);
        var editable = area.PlanIsCurrent && !area.IsRetired;
        var names = await organisation.DepartmentNamesAsync(ct);
        var recordFor = editable ? AreaLinkRules.DepartmentsToRecordFor(user.IsInRole, user.DepartmentId, area.Departments) : [];
        return new AreaLinksView(area.Id, area.ShortName, area.PlanIsCurrent, area.IsRetired,
            [.. origins.Select(o => new OriginRow(o.Kind, o.SourceTitle, AreaOriginWords.LinkTo(o.Kind, o.SourceId), o.Reason, o.RecordedBy, o.RecordedUtc))],
            impact,
            await ServicePlanRowsAsync(l => l.AreaLineage == area.Lineage, editable, ct),
            editable && AreaLinkRules.MayAssessImpact(user.IsInRole, user.DepartmentId, area.AccountableDepartmentId),
            recordFor.Count > 0,
            [.. recordFor.Select(d => (d, names.GetValueOrDefault(d) ?? "")).OrderBy(d => d.Item2, StringComparer.Ordinal)]);
    }

    /// <summary>Refuses (403) anyone who may not write the area's impact assessment; 404 for no such area.</summary>
    public async Task RequireImpactAssessorAsync(int areaId, CancellationToken ct = default)
    {
        var area = await FactsAsync(areaId, ct);
        if (!AreaLinkRules.MayAssessImpact(user.IsInRole, user.DepartmentId, area.AccountableDepartmentId))
        {
            throw new ForbiddenException("The area's accountable Chief Officer, the Head of Improvement or the Performance Team write its impact assessment.");
        }
    }

    /// <summary>Writes the area's impact assessment, or changes it when the form was read from the version still stored.</summary>
    public async Task SaveImpactAssessmentAsync(int areaId, ImpactAssessmentInput input, CancellationToken ct = default)
    {
        await RequireImpactAssessorAsync(areaId, ct);
        var area = await FactsAsync(areaId, ct);
        RequireEditable(area);
        var stored = await db.ImpactAssessments.SingleOrDefaultAsync(i => i.AreaLineage == area.Lineage, ct);
        if (stored is null)
        {
            db.ImpactAssessments.Add(new ImpactAssessment(area.Lineage, input.ExpectedImpact, input.OnWhom, input.EqualityConsiderations, input.HowMeasured));
        }
        else
        {
            if (input.Version == Guid.Empty)
            {
                // Someone wrote the first assessment while this person was writing theirs.
                throw Conflict(Their(stored));
            }

            db.ExpectVersion(stored, input.Version);
            stored.Change(input.ExpectedImpact, input.OnWhom, input.EqualityConsiderations, input.HowMeasured);
        }

        try
        {
            await db.SaveOrConflictAsync(async () => Conflict(await ImpactOfAsync(area.Lineage, ct)), ct);
        }
        catch (DbUpdateException) when (stored is null)
        {
            // Two first assessments at the same moment meet the unique lineage: the second sees the first.
            db.ChangeTracker.Clear();
            throw Conflict(await ImpactOfAsync(area.Lineage, ct));
        }
    }

    /// <summary>The impact assessment page's content.</summary>
    public async Task<(AreaLinksView Area, ImpactAssessmentInput Input)> ImpactAssessmentFormAsync(int areaId, CancellationToken ct = default)
    {
        await RequireImpactAssessorAsync(areaId, ct);
        var view = await AreaAsync(areaId, ct);
        var i = view.ImpactAssessment;
        return (view, i is null ? new ImpactAssessmentInput() : new ImpactAssessmentInput
        {
            ExpectedImpact = i.ExpectedImpact, OnWhom = i.OnWhom, EqualityConsiderations = i.EqualityConsiderations, HowMeasured = i.HowMeasured, Version = i.Version,
        });
    }

    /// <summary>Refuses (403) anyone who records no department's service plans for the area; 404 for no such area.</summary>
    public async Task RequireServicePlanRecorderAsync(int areaId, int? departmentId = null, CancellationToken ct = default)
    {
        var area = await FactsAsync(areaId, ct);
        var mine = AreaLinkRules.DepartmentsToRecordFor(user.IsInRole, user.DepartmentId, area.Departments);
        var keeper = user.IsInRole(Roles.HeadOfImprovement) || user.IsInRole(Roles.PerformanceTeam);
        if (mine.Count == 0 || (!keeper && departmentId is { } d && !mine.Contains(d)))
        {
            throw new ForbiddenException("A department's Chief Officer records its own service plans for the areas it answers for or is involved in; the Head of Improvement and the Performance Team record any department's.");
        }
    }

    /// <summary>Adds a service plan that carries the area, for a department that answers for it or is involved in it.</summary>
    public async Task AddServicePlanAsync(int areaId, ServicePlanLinkInput input, CancellationToken ct = default)
    {
        await RequireServicePlanRecorderAsync(areaId, input.DepartmentId, ct);
        var area = await FactsAsync(areaId, ct);
        RequireEditable(area);
        var departmentId = input.DepartmentId!.Value;
        if (!area.Departments.Contains(departmentId))
        {
            throw new DomainException("Choose a department that answers for the area or is involved in it", nameof(ServicePlanLinkInput.DepartmentId));
        }

        var name = input.Name.Trim();
        if (await db.ServicePlanLinks.AnyAsync(l => l.AreaLineage == area.Lineage && l.DepartmentId == departmentId && l.Name == name, ct))
        {
            throw new DomainException("That service plan is already listed for the area and department", nameof(ServicePlanLinkInput.Name));
        }

        db.ServicePlanLinks.Add(new ServicePlanLink(area.Lineage, departmentId, name, input.Reference, user.DisplayName, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Removes a service plan link; false when it was already gone (nothing to do).</summary>
    public async Task<bool> RemoveServicePlanAsync(int areaId, int linkId, CancellationToken ct = default)
    {
        var area = await FactsAsync(areaId, ct);
        var link = await db.ServicePlanLinks.SingleOrDefaultAsync(l => l.Id == linkId && l.AreaLineage == area.Lineage, ct);
        if (link is null)
        {
            await RequireServicePlanRecorderAsync(areaId, null, ct);
            return false;
        }

        if (!AreaLinkRules.MayRemoveServicePlan(user.IsInRole, user.DepartmentId, link.DepartmentId))
        {
            throw new ForbiddenException("The department's Chief Officer, the Head of Improvement or the Performance Team remove its service plan links.");
        }

        RequireEditable(area);
        db.ServicePlanLinks.Remove(link);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A department's service plan links, by the area each carries (latest year of the area), for its page.</summary>
    public async Task<List<DepartmentServicePlans>> ForDepartmentAsync(int departmentId, CancellationToken ct = default)
    {
        var rows = await ServicePlanRowsAsync(l => l.DepartmentId == departmentId, false, ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var lineageOf = await db.ServicePlanLinks.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.AreaLineage, ct);
        var lineages = lineageOf.Values.Distinct().ToList();
        var areas = await db.PriorityAreas.AsNoTracking().Where(a => lineages.Contains(a.Lineage))
            .Select(a => new { a.Id, a.Lineage, a.ShortName, a.Plan!.FocusYear }).ToListAsync(ct);
        var latest = areas.GroupBy(a => a.Lineage).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.FocusYear).ThenByDescending(a => a.Id).First());
        return [.. rows.GroupBy(r => lineageOf[r.Id]).Where(g => latest.ContainsKey(g.Key))
            .Select(g => new DepartmentServicePlans(latest[g.Key].Id, latest[g.Key].ShortName, [.. g]))
            .OrderBy(d => d.AreaName, StringComparer.Ordinal)];
    }

    private async Task<List<ServicePlanRow>> ServicePlanRowsAsync(System.Linq.Expressions.Expression<Func<ServicePlanLink, bool>> which, bool editable, CancellationToken ct)
    {
        var names = await organisation.DepartmentNamesAsync(ct);
        var links = await db.ServicePlanLinks.AsNoTracking().Where(which).ToListAsync(ct);
        return [.. links.Select(l => new ServicePlanRow(l.Id, l.DepartmentId, names.GetValueOrDefault(l.DepartmentId) ?? "", l.Name, l.Reference, l.Url, l.AddedBy, l.AddedUtc,
                editable && AreaLinkRules.MayRemoveServicePlan(user.IsInRole, user.DepartmentId, l.DepartmentId)))
            .OrderBy(l => l.Department, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal)];
    }

    private async Task<ImpactAssessmentView?> ImpactOfAsync(Guid lineage, CancellationToken ct) =>
        await db.ImpactAssessments.AsNoTracking().Where(i => i.AreaLineage == lineage).Select(i => new ImpactAssessmentView(
            i.ExpectedImpact, i.OnWhom, i.EqualityConsiderations, i.HowMeasured, i.ModifiedBy ?? i.CreatedBy, i.ModifiedUtc ?? i.CreatedUtc, i.Version)).SingleOrDefaultAsync(ct);

    private static ImpactAssessmentView Their(ImpactAssessment i) =>
        new(i.ExpectedImpact, i.OnWhom, i.EqualityConsiderations, i.HowMeasured, i.ModifiedBy ?? i.CreatedBy, i.ModifiedUtc ?? i.CreatedUtc, i.Version);

    private static DomainException Conflict(ImpactAssessmentView? theirs) => theirs is null
        ? new DomainException("Someone else removed this impact assessment while you were editing it.")
        : new ConcurrencyConflictException(
            $"{theirs.ChangedBy} changed this impact assessment while you were editing it. Their version is shown beside the form, which keeps yours: save again to replace theirs.",
            theirs.Version,
            new Dictionary<string, string?>
            {
                ["Expected impact"] = theirs.ExpectedImpact,
                ["On whom"] = theirs.OnWhom,
                ["Equality considerations"] = theirs.EqualityConsiderations,
                ["How it will be measured"] = theirs.HowMeasured,
            });

    private static void RequireEditable(AreaFacts area)
    {
        if (!area.PlanIsCurrent)
        {
            throw new DomainException(EarlierYear);
        }

        if (area.IsRetired)
        {
            throw new DomainException("The area is retired from the plan: its impact assessment and service plans are kept as they were.");
        }
    }

    private async Task<AreaFacts> FactsAsync(int areaId, CancellationToken ct) =>
        await db.PriorityAreas.AsNoTracking().Where(a => a.Id == areaId)
            .Select(a => new AreaFacts(a.Id, a.Lineage, a.ShortName, a.AccountableDepartmentId, a.InvolvedDepartments.Select(d => d.DepartmentId).ToList(),
                a.IsRetired, a.Plan!.IsCurrent, a.CorporateImprovementPlanId))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The priority area");
}
