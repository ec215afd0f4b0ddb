using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>
/// What the rest of Core reads of self-assessments (convention 15): composable queries, filtered by
/// <see cref="AssessmentVisibility"/>, so the rule is written once and a caller still composes one SQL command.
/// </summary>
public sealed class SelfAssessmentReads(AppDbContext db, ICurrentUser user)
{
    public AssessmentReader Reader => AssessmentReader.Of(user);

    /// <summary>Every assessment's state, without its words.</summary>
    public IQueryable<AssessmentState> States =>
        db.SelfAssessments.AsNoTracking().Select(a => new AssessmentState
        {
            Id = a.Id, DepartmentId = a.DepartmentId, PeriodId = a.ReportingPeriodId, FinancialYear = a.ReportingPeriod!.FinancialYear,
            Quarter = a.ReportingPeriod.Quarter, Status = a.Status, FirstSubmittedUtc = a.FirstSubmittedUtc, LastSubmittedUtc = a.LastSubmittedUtc,
            SubmittedLate = a.SubmittedLate, IsDemo = a.IsDemo,
        });

    /// <summary>
    /// The assessments whose words the reader (by default the signed-in person) may read there. Read their words through
    /// <see cref="AssessmentVisibility.ContentAsSeen"/> and <see cref="AssessmentVisibility.ItemsAsSeen"/>.
    /// </summary>
    public IQueryable<SelfAssessment> Readable(AssessmentSurface surface, AssessmentReader? reader = null) =>
        db.SelfAssessments.AsNoTracking().Where(AssessmentVisibility.VisibleTo(reader ?? Reader, surface));

    /// <summary>The items the reader may read there; finish with <see cref="AssessmentVisibility.AsSeen"/>.</summary>
    public IQueryable<ReadableItem> Items(AssessmentSurface surface, AssessmentReader? reader = null)
    {
        var r = reader ?? Reader;
        var leads = r.LeadsDepartmentId is not null;
        var department = r.LeadsDepartmentId ?? 0;
        return from a in Readable(surface, r)
               from i in a.Items
               select new ReadableItem
               {
                   ItemId = i.Id, AssessmentId = a.Id, DepartmentId = a.DepartmentId, PeriodId = a.ReportingPeriodId, Status = a.Status,
                   Section = i.Section, Position = i.Position, Text = i.Text,
                   SubmittedJson = a.Status == AssessmentStatus.Returned && !(leads && a.DepartmentId == department)
                       ? a.Versions.OrderByDescending(v => v.Number).Select(v => v.ContentJson).FirstOrDefault()
                       : null,
                   IsDemo = a.IsDemo,
               };
    }

    /// <summary>
    /// One section of the assessments the reader may read there, in one command: the live items, and for a returned one
    /// read from outside its last submitted version as one row; finish with <see cref="AssessmentVisibility.Expand"/>.
    /// </summary>
    public IQueryable<SectionRow> Section(ItemSection section, AssessmentSurface surface, AssessmentReader? reader = null)
    {
        var r = reader ?? Reader;
        var leads = r.LeadsDepartmentId is not null;
        var department = r.LeadsDepartmentId ?? 0;
        var live =
            from a in Readable(surface, r)
            where a.Status != AssessmentStatus.Returned || (leads && a.DepartmentId == department)
            from i in a.Items
            where i.Section == section
            select new SectionRow
            {
                AssessmentId = a.Id, DepartmentId = a.DepartmentId, PeriodId = a.ReportingPeriodId, Status = a.Status, Position = i.Position,
                Text = i.Text, SubmittedJson = null, IsDemo = a.IsDemo,
            };
        var submitted =
            from a in Readable(surface, r)
            where a.Status == AssessmentStatus.Returned && !(leads && a.DepartmentId == department)
            select new SectionRow
            {
                AssessmentId = a.Id, DepartmentId = a.DepartmentId, PeriodId = a.ReportingPeriodId, Status = a.Status, Position = 0,
                Text = "", SubmittedJson = a.Versions.OrderByDescending(v => v.Number).Select(v => v.ContentJson).FirstOrDefault(), IsDemo = a.IsDemo,
            };
        return live.Concat(submitted);
    }

    /// <summary>What each item is about (a plan area, an indicator, a risk), for items already read through <see cref="Items"/>.</summary>
    public IQueryable<ItemLinkRow> Links =>
        db.Set<ItemLink>().AsNoTracking().Select(l => new ItemLinkRow { ItemId = EF.Property<int>(l, "AssessmentItemId"), TargetType = l.TargetType, TargetId = l.TargetId });

    /// <summary>Where an item's assessment is (department and period), whoever reads: for a concern's link back.</summary>
    public async Task<(int DepartmentId, int PeriodId)?> PlaceOfItemAsync(int itemId, CancellationToken ct = default)
    {
        var at = await (
            from a in db.SelfAssessments.AsNoTracking()
            from i in a.Items
            where i.Id == itemId
            select new { a.DepartmentId, a.ReportingPeriodId }).SingleOrDefaultAsync(ct);
        return at is null ? null : (at.DepartmentId, at.ReportingPeriodId);
    }
}
