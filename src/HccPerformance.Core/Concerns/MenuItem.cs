using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// One intervention on the Menu of Interventions (seed Appendix Two), as CPEG chooses from it. The four categories carry
/// their own report-back date ("within N months"); every other item takes a category when it is assigned. Items 13, 14, 15
/// and 17 escalate the concern to a body as they are assigned. Items are retired, never deleted, so the interventions
/// assigned from them keep their history.
/// </summary>
public class MenuItem : AuditableEntity
{
    private MenuItem() { }

    public MenuItem(int number, string name, string description, int? reportBackMonths, EscalatedTo? escalatesTo = null)
    {
        if (reportBackMonths is { } months && !ReportBackCategories.IsCategory(months))
        {
            throw new DomainException("A report-back is due within six, three, two or one month(s); leave it empty to choose the category when assigned",
                nameof(ReportBackMonths));
        }

        Number = number;
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Name the intervention", nameof(Name)) : name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? throw new DomainException("Say what the intervention is", nameof(Description)) : description.Trim();
        ReportBackMonths = reportBackMonths;
        EscalatesTo = escalatesTo;
    }

    public int Number { get; private set; }
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>Set for the four categories (within six, three, two and one months); others take a category when assigned.</summary>
    public int? ReportBackMonths { get; private set; }

    /// <summary>The body that assigning this item escalates the concern to (items 13, 14, 15 and 17), if any.</summary>
    public EscalatedTo? EscalatesTo { get; private set; }
    public DateOnly? RetiredOn { get; private set; }
    public string? RetiredReason { get; private set; }

    public bool IsRetired => RetiredOn is not null;

    /// <summary>Where the item comes from (issue 17): Appendix Two for the seeded menu; null for one the Head of Improvement adds.</summary>
    public string? Source { get; private set; }

    public void Retire(DateOnly on, string reason)
    {
        if (IsRetired)
        {
            throw new DomainException($"{Name} is already retired from the menu.");
        }

        RetiredReason = string.IsNullOrWhiteSpace(reason) ? throw new DomainException("Say why the intervention leaves the menu", nameof(RetiredReason)) : reason.Trim();
        RetiredOn = on;
    }

    /// <summary>The menu as Appendix Two writes it: number, name and description, and the categories' intervals.</summary>
    public static IReadOnlyList<MenuItem> AppendixTwo()
    {
        MenuItem[] items =
        [
        new(1, "Category one", "report back to CPEG within six months", 6),
        new(2, "Category two", "report back to CPEG within three months", 3),
        new(3, "Category three", "report back to CPEG within two months", 2),
        new(4, "Category four", "report back to CPEG within one month", 1),
        new(5, "Strategic action plan", "request the relevant Service Manager to produce a strategic action plan for CPEG", null),
        new(6, "Council visits", "request the relevant Service Manager to visit better performing Councils and report back", null),
        new(7, "Strategic review", "request a department led strategic review", null),
        new(8, "Mystery shopping", "commission mystery shopping to assess the extent of the issue or to check on progress", null),
        new(9, "Corporate support one", "request the Corporate Performance Team to support/follow up", null),
        new(10, "Corporate support two", "commission the Head of Improvement to support/follow up", null),
        new(11, "Corporate support three", "establish a CPEG sub-group board to oversee", null),
        new(12, "Corporate support four", "commission the Leader's Futures Group, Hampshire's Own Grown or County Treasurer's Consultancy", null),
        new(13, "CMT support", "escalate to CMT", null, EscalatedTo.Cmt),
        new(14, "Executive Member support", "refer to the Executive Member for Efficiency, Performance and Rural Policy", null, EscalatedTo.PerformanceExecutiveMember),
        new(15, "Cabinet support", "escalate to Cabinet", null, EscalatedTo.Cabinet),
        new(16, "Member support", "establish a Member and senior officer review (Best Value style)", null),
        new(17, "Overview & scrutiny", "refer to Member Overview and Scrutiny Select Committees", null, EscalatedTo.OverviewAndScrutiny),
        new(18, "External support", "commission external consultants, the Audit Commission, IDeA, RIEP or other", null),
        new(19, "Peer review", "commission an external peer review", null),
        new(20, "Resources", "divert departmental and/or corporate resources", null),
        ];
        foreach (var item in items)
        {
            item.Source = Common.ReferenceSources.MenuOfInterventions;
        }

        return items;
    }
}
