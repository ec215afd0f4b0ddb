using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>A self-assessment item that is about something (a plan area, an indicator), as that thing's page lists it.</summary>
public sealed record LinkedItem(int DepartmentId, string Department, int PeriodId, string Period, string Section, string Text);

/// <summary>What self-assessments say about plan areas and indicators, through the items' links.</summary>
public sealed class LinkedItems(AppDbContext db, ICurrentUser user)
{
    public async Task<List<LinkedItem>> ForAsync(string targetType, IReadOnlyCollection<int> targetIds, CancellationToken ct = default)
    {
        // Cabinet and Select Committee members read self-assessments only in an issued report.
        if (!Roles.All.Except([Roles.Cabinet, Roles.SelectCommittee]).Any(user.IsInRole))
        {
            return [];
        }

        var items = await (
            from link in db.Set<ItemLink>().AsNoTracking()
            where link.TargetType == targetType && targetIds.Contains(link.TargetId)
            join item in db.Set<AssessmentItem>().AsNoTracking() on EF.Property<int>(link, "AssessmentItemId") equals item.Id
            join assessment in db.SelfAssessments.AsNoTracking() on item.SelfAssessmentId equals assessment.Id
            select new { assessment.DepartmentId, Department = assessment.Department!.Name, assessment.ReportingPeriodId, assessment.ReportingPeriod!.FinancialYear,
                assessment.ReportingPeriod.Quarter, assessment.Status, item.Section, item.Text }).ToListAsync(ct);
        // Drafts stay with their department, as everywhere else.
        return [.. items.Where(i => i.Status is not (AssessmentStatus.Draft or AssessmentStatus.WithExecutiveMember) || i.DepartmentId == user.DepartmentId)
            .OrderByDescending(i => i.FinancialYear).ThenByDescending(i => i.Quarter).ThenBy(i => i.Department, StringComparer.Ordinal)
            .Select(i => new LinkedItem(i.DepartmentId, i.Department, i.ReportingPeriodId, $"Quarter {i.Quarter} {ReportingPeriod.FinancialYearName(i.FinancialYear)}",
                i.Section.ToString(), i.Text))];
    }
}
