using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Risks;

/// <summary>
/// The emerging risk issues (seed Appendix Three; issue 6), with what the latest self-assessments name as outstanding risks.
/// Everyone signed in reads them. A Chief Officer raises and updates their own department's emerging risks; the Corporate
/// Performance Team any department's. The corporate risk register is <see cref="RiskRegister"/>.
/// </summary>
public sealed class EmergingRiskRegister(AppDbContext db, ICurrentUser user, TimeProvider clock, SelfAssessmentService selfAssessments,
    SelfAssessmentReads assessments, OrganisationReads organisation)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanMaintain => user.IsInRole(Roles.PerformanceTeam);

    /// <summary>The Performance Team raises emerging risks for any department; a Chief Officer for their own.</summary>
    public bool CanRaiseEmerging => CanMaintain || (user.IsInRole(Roles.ChiefOfficer) && user.DepartmentId is not null);

    public bool CanUpdateEmerging(int departmentId) =>
        CanMaintain || (user.IsInRole(Roles.ChiefOfficer) && user.DepartmentId == departmentId);

    /// <summary>The department an emerging risk raised now is for, when the person does not choose it (a Chief Officer's own).</summary>
    public int? FixedDepartmentId => CanMaintain ? null : user.DepartmentId;

    /// <summary>The emerging risk issues by department (open ones first in each), and what the latest self-assessments name as outstanding risks.</summary>
    public async Task<EmergingRisksView> EmergingAsync(EmergingFilter filter, CancellationToken ct = default)
    {
        if (filter.DepartmentId is { } departmentId && !await organisation.Departments.AnyAsync(d => d.Id == departmentId, ct))
        {
            throw new DomainException("There is no such department: choose one from the list", nameof(EmergingFilter.DepartmentId));
        }

        var query = db.EmergingRisks.AsNoTracking();
        if (filter.DepartmentId is not null)
        {
            query = query.Where(r => r.DepartmentId == filter.DepartmentId);
        }

        if (filter.Status is not null)
        {
            query = query.Where(r => r.Status == filter.Status);
        }

        var rows = await (
            from r in query
            join d in organisation.Departments on r.DepartmentId equals d.Id
            select new { r.Id, r.DepartmentId, d.Code, d.Name, r.Title, r.Description, r.RaisedOn, r.RaisedBy, r.Status, r.Outcome, r.IsDemo }).ToListAsync(ct);
        return new EmergingRisksView(
            [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Status).ThenByDescending(r => r.RaisedOn).ThenBy(r => r.Id)
                .Select(r => new EmergingRiskRow(r.Id, r.DepartmentId, r.Code, r.Name, r.Title, r.Description, r.RaisedOn, r.RaisedBy, r.Status,
                    r.Outcome, CanUpdateEmerging(r.DepartmentId)) { IsDemo = r.IsDemo })],
            filter,
            await OutstandingRisksAsync(filter.DepartmentId, ct));
    }

    public async Task<EmergingRiskView> EmergingRiskAsync(int id, CancellationToken ct = default)
    {
        var row = await (
            from r in db.EmergingRisks.AsNoTracking()
            where r.Id == id
            join d in organisation.Departments on r.DepartmentId equals d.Id
            select new EmergingRiskView(r.Id, r.DepartmentId, d.Name, r.Title, r.Description, r.RaisedOn, r.RaisedBy, r.Status, r.Outcome, r.Version))
            .SingleOrDefaultAsync(ct);
        return row ?? throw new NotFoundException("The emerging risk");
    }

    /// <summary>
    /// Raises an emerging risk. A Chief Officer's is for their own department (choosing another is refused); the
    /// Performance Team chooses the department. Returns its id.
    /// </summary>
    public async Task<int> RaiseEmergingAsync(NewEmergingRiskInput input, CancellationToken ct = default)
    {
        RequireCanRaise();
        int departmentId;
        if (CanMaintain)
        {
            departmentId = input.DepartmentId ?? throw new DomainException("Choose the department the risk is for", nameof(NewEmergingRiskInput.DepartmentId));
            if (!await organisation.Departments.AnyAsync(d => d.Id == departmentId && d.IsActive, ct))
            {
                throw new DomainException("Choose a department from the list", nameof(NewEmergingRiskInput.DepartmentId));
            }
        }
        else
        {
            departmentId = user.DepartmentId!.Value;
            if (input.DepartmentId is { } chosen && chosen != departmentId)
            {
                throw new ForbiddenException("A Chief Officer raises emerging risks for their own department only.");
            }
        }

        var on = input.RaisedOn ?? Today;
        if (on > Today)
        {
            throw new DomainException("The date it was raised cannot be in the future", nameof(NewEmergingRiskInput.RaisedOn));
        }

        var risk = new EmergingRisk(departmentId, input.Title, input.Description, on, input.RaisedBy.Trim());
        db.EmergingRisks.Add(risk);
        await db.SaveChangesAsync(ct);
        return risk.Id;
    }

    public async Task UpdateEmergingAsync(int id, EmergingRiskUpdateInput input, CancellationToken ct = default)
    {
        var risk = await db.EmergingRisks.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("The emerging risk");
        RequireCanUpdate(risk.DepartmentId);
        db.ExpectVersion(risk, input.Version);
        risk.Update(input.Title, input.Description, input.Status ?? EmergingRiskStatus.Open, input.Outcome);
        await db.SaveOrConflictAsync(async () =>
        {
            var theirs = await db.EmergingRisks.AsNoTracking().SingleAsync(r => r.Id == id, ct);
            return new ConcurrencyConflictException(
                $"Someone else ({theirs.ModifiedBy}) changed this emerging risk while you were editing it. Their version is shown; your changes are still in the form. Save again to replace theirs.", theirs.Version,
                new Dictionary<string, string?>
                {
                    ["New risk"] = theirs.Title,
                    ["Description"] = theirs.Description,
                    ["Status"] = RiskScale.Status(theirs.Status),
                    ["Outcome"] = theirs.Outcome,
                });
        }, ct);
    }

    /// <summary>Refuses (403) someone who may not raise emerging risks: for the form's page as for its post.</summary>
    public void RequireCanRaise()
    {
        if (!CanRaiseEmerging)
        {
            throw new ForbiddenException("Chief Officers raise their department's emerging risks, and the Corporate Performance Team any department's.");
        }
    }

    public void RequireCanUpdate(int departmentId)
    {
        if (!CanUpdateEmerging(departmentId))
        {
            throw new ForbiddenException("Only the department's Chief Officer or the Corporate Performance Team update its emerging risks.");
        }
    }

    /// <summary>
    /// The "outstanding risks" of the self-assessments of the latest reporting period this person can see any of: those
    /// submitted (or further on), and their own department's drafts for its Chief Officer and Executive Member. Outside
    /// the department, one returned for rework shows what was last submitted, as the assessment's own page does.
    /// </summary>
    private async Task<OutstandingRisks> OutstandingRisksAsync(int? departmentId, CancellationToken ct)
    {
        // Cabinet and Select Committee members read self-assessments only in an issued report.
        if (!assessments.Reader.ReadsOfficerPages)
        {
            return new OutstandingRisks(null, [], Hidden: true);
        }

        var query = assessments.Readable(AssessmentSurface.OfficerPages);
        if (departmentId is not null)
        {
            query = query.Where(a => a.DepartmentId == departmentId);
        }

        var visible = await query
            .Select(a => new { a.Id, a.DepartmentId, Department = a.Department!.Name, a.ReportingPeriodId, a.ReportingPeriod!.FinancialYear, a.ReportingPeriod.Quarter, a.Status })
            .ToListAsync(ct);
        if (visible.Count == 0)
        {
            return new OutstandingRisks(null, [], Hidden: false);
        }

        var latest = visible.MaxBy(a => (a.FinancialYear, a.Quarter))!;
        var inPeriod = visible.Where(a => a.ReportingPeriodId == latest.ReportingPeriodId).ToList();
        var ids = inPeriod.Select(a => a.Id).ToList();
        // A returned assessment is being reworked by its Chief Officer: everyone else reads the risks as last submitted.
        var texts = AssessmentVisibility.Expand(
            await assessments.Section(ItemSection.Risk, AssessmentSurface.OfficerPages).Where(r => ids.Contains(r.AssessmentId)).ToListAsync(ct),
            ItemSection.Risk).ToLookup(t => t.AssessmentId);

        var result = new List<OutstandingRiskItem>();
        foreach (var a in inPeriod.OrderBy(a => a.Department, StringComparer.Ordinal))
        {
            var canOpen = selfAssessments.MaySeeAssessmentsOf(a.DepartmentId);
            result.AddRange(texts[a.Id].OrderBy(t => t.Position).Select(t => new OutstandingRiskItem(a.DepartmentId, a.Department, a.ReportingPeriodId, a.Status, t.Text, canOpen) { IsDemo = t.IsDemo }));
        }

        return new OutstandingRisks($"Quarter {latest.Quarter} {ReportingPeriod.FinancialYearName(latest.FinancialYear)}", result, Hidden: false);
    }
}
