using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Reports;

/// <summary>
/// The Head of Improvement's comments on a received self-assessment, anchored to an item or to the whole assessment, which
/// go into the report with it (collation, framework process 2). Only the Head of Improvement, checked on every call.
/// </summary>
public sealed class AnnotationService(
    AppDbContext db, CollatedReports reports, ReportingPeriodService periods, SelfAssessmentReads assessments, OrganisationReads organisation)
{
    public async Task<AnnotatedAssessment> AnnotationsAsync(int periodId, int departmentId, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
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
        reports.RequireHeadOfImprovement();
        return await db.Annotations.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new AnnotationRow(a.Id, a.AssessmentItemId, a.AnchorText, a.Text, a.ModifiedBy ?? a.CreatedBy, a.ModifiedUtc ?? a.CreatedUtc, a.Version))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The comment");
    }

    public async Task UpdateAnnotationAsync(int id, AnnotationInput input, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        var annotation = await db.Annotations.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("The comment");
        db.ExpectVersion(annotation, input.Version);
        annotation.Rewrite(input.Text);
        await SaveAnnotationAsync(id, ct);
    }

    public async Task RemoveAnnotationAsync(int id, Guid version, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
        var annotation = await db.Annotations.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("The comment");
        db.ExpectVersion(annotation, version);
        db.Annotations.Remove(annotation);
        await SaveAnnotationAsync(id, ct);
    }

    /// <summary>Which department and period a comment belongs to, to go back to its page.</summary>
    public async Task<(int DepartmentId, int PeriodId)> AnnotationPlaceAsync(int id, CancellationToken ct = default)
    {
        reports.RequireHeadOfImprovement();
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
}
