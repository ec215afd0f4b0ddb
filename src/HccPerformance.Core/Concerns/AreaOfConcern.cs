using System.Linq.Expressions;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>Where a concern came from: it keeps a link to its source and the evidence as it stood when raised.</summary>
public enum ConcernSource
{
    ByHand = 0,
    Indicator = 1,
    Risk = 2,
    Recommendation = 3,
    Benchmark = 4,
    SelfAssessmentItem = 5,
    /// <summary>A priority area of the Corporate Improvement Plan (any year of it: the area's lineage is what matters).</summary>
    PlanArea = 6,
}

public enum ConcernStatus
{
    /// <summary>Raised; CPEG has not yet said whether it matters locally (4.15).</summary>
    Raised = 1,
    /// <summary>Important locally: interventions can be assigned and followed.</summary>
    Active = 2,
    /// <summary>Closed because CPEG judged it not important locally, with the reason; it stays visible.</summary>
    NotImportantLocally = 3,
    /// <summary>Closed with an outcome.</summary>
    Closed = 4,
}

/// <summary>What happened to the concern by the time it closed (3.8: is it working?).</summary>
public enum ConcernOutcome
{
    Improved = 1,
    Held = 2,
    Worsened = 3,
}

public enum EscalatedTo
{
    Cmt = 1,
    PerformanceExecutiveMember = 2,
    Cabinet = 3,
    OverviewAndScrutiny = 4,
}

/// <summary>
/// An area of concern (framework process 5; seed 4.5, 4.13, 4.15-4.16): raised from a red indicator, a high risk, an
/// overdue recommendation, a bottom-quartile benchmark, a self-assessment item, or by hand. CPEG first decides whether it
/// matters locally; only then are interventions from the menu assigned, each with report-backs, until it is closed.
/// </summary>
public class AreaOfConcern : AuditableEntity
{
    private readonly List<Intervention> interventions = [];
    private readonly List<Escalation> escalations = [];

    private AreaOfConcern() { }

    public AreaOfConcern(string title, int? departmentId, ConcernSource source, int? sourceId, string evidence, DateOnly raisedOn, string raisedBy)
    {
        if (source != ConcernSource.ByHand && sourceId is null)
        {
            throw new DomainException("A concern raised from a record keeps a link to it.", nameof(SourceId));
        }

        Title = Required(title, "Say what the concern is", nameof(Title));
        Evidence = Required(evidence, "Give the evidence for the concern as it stands now", nameof(Evidence));
        DepartmentId = departmentId;
        Source = source;
        SourceId = source == ConcernSource.ByHand ? null : sourceId;
        RaisedOn = raisedOn;
        RaisedBy = raisedBy;
        Status = ConcernStatus.Raised;
    }

    public string Title { get; private set; } = "";
    public int? DepartmentId { get; private set; }
    public ConcernSource Source { get; private set; }
    public int? SourceId { get; private set; }

