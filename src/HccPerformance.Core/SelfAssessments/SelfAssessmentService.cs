using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Risks;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>The quarterly self-assessment (framework process 1): writing, review with the Executive Member, challenge and acceptance.</summary>
public sealed class SelfAssessmentService(
    AppDbContext db, ICurrentUser user, TimeProvider clock, INotificationSender notifications, ReportingPeriodService periods,
    SelfAssessmentReads reads, OrganisationReads organisation, PeopleDirectory directory, PlanReads plan, IndicatorReads indicatorReads, RiskReads riskReads)
{

    public async Task<AssessmentView> GetAsync(int departmentId, int periodId, CancellationToken ct = default)
    {
        var department = await organisation.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, ct)
            ?? throw new NotFoundException("The department");
        var period = await periods.GetAsync(periodId, ct);
        var assessment = await Load(departmentId, periodId).AsNoTracking().SingleOrDefaultAsync(ct);
        if (!CanRead(departmentId, assessment?.Status))
        {
            throw new ForbiddenException("You cannot see this department's self-assessment.");
        }

        if (assessment is null)
        {
            return new AssessmentView(null, departmentId, department.Name, period, null, AssessmentContent.Empty, null,
                null, null, null, null, null, false, [], null, null);
        }

        // Outside its Chief Officer and Executive Member, a returned assessment shows what was last submitted, not the rewrite.
        var content = AssessmentVisibility.ContentAsSeen(assessment, reads.Reader);
        return new AssessmentView(assessment.Id, departmentId, department.Name, period, assessment.Status, content, assessment.Version,
            assessment.ExecutiveMemberComment, assessment.ConfirmedBy, assessment.Challenge, assessment.FirstSubmittedUtc,
            assessment.LastSubmittedUtc, assessment.SubmittedLate,
            [.. assessment.Versions.OrderByDescending(v => v.Number).Select(v => new VersionSummary(v.Number, v.Status, v.RecordedBy, v.RecordedUtc, v.Content))],
            assessment.ModifiedUtc ?? assessment.CreatedUtc, assessment.ModifiedBy ?? assessment.CreatedBy)
        {
            IsDemo = assessment.IsDemo,
        };
    }

    /// <summary>The department's self-assessments, newest first, as far as this person may see them.</summary>
    public async Task<List<DepartmentAssessmentRow>> ForDepartmentAsync(int departmentId, CancellationToken ct = default)
    {
        var rows = await db.SelfAssessments.AsNoTracking()
            .Where(a => a.DepartmentId == departmentId)
            .OrderByDescending(a => a.ReportingPeriod!.FinancialYear).ThenByDescending(a => a.ReportingPeriod!.Quarter)
            .Select(a => new { a.ReportingPeriodId, a.ReportingPeriod!.FinancialYear, a.ReportingPeriod.Quarter, a.Status, a.FirstSubmittedUtc, a.SubmittedLate, a.IsDemo })
            .ToListAsync(ct);
        return [.. rows.Where(r => CanRead(departmentId, r.Status)).Select(r => new DepartmentAssessmentRow(
            r.ReportingPeriodId, $"Quarter {r.Quarter} {ReportingPeriod.FinancialYearName(r.FinancialYear)}", SelfAssessment.StatusName(r.Status), r.FirstSubmittedUtc, r.SubmittedLate) { IsDemo = r.IsDemo })];
    }

    /// <summary>Whether this person may see anything of the department's self-assessments (their own department, or a reader of submitted ones).</summary>
    public bool MaySeeAssessmentsOf(int departmentId) =>
        CanRead(departmentId, AssessmentStatus.Draft) || CanRead(departmentId, AssessmentStatus.Submitted);

    /// <summary>Who reads what of self-assessments, as the signed-in person: see <see cref="AssessmentVisibility"/>.</summary>
    public AssessmentReader Reader => reads.Reader;

    public AssessmentPermissions PermissionsFor(AssessmentView view)
    {
        var chiefOfficer = IsOwnDepartment(view.DepartmentId) && user.IsInRole(Roles.ChiefOfficer);
        var executiveMember = IsOwnDepartment(view.DepartmentId) && user.IsInRole(Roles.ExecutiveMember);
        var headOfImprovement = user.IsInRole(Roles.HeadOfImprovement);
        return new AssessmentPermissions(
            CanEdit: chiefOfficer && view.IsEditable && view.Period.IsOpen,
            CanSendToExecutiveMember: chiefOfficer && view.Status == AssessmentStatus.Draft && view.Period.IsOpen,
            CanReview: executiveMember && view.Status == AssessmentStatus.WithExecutiveMember,
            CanChallenge: headOfImprovement && view.Status is AssessmentStatus.Submitted or AssessmentStatus.Resubmitted,
            CanResubmit: chiefOfficer && view.Status == AssessmentStatus.Returned && view.Period.IsOpen);
    }

    /// <summary>The Chief Officer saves the draft (the first save starts it). Returns the new version token.</summary>
    public async Task<Guid> SaveAsync(int departmentId, int periodId, AssessmentInput input, CancellationToken ct = default)
    {
        RequireChiefOfficerOf(departmentId);
        await RequireOpenPeriodAsync(periodId, ct);
        var assessment = await Load(departmentId, periodId).SingleOrDefaultAsync(ct);
        if (assessment is null)
        {
            assessment = new SelfAssessment(departmentId, periodId);
            db.SelfAssessments.Add(assessment);
        }
        else
        {
            if (input.Version is { } version)
            {
                db.ExpectVersion(assessment, version);
            }

            // Items are rows of their own: mark the assessment changed so its version moves with them.
            db.Entry(assessment).State = EntityState.Modified;
        }

        assessment.Write(input.ToContent());
        await db.SaveOrConflictAsync(() => ConflictAsync(departmentId, periodId, ct), ct);
        return assessment.Version;
    }

    public Task SendToExecutiveMemberAsync(int departmentId, int periodId, Guid version, CancellationToken ct = default) =>
        ActAsync(departmentId, periodId, version, RequireChiefOfficerOf, async a =>
        {
            await RequireOpenPeriodAsync(periodId, ct);
            a.SendToExecutiveMember();
            await NotifyDepartmentAsync(departmentId, Roles.ExecutiveMember,
                $"{user.DisplayName} has sent you the self-assessment to review and confirm.", departmentId, periodId, ct);
        }, ct);

    public Task SendBackAsync(int departmentId, int periodId, ReviewInput input, CancellationToken ct = default) =>
        ActAsync(departmentId, periodId, input.Version, RequireExecutiveMemberOf, async a =>
        {
            a.SendBack(input.Comment ?? "");
            await NotifyDepartmentAsync(departmentId, Roles.ChiefOfficer,
                $"{user.DisplayName} sent the self-assessment back to you: {Shorten(input.Comment)}", departmentId, periodId, ct);
        }, ct);

    public Task ConfirmAsync(int departmentId, int periodId, ReviewInput input, CancellationToken ct = default) =>
        ActAsync(departmentId, periodId, input.Version, RequireExecutiveMemberOf, async a =>
        {
            var period = await periods.GetAsync(periodId, ct);
            a.Confirm(user.DisplayName, input.Comment, Now, period.Deadline);
            await NotifyRoleAsync(Roles.HeadOfImprovement, $"{a.Department!.Name} submitted its self-assessment for {period.Name}.", departmentId, periodId, ct);
            await NotifyDepartmentAsync(departmentId, Roles.ChiefOfficer,
                $"{user.DisplayName} confirmed the self-assessment: it has gone to the Head of Improvement.", departmentId, periodId, ct);
        }, ct);

    public Task ReturnAsync(int departmentId, int periodId, ReviewInput input, CancellationToken ct = default) =>
        ActAsync(departmentId, periodId, input.Version, _ => RequireRole(Roles.HeadOfImprovement), async a =>
        {
            a.Return(input.Comment ?? "");
            await NotifyDepartmentAsync(departmentId, Roles.ChiefOfficer,
                $"The Head of Improvement returned the self-assessment with a challenge: {Shorten(input.Comment)}", departmentId, periodId, ct);
        }, ct);

    public Task ResubmitAsync(int departmentId, int periodId, Guid version, CancellationToken ct = default) =>
        ActAsync(departmentId, periodId, version, RequireChiefOfficerOf, async a =>
        {
            await RequireOpenPeriodAsync(periodId, ct);
            a.Resubmit(user.DisplayName, Now);
            await NotifyRoleAsync(Roles.HeadOfImprovement, $"{a.Department!.Name} resubmitted its self-assessment.", departmentId, periodId, ct);
        }, ct);

    public Task AcceptAsync(int departmentId, int periodId, Guid version, CancellationToken ct = default) =>
        ActAsync(departmentId, periodId, version, _ => RequireRole(Roles.HeadOfImprovement), async a =>
        {
            a.Accept(Now);
            await NotifyDepartmentAsync(departmentId, Roles.ChiefOfficer,
                "The Head of Improvement accepted the self-assessment for the corporate performance report.", departmentId, periodId, ct);
        }, ct);

    public sealed record ItemWithLink(int ItemId, ItemSection Section, string Text, int? PlanAreaId, string? PlanAreaName, int? IndicatorId, int? RiskId);

    /// <summary>Each item of the assessment with the plan area it is about, if any.</summary>
    public async Task<List<ItemWithLink>> ItemLinksAsync(int departmentId, int periodId, CancellationToken ct = default)
    {
        var view = await GetAsync(departmentId, periodId, ct);
        if (view.Id is null)
        {
            return [];
        }

        // Read as the page reads it: a returned assessment's rewritten items are its Chief Officer's and Executive Member's alone.
        var assessment = await db.SelfAssessments.AsNoTracking().Include(a => a.Items).ThenInclude(i => i.Links).Include(a => a.Versions)
            .AsSplitQuery().SingleAsync(a => a.Id == view.Id, ct);
        var items = AssessmentVisibility.ItemsAsSeen(assessment, reads.Reader).OrderBy(i => i.Section).ThenBy(i => i.Position).ToList();
        var areaIds = items.SelectMany(i => i.Links).Where(l => l.TargetType == LinkTargets.PlanArea).Select(l => l.TargetId).ToList();
        var names = await plan.PriorityAreas.Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.ShortName, ct);
        return [.. items.Select(i =>
        {
            var link = i.Links.FirstOrDefault(l => l.TargetType == LinkTargets.PlanArea);
            var indicator = i.Links.FirstOrDefault(l => l.TargetType == LinkTargets.Indicator);
            var risk = i.Links.FirstOrDefault(l => l.TargetType == LinkTargets.Risk);
            return new ItemWithLink(i.Id, i.Section, i.Text, link?.TargetId, link is null ? null : names.GetValueOrDefault(link.TargetId), indicator?.TargetId, risk?.TargetId);
        })];
    }

    /// <summary>Which plan area, indicator and corporate risk each item is about (any may be none).</summary>
    public Task LinkItemsAsync(int departmentId, int periodId, Guid version, IReadOnlyDictionary<int, int?> areaByItem,
        IReadOnlyDictionary<int, int?> indicatorByItem, IReadOnlyDictionary<int, int?> riskByItem, CancellationToken ct = default) =>
        ActAsync(departmentId, periodId, version, RequireChiefOfficerOf, async a =>
        {
            var wanted = areaByItem.Values.OfType<int>().Distinct().ToList();
            var known = await plan.CurrentAreasOfPlanLiveOn(DateOnly.FromDateTime(Now)).Where(p => wanted.Contains(p.Id)).CountAsync(ct);
            if (known != wanted.Count)
            {
                throw new DomainException("Choose plan areas from the current Corporate Improvement Plan.");
            }

            var indicators = indicatorByItem.Values.OfType<int>().Distinct().ToList();
            if (await indicatorReads.Indicators.CountAsync(i => indicators.Contains(i.Id), ct) != indicators.Count)
            {
                throw new DomainException("Choose indicators from the list.");
            }

            var risks = riskByItem.Values.OfType<int>().Distinct().ToList();
            if (await riskReads.Risks.CountAsync(r => risks.Contains(r.Id) && r.ClosedOn == null, ct) != risks.Count)
            {
                throw new DomainException("Choose open risks from the corporate risk register.");
            }

            a.LinkItems(LinkTargets.PlanArea, areaByItem);
            a.LinkItems(LinkTargets.Indicator, indicatorByItem);
            a.LinkItems(LinkTargets.Risk, riskByItem);
        }, ct, "The self-assessment changed since you opened this page, so the links were not saved. Choose them again below.");

    /// <summary>The Head of Improvement's tracker: every active department's status for a period, and who to chase.</summary>
    public async Task<List<TrackerRow>> TrackerAsync(int periodId, CancellationToken ct = default)
    {
        if (!(user.IsInRole(Roles.HeadOfImprovement) || user.IsInRole(Roles.PerformanceTeam) || user.IsInRole(Roles.ChiefExecutive) || user.IsInRole(Roles.CpegMember)))
        {
            throw new ForbiddenException("The tracker is for the Head of Improvement, CPEG and the Corporate Performance Team.");
        }

        var period = await periods.GetAsync(periodId, ct);
        var overdue = DateOnly.FromDateTime(Now) > period.Deadline;
        var departments = await organisation.ActiveDepartments.OrderBy(d => d.Name).ToListAsync(ct);
        var assessments = await db.SelfAssessments.AsNoTracking().Where(a => a.ReportingPeriodId == periodId).ToListAsync(ct);
        var chiefOfficers = await directory.InRoles(Roles.ChiefOfficer).ToListAsync(ct);
        return [.. departments.Select(d =>
        {
            var a = assessments.SingleOrDefault(x => x.DepartmentId == d.Id);
            var chief = chiefOfficers.Where(c => c.DepartmentId == d.Id).Select(c => c.DisplayName).Order().FirstOrDefault();
            var waitingOnDepartment = a is null || a.Status is AssessmentStatus.Draft or AssessmentStatus.WithExecutiveMember or AssessmentStatus.Returned;
            var chase = !waitingOnDepartment ? null
                : a?.Status == AssessmentStatus.WithExecutiveMember ? "Executive Member" : chief ?? "Chief Officer (no account yet)";
            return new TrackerRow(d.Id, d.Name, a is null ? SelfAssessment.NotStarted : SelfAssessment.StatusName(a.Status), overdue && waitingOnDepartment, chief,
                a?.FirstSubmittedUtc, a?.SubmittedLate ?? false, chase) { IsDemo = a?.IsDemo ?? false };
        })];
    }

    /// <summary>Reminds those who owe a self-assessment for the period, in the site.</summary>
    public async Task<int> RemindAsync(int periodId, CancellationToken ct = default)
    {
        RequireRole(Roles.HeadOfImprovement);
        var period = await periods.GetAsync(periodId, ct);
        var rows = await TrackerAsync(periodId, ct);
        var reminded = 0;
        foreach (var row in rows.Where(r => r.Chase is not null))
        {
            var role = row.Chase == "Executive Member" ? Roles.ExecutiveMember : Roles.ChiefOfficer;
            reminded += await NotifyDepartmentAsync(row.DepartmentId, role,
                $"Reminder from the Head of Improvement: the self-assessment for {period.Name} is due on {period.Deadline:d MMM yyyy} ({row.Status.ToLowerInvariant()} now).",
                row.DepartmentId, periodId, ct);
        }

        await db.SaveChangesAsync(ct);
        return reminded;
    }

    public static string LinkTo(int departmentId, int periodId) => $"/departments/{departmentId}/self-assessments/{periodId}";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IQueryable<SelfAssessment> Load(int departmentId, int periodId) =>
        db.SelfAssessments.Include(a => a.Items).ThenInclude(i => i.Links).Include(a => a.Versions).Include(a => a.Department)
            .Where(a => a.DepartmentId == departmentId && a.ReportingPeriodId == periodId);

    private async Task ActAsync(int departmentId, int periodId, Guid version, Action<int> authorise, Func<SelfAssessment, Task> step, CancellationToken ct,
        string conflict = "Someone else changed this self-assessment since you opened the page, so nothing was done. Read it again below, then decide.")
    {
        authorise(departmentId);
        var assessment = await Load(departmentId, periodId).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("There is no self-assessment for this period yet.");
        db.ExpectVersion(assessment, version);
        await step(assessment);
        db.Entry(assessment).State = EntityState.Modified;
        await db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(conflict,
            await Load(departmentId, periodId).AsNoTracking().Select(a => a.Version).SingleAsync(ct)), ct);
    }

    private async Task<DomainException> ConflictAsync(int departmentId, int periodId, CancellationToken ct)
    {
        var theirs = await Load(departmentId, periodId).AsNoTracking().SingleAsync(ct);
        var content = theirs.Content;
        return new ConcurrencyConflictException(
            $"{theirs.ModifiedBy ?? theirs.CreatedBy} saved this self-assessment while you were working on it (it is now {SelfAssessment.Describe(theirs.Status)}). Their version is shown below; your text is still in the form. Save again to replace theirs.",
            theirs.Version,
            new Dictionary<string, string?>
            {
                ["Overall statement"] = content.OverallStatement,
                ["Key strengths"] = string.Join("\n", content.Strengths),
                ["Areas for improvement"] = string.Join("\n", content.AreasForImprovement),
                ["Outstanding risks"] = string.Join("\n", content.Risks),
                ["How these are being addressed"] = string.Join("\n", content.Actions),
                ["Budget trade-offs"] = content.TradeOffs,
            });
    }

    private bool IsOwnDepartment(int departmentId) => user.DepartmentId == departmentId;

    private bool CanRead(int departmentId, AssessmentStatus? status) =>
        AssessmentVisibility.MayRead(reads.Reader, AssessmentSurface.AssessmentPage, departmentId, status);

    /// <summary>Refuses (403) anyone but the department's Chief Officer, who writes, sends and resubmits: before the form's input is looked at.</summary>
    public void RequireWriter(int departmentId) => RequireChiefOfficerOf(departmentId);

    /// <summary>Refuses (403) anyone but the department's Executive Member, who confirms or sends back.</summary>
    public void RequireReviewer(int departmentId) => RequireExecutiveMemberOf(departmentId);

    /// <summary>Refuses (403) anyone but the Head of Improvement, who returns or accepts.</summary>
    public void RequireChallenger() => RequireRole(Roles.HeadOfImprovement);

    private void RequireChiefOfficerOf(int departmentId)
    {
        if (!(IsOwnDepartment(departmentId) && user.IsInRole(Roles.ChiefOfficer)))
        {
            throw new ForbiddenException("Only the department's Chief Officer writes its self-assessment.");
        }
    }

    private void RequireExecutiveMemberOf(int departmentId)
    {
        if (!(IsOwnDepartment(departmentId) && user.IsInRole(Roles.ExecutiveMember)))
        {
            throw new ForbiddenException("Only the department's Executive Member reviews its self-assessment.");
        }
    }

    private void RequireRole(string role)
    {
        if (!user.IsInRole(role))
        {
            throw new ForbiddenException($"Only the {Roles.DisplayName(role)} can do this.");
        }
    }

    private async Task RequireOpenPeriodAsync(int periodId, CancellationToken ct)
    {
        var period = await periods.GetAsync(periodId, ct);
        if (!period.IsOpen)
        {
            throw new DomainException($"{period.Name} is closed for reporting, so nothing was changed. Ask the Administrator if it should be open.");
        }
    }

    private async Task<int> NotifyDepartmentAsync(int departmentId, string role, string text, int linkDepartment, int linkPeriod, CancellationToken ct)
    {
        var people = await directory.InRoles(role).Where(p => p.DepartmentId == departmentId).Select(p => p.Id).ToListAsync(ct);
        people.ForEach(id => notifications.Send(id, text, LinkTo(linkDepartment, linkPeriod)));
        return people.Count;
    }

    private async Task NotifyRoleAsync(string role, string text, int linkDepartment, int linkPeriod, CancellationToken ct)
    {
        var people = await directory.InRoles(role).Select(p => p.Id).ToListAsync(ct);
        people.ForEach(id => notifications.Send(id, text, LinkTo(linkDepartment, linkPeriod)));
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 200 ? text.Trim() : text[..200].Trim() + "…";
}
