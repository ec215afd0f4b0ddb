namespace HccPerformance.Core.Concerns;

/// <summary>One intervention from the menu assigned to a concern, with its responsible officer and report-back schedule.</summary>
public class Intervention
{
    /// <summary>How far ahead report-back dates are generated when an intervention is assigned.</summary>
    public const int ScheduleMonths = 12;

    private readonly List<ReportBack> reportBacks = [];

    private Intervention() { }

    internal Intervention(int menuItemId, string name, string responsibleUserId, int frequencyMonths, DateOnly assignedOn)
    {
        MenuItemId = menuItemId;
        Name = name;
        ResponsibleUserId = responsibleUserId;
        FrequencyMonths = frequencyMonths;
        AssignedOn = assignedOn;
        for (var due = assignedOn.AddMonths(frequencyMonths); due <= assignedOn.AddMonths(ScheduleMonths); due = due.AddMonths(frequencyMonths))
        {
            reportBacks.Add(new ReportBack(due));
        }
    }

    public int Id { get; private set; }
    public int AreaOfConcernId { get; private set; }
    public int MenuItemId { get; private set; }

    /// <summary>The menu item's name when assigned, kept if the menu later changes.</summary>
    public string Name { get; private set; } = "";
    public string ResponsibleUserId { get; private set; } = "";
    public int FrequencyMonths { get; private set; }
    public DateOnly AssignedOn { get; private set; }
    public IReadOnlyList<ReportBack> ReportBacks => reportBacks;

    /// <summary>The report-back its officer answers next: the first the officer reports on now (<see cref="ReportBack.IsReportableOn"/>).</summary>
    public ReportBack? NextToReport(DateOnly today) =>
        reportBacks.FirstOrDefault(r => r.IsReportableOn(today));

    /// <summary>The report-back submitted and waiting for CPEG's review, if any.</summary>
    public ReportBack? AwaitingReview => reportBacks.FirstOrDefault(r => r.SubmittedOn is not null && r.Review is null);

    /// <summary>
    /// A new officer answers for every report-back still owed. A new frequency drops the report-backs not yet due and
    /// not yet sent, and schedules a year of new ones from today; sent and overdue ones stay, so nothing owed vanishes.
    /// </summary>
    internal void Change(string responsibleUserId, int frequencyMonths, DateOnly on)
    {
        ResponsibleUserId = responsibleUserId;
        if (frequencyMonths == FrequencyMonths)
        {
            return;
        }

        FrequencyMonths = frequencyMonths;
        reportBacks.RemoveAll(r => r.SubmittedOn is null && r.DueOn >= on);
        for (var due = on.AddMonths(frequencyMonths); due <= on.AddMonths(ScheduleMonths); due = due.AddMonths(frequencyMonths))
        {
            reportBacks.Add(new ReportBack(due));
        }
    }
}