    /// <summary>The evidence as it stood when the concern was raised (the source may change later).</summary>
    public string Evidence { get; private set; } = "";
    public DateOnly RaisedOn { get; private set; }
    public string RaisedBy { get; private set; } = "";
    public ConcernStatus Status { get; private set; }
    public string? LocalImportanceReason { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? Outcome { get; private set; }

    /// <summary>Whether things improved, held or worsened, as CPEG judged when closing (counted on "is it working?").</summary>
    public ConcernOutcome? OutcomeKind { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public IReadOnlyList<Intervention> Interventions => interventions;
    public IReadOnlyList<Escalation> Escalations => escalations;

    public bool IsOpen => Status is ConcernStatus.Raised or ConcernStatus.Active;

    /// <summary>CPEG's first decision (4.15): does this matter locally? If not, the concern closes with the reason.</summary>
    public void DecideLocalImportance(bool important, string reason, DateOnly on)
    {
        if (Status != ConcernStatus.Raised)
        {
            throw new DomainException("CPEG has already decided whether this concern matters locally.");
        }

        LocalImportanceReason = Required(reason, "Say why the concern does or does not matter locally", nameof(LocalImportanceReason));
        DecidedOn = on;
        if (important)
        {
            Status = ConcernStatus.Active;
        }
        else
        {
            Status = ConcernStatus.NotImportantLocally;
            ClosedOn = on;
        }
    }

    /// <summary>
    /// Assigns an intervention from the menu to a responsible officer. The categories bring their own interval; any
    /// other item needs a frequency. Report-back dates are generated for the next year from the day it is assigned.
    /// </summary>
    public Intervention Assign(MenuItem item, string responsibleUserId, int? frequencyMonths, DateOnly on)
    {
        if (Status == ConcernStatus.Raised)
        {
            throw new DomainException("CPEG must first decide that the concern matters locally before assigning interventions.");
        }

        if (Status != ConcernStatus.Active)
        {
            throw new DomainException("The concern is closed: interventions can no longer be assigned.");
        }

        if (item.IsRetired)
        {
            throw new DomainException($"{item.Name} has been retired from the menu: choose another intervention.", nameof(Intervention.MenuItemId));
        }

        var months = item.ReportBackMonths ?? frequencyMonths
            ?? throw new DomainException($"Say how often {item.Name} reports back to CPEG, in months", nameof(Intervention.FrequencyMonths));
        if (months is < 1 or > 12)
        {
            throw new DomainException("Report back every 1 to 12 months", nameof(Intervention.FrequencyMonths));
        }

        if (string.IsNullOrWhiteSpace(responsibleUserId))
        {
            throw new DomainException("Choose the officer responsible for the intervention", nameof(Intervention.ResponsibleUserId));
        }

        var intervention = new Intervention(item.Id, item.Name, responsibleUserId, months, on);
        interventions.Add(intervention);
        return intervention;
    }

    /// <summary>
    /// CPEG changes an intervention after a report-back (4.16: "change or add interventions"): a new responsible officer,
    /// or for items without a fixed category interval a new frequency, which reschedules the report-backs not yet sent.
    /// </summary>
    public Intervention ChangeIntervention(int interventionId, MenuItem item, string responsibleUserId, int? frequencyMonths, DateOnly on)
    {
        if (Status != ConcernStatus.Active)
        {
            throw new DomainException("Only the interventions of a concern that is under way can change.");
        }

        var intervention = interventions.SingleOrDefault(i => i.Id == interventionId) ?? throw new NotFoundException("The intervention");
        if (string.IsNullOrWhiteSpace(responsibleUserId))
        {
            throw new DomainException("Choose the officer responsible for the intervention", nameof(Intervention.ResponsibleUserId));
        }

        var months = frequencyMonths ?? intervention.FrequencyMonths;
        if (item.ReportBackMonths is { } fixedMonths && months != fixedMonths)
        {
            throw new DomainException($"{item.Name} always reports back every {fixedMonths} months: assign another category to change how often.",
                nameof(Intervention.FrequencyMonths));
        }

        if (months is < 1 or > 12)
        {
            throw new DomainException("Report back every 1 to 12 months", nameof(Intervention.FrequencyMonths));
        }

        if (responsibleUserId == intervention.ResponsibleUserId && months == intervention.FrequencyMonths)
        {
            throw new DomainException("Nothing has changed: choose another officer or another frequency.", nameof(Intervention.ResponsibleUserId));
        }

        intervention.Change(responsibleUserId, months, on);
        return intervention;
    }

    /// <summary>Records an escalation (CMT, the Performance Executive Member, Cabinet, Overview and Scrutiny); its members then see it.</summary>
    public void Escalate(EscalatedTo body, string reason, DateOnly on)
    {
        if (!IsOpen)
        {
            throw new DomainException("A closed concern cannot be escalated.");
        }

        escalations.Add(new Escalation(body, Required(reason, "Say why the concern is escalated", nameof(Escalation.Reason)), on));
    }

    /// <summary>Closes the concern with its outcome: whether things improved, held or worsened, and what CPEG concluded.</summary>
    public void Close(ConcernOutcome? kind, string outcome, DateOnly on)
    {
        if (Status != ConcernStatus.Active)
        {
            throw new DomainException(Status == ConcernStatus.Raised
                ? "Decide first whether the concern matters locally; a concern that does not is closed by that decision."
                : "The concern is already closed.");
        }

        OutcomeKind = kind is { } k && Enum.IsDefined(k) ? k : throw new DomainException("Say whether things improved, held or worsened", nameof(OutcomeKind));
        Outcome = Required(outcome, "Say what the outcome was and why the concern can close", nameof(Outcome));
        Status = ConcernStatus.Closed;
        ClosedOn = on;
    }

    /// <summary>Report-backs overdue on a day, across every intervention.</summary>
    public IEnumerable<ReportBack> OverdueReportBacks(DateOnly today) =>
        IsOpen ? interventions.SelectMany(i => i.ReportBacks).Where(r => r.IsOverdue(today)) : [];

    private static string Required(string? text, string message, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException(message, field) : text.Trim();
}

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

public enum ReportBackReview
{
    Accepted = 1,
    MoreAsked = 2,
}

/// <summary>A report-back due to CPEG: the responsible officer's progress, evidence and RAG, then CPEG's review.</summary>
public class ReportBack
{
    private ReportBack() { }

    internal ReportBack(DateOnly dueOn) => DueOn = dueOn;

    public int Id { get; private set; }
    public int InterventionId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? SubmittedOn { get; private set; }
    public string? Progress { get; private set; }
    public string? Evidence { get; private set; }
    public Rag Rag { get; private set; }
    public ReportBackReview? Review { get; private set; }
    public string? ReviewNote { get; private set; }
    public DateOnly? ReviewedOn { get; private set; }

    /// <summary>When the responsible officer was reminded that this report-back is due, so they are told once.</summary>
    public DateOnly? ReminderSentOn { get; private set; }

    /// <summary>
    /// A report-back is "due soon" from one month before its due date: the officer's home page lists it and the concern's
    /// page offers its form, so a monthly report-back can be answered from the day the intervention is assigned. The one
    /// rule; the reminder a week ahead is <see cref="ReportBackReminders.DaysAhead"/>.
    /// </summary>
    public const int DueSoonMonths = 1;

    /// <summary>Overdue on a day: due before it and not submitted by it (so a past day reads as it stood then).</summary>
    public bool IsOverdue(DateOnly day) => DueOn < day && (SubmittedOn is null || SubmittedOn > day);

    /// <summary><see cref="IsOverdue"/> as a query filter, for counting in SQL.</summary>
    public static Expression<Func<ReportBack, bool>> OverdueOn(DateOnly day) => r => r.DueOn < day && (r.SubmittedOn == null || r.SubmittedOn > day);

    /// <summary>The last due date that counts as "due soon" today.</summary>
    public static DateOnly DueSoonUntil(DateOnly today) => today.AddMonths(DueSoonMonths);

    /// <summary>Not submitted and due within <see cref="DueSoonMonths"/> (or already overdue).</summary>
    public bool IsDueSoon(DateOnly today) => SubmittedOn is null && DueOn <= DueSoonUntil(today);

    /// <summary>The responsible officer reports on it now: not accepted by CPEG, and due soon or overdue.</summary>
    public bool IsReportableOn(DateOnly today) => Review != ReportBackReview.Accepted && DueOn <= DueSoonUntil(today);

    /// <summary>Records that the responsible officer was told the report-back is due, so the reminder goes once.</summary>
    public void MarkReminded(DateOnly on) => ReminderSentOn ??= on;

    public void Submit(string progress, string? evidence, Rag rag, DateOnly on)
    {
        if (Review == ReportBackReview.Accepted)
        {
            throw new DomainException("CPEG has accepted this report-back; it can no longer change.");
        }

        if (rag == Rag.NoData)
        {
            throw new DomainException("Choose Red, Amber or Green for the progress", nameof(Rag));
        }

        Progress = string.IsNullOrWhiteSpace(progress) ? throw new DomainException("Say what progress has been made", nameof(Progress)) : progress.Trim();
        Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
        Rag = rag;
        SubmittedOn = on;
        Review = null;
        ReviewNote = null;
        ReviewedOn = null;
    }

    /// <summary>CPEG accepts the report-back, or asks for more (the officer submits again).</summary>
    public void ReviewAs(ReportBackReview review, string? note, DateOnly on)
    {
        if (SubmittedOn is null)
        {
            throw new DomainException("The report-back has not been submitted yet.");
        }

        if (review == ReportBackReview.MoreAsked && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Say what more CPEG needs", nameof(ReviewNote));
        }

        Review = review;
        ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ReviewedOn = on;
    }
}

/// <summary>An escalation of a concern beyond CPEG, recorded against it.</summary>
public class Escalation
{
    private Escalation() { }

    internal Escalation(EscalatedTo body, string reason, DateOnly on)
    {
        Body = body;
        Reason = reason;
        On = on;
    }

    public int Id { get; private set; }
    public int AreaOfConcernId { get; private set; }
    public EscalatedTo Body { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly On { get; private set; }
}
