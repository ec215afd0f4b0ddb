using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// One intervention from the menu assigned to a concern, with its responsible officer and its report-backs to CPEG. One
/// report-back is owed at a time (Appendix Two: "report back to CPEG within N months"): its category sets when it is
/// due; after each, CPEG sets the next by a category or ends the intervention.
/// </summary>
public class Intervention : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private readonly List<ReportBack> reportBacks = [];

    private Intervention() { }

    internal Intervention(int menuItemId, string name, string responsibleUserId, int categoryMonths, DateOnly assignedOn)
    {
        MenuItemId = menuItemId;
        Name = name;
        ResponsibleUserId = responsibleUserId;
        FrequencyMonths = categoryMonths;
        AssignedOn = assignedOn;
        reportBacks.Add(new ReportBack(ReportBackCategories.DueFrom(assignedOn, categoryMonths)));
    }

    public int Id { get; private set; }
    public int AreaOfConcernId { get; private set; }
    public int MenuItemId { get; private set; }

    /// <summary>The menu item's name when assigned, kept if the menu later changes.</summary>
    public string Name { get; private set; } = "";
    public string ResponsibleUserId { get; private set; } = "";

    /// <summary>
    /// The category last set: the next report-back is due within this many months of CPEG's decision
    /// (<see cref="ReportBackCategories"/>). Interventions assigned before issue 15 kept a year of report-backs at this interval.
    /// </summary>
    public int FrequencyMonths { get; private set; }
    public DateOnly AssignedOn { get; private set; }

    /// <summary>When CPEG accepted a report-back and ended the intervention: nothing more is owed.</summary>
    public DateOnly? EndedOn { get; private set; }
    public IReadOnlyList<ReportBack> ReportBacks => reportBacks;

    public bool IsEnded => EndedOn is not null;

    /// <summary>The report-back its officer answers next: the first the officer reports on now (<see cref="ReportBack.IsReportableOn"/>).</summary>
    public ReportBack? NextToReport(DateOnly today) =>
        reportBacks.FirstOrDefault(r => r.IsReportableOn(today));

    /// <summary>The report-back submitted and waiting for CPEG's review, if any.</summary>
    public ReportBack? AwaitingReview => reportBacks.FirstOrDefault(r => r.SubmittedOn is not null && r.Review is null);

    /// <summary>The report-back owed and not yet sent, if any (one at a time).</summary>
    public ReportBack? Owed => reportBacks.Where(r => r.SubmittedOn is null).OrderBy(r => r.DueOn).FirstOrDefault();

    /// <summary>
    /// A new officer answers for every report-back still owed. A new category moves the report-back owed to that many
    /// months from today, unless it is already overdue (what is owed stays owed).
    /// </summary>
    internal void Change(string responsibleUserId, int categoryMonths, DateOnly on)
    {
        ResponsibleUserId = responsibleUserId;
        if (categoryMonths == FrequencyMonths)
        {
            return;
        }

        var due = ReportBackCategories.DueFrom(on, categoryMonths);
        FrequencyMonths = categoryMonths;
        if (Owed is { } owed && !owed.IsOverdue(on))
        {
            owed.Reschedule(due);
        }
    }

    /// <summary>After CPEG accepts a report-back: the next is due within the category's months of today.</summary>
    internal ReportBack ScheduleNext(int categoryMonths, DateOnly on)
    {
        var next = new ReportBack(ReportBackCategories.DueFrom(on, categoryMonths));
        FrequencyMonths = categoryMonths;
        reportBacks.Add(next);
        return next;
    }

    /// <summary>After CPEG accepts a report-back and the intervention has done its work: no more report-backs.</summary>
    internal void End(DateOnly on) => EndedOn = on;
}
