using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>What self-assessments say about plan areas, indicators and risks, through the items' links.</summary>
public sealed class LinkedItems(AppDbContext db, SelfAssessmentReads reads, OrganisationReads organisation)
{
    /// <summary>
    /// The items linked to the targets, as the signed-in person may read them on an officer's page (see
    /// <see cref="AssessmentVisibility"/>): drafts only for their own Chief Officer and Executive Member, a returned one as
    /// last submitted for everyone else, and nothing for Cabinet and Select Committee members.
    /// </summary>
    public async Task<List<LinkedItem>> ForAsync(string targetType, IReadOnlyCollection<int> targetIds, CancellationToken ct = default)
    {
        var rows = await (
            from item in reads.Items(AssessmentSurface.OfficerPages)
            where db.Set<ItemLink>().Any(l => l.TargetType == targetType && targetIds.Contains(l.TargetId)
                && EF.Property<int>(l, "AssessmentItemId") == item.ItemId)
            join d in organisation.Departments on item.DepartmentId equals d.Id
            join p in organisation.ReportingPeriods on item.PeriodId equals p.Id
            select new { Item = item, Department = d.Name, p.FinancialYear, p.Quarter }).ToListAsync(ct);
        var seen = AssessmentVisibility.AsSeen(rows.Select(r => r.Item)).ToHashSet();
        return [.. rows.Where(r => seen.Contains(r.Item))
            .OrderByDescending(i => i.FinancialYear).ThenByDescending(i => i.Quarter).ThenBy(i => i.Department, StringComparer.Ordinal)
            .Select(i => new LinkedItem(i.Item.DepartmentId, i.Department, i.Item.PeriodId,
                $"Quarter {i.Quarter} {ReportingPeriod.FinancialYearName(i.FinancialYear)}", i.Item.Section.ToString(), i.Item.Text))];
    }
}
