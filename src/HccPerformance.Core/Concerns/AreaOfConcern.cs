using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

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
