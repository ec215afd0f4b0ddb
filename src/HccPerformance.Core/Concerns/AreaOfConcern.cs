using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// An area of concern (framework process 5; seed 4.5, 4.13, 4.15-4.16): raised from a red indicator, a high risk, an
/// overdue recommendation, a bottom-quartile benchmark, a self-assessment item, or by hand. CPEG first decides whether it
/// matters locally; only then are interventions from the menu assigned, each with report-backs, until it is closed.
/// </summary>
public class AreaOfConcern : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private readonly List<Intervention> interventions = [];
    private readonly List<Escalation> escalations = [];

    private AreaOfConcern() { }

    public AreaOfConcern(string title, int? departmentId, ConcernSource source, int? sourceId, string evidence, DateOnly raisedOn, string raisedBy)
    {
        if (!WithoutRecord(source) && sourceId is null)
        {
            throw new DomainException("A concern raised from a record keeps a link to it.", nameof(SourceId));
        }

        Title = Required(title, "Say what the concern is", nameof(Title));
        Evidence = Required(evidence, "Give the evidence for the concern as it stands now", nameof(Evidence));
        DepartmentId = departmentId;
        Source = source;
        if (source == ConcernSource.Disempowerment && departmentId is null)
        {
            throw new DomainException("Say which department cannot remove the blocker", nameof(DepartmentId));
        }

        SourceId = WithoutRecord(source) ? null : sourceId;
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

    /// <summary>Raised by hand or as a blocker (disempowerment): no record behind it.</summary>
    public static bool WithoutRecord(ConcernSource source) => source is ConcernSource.ByHand or ConcernSource.Disempowerment;

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
    /// Assigns an intervention from the menu to a responsible officer. Its first report-back is due within its category's
    /// months of today: the four categories are their own; any other item takes a category chosen with it. Items that
    /// escalate (13, 14, 15, 17) record the escalation to their body at the same time, so its members read the concern.
    /// </summary>
    public Intervention Assign(MenuItem item, string responsibleUserId, int? categoryMonths, DateOnly on, string by = "CPEG")
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

        var months = item.ReportBackMonths ?? categoryMonths
            ?? throw new DomainException($"Choose the category that sets when {item.Name} reports back to CPEG", nameof(Intervention.FrequencyMonths));
        if (!ReportBackCategories.IsCategory(months))
        {
            throw new DomainException(ReportBackCategories.Refusal, nameof(Intervention.FrequencyMonths));
        }

        if (string.IsNullOrWhiteSpace(responsibleUserId))
        {
            throw new DomainException("Choose the officer responsible for the intervention", nameof(Intervention.ResponsibleUserId));
        }

        var intervention = new Intervention(item.Id, item.Name, responsibleUserId, months, on);
        interventions.Add(intervention);
        if (item.EscalatesTo is { } body)
        {
            escalations.Add(new Escalation(body, $"CPEG assigned {item.Number}. {item.Name}: {item.Description}.", on, by));
        }

        return intervention;
    }

    /// <summary>
    /// CPEG changes an intervention after a report-back (4.16: "change or add interventions"): a new responsible officer,
    /// or for items without a category of their own a new category, which moves the report-back owed.
    /// </summary>
    public Intervention ChangeIntervention(int interventionId, MenuItem item, string responsibleUserId, int? categoryMonths, DateOnly on)
    {
        if (Status != ConcernStatus.Active)
        {
            throw new DomainException("Only the interventions of a concern that is under way can change.");
        }

        var intervention = interventions.SingleOrDefault(i => i.Id == interventionId) ?? throw new NotFoundException("The intervention");
        if (intervention.IsEnded)
        {
            throw new DomainException($"CPEG ended {intervention.Name}: assign a new intervention instead.", nameof(Intervention.ResponsibleUserId));
        }

        if (string.IsNullOrWhiteSpace(responsibleUserId))
        {
            throw new DomainException("Choose the officer responsible for the intervention", nameof(Intervention.ResponsibleUserId));
        }

        var months = categoryMonths ?? intervention.FrequencyMonths;
        if (item.ReportBackMonths is { } fixedMonths && months != fixedMonths)
        {
            throw new DomainException($"{item.Name} always reports back within {fixedMonths} {(fixedMonths == 1 ? "month" : "months")}: assign another category to change it.",
                nameof(Intervention.FrequencyMonths));
        }

        if (!ReportBackCategories.IsCategory(months))
        {
            throw new DomainException(ReportBackCategories.Refusal, nameof(Intervention.FrequencyMonths));
        }

        if (responsibleUserId == intervention.ResponsibleUserId && months == intervention.FrequencyMonths)
        {
            throw new DomainException("Nothing has changed: choose another officer or another category.", nameof(Intervention.ResponsibleUserId));
        }

        intervention.Change(responsibleUserId, months, on);
        return intervention;
    }

    /// <summary>
    /// CPEG's decision on a report-back (Appendix Two): accept it and set the next by a category (<paramref name="nextMonths"/>
    /// 6, 3, 2 or 1), accept it and end the intervention (0), or ask for more (the officer sends it again). Closing the
    /// concern is <see cref="Close"/>.
    /// </summary>
    public ReportBack? ReviewReportBack(int reportBackId, ReportBackReview review, string? note, int? nextMonths, DateOnly on)
    {
        if (!IsOpen)
        {
            throw new DomainException("The concern is closed: its report-backs can no longer change.");
        }

        var intervention = interventions.SingleOrDefault(i => i.ReportBacks.Any(r => r.Id == reportBackId)) ?? throw new NotFoundException("The report-back");
        var reportBack = intervention.ReportBacks.Single(r => r.Id == reportBackId);
        if (review == ReportBackReview.Accepted && reportBack.Review != ReportBackReview.Accepted)
        {
            if (nextMonths is not { } next || (next != 0 && !ReportBackCategories.IsCategory(next)))
            {
                throw new DomainException("Choose when the next report-back is due, or end the intervention", nameof(ReportBackReviewInput.NextMonths));
            }

            reportBack.ReviewAs(review, note, on);
            if (next == 0)
            {
                intervention.End(on);
                return null;
            }

            return intervention.ScheduleNext(next, on);
        }

        reportBack.ReviewAs(review, note, on);
        return null;
    }

    /// <summary>
    /// Records an escalation beyond CPEG (CMT, the Performance Executive Member, Cabinet, the Leader, Overview and
    /// Scrutiny); its members then read the concern and respond.
    /// </summary>
    public Escalation Escalate(EscalatedTo body, string reason, DateOnly on, string by = "CPEG")
    {
        if (!IsOpen)
        {
            throw new DomainException("A closed concern cannot be escalated.");
        }

        if (!Enum.IsDefined(body))
        {
            throw new DomainException("Choose where the concern goes", nameof(Escalation.Body));
        }

        var escalation = new Escalation(body, Required(reason, "Say why the concern is escalated", nameof(Escalation.Reason)), on, by);
        escalations.Add(escalation);
        return escalation;
    }

    /// <summary>The body's one response to an escalation to it (a decision, a request or noted), closed concern or not.</summary>
    public EscalationResponse Respond(int escalationId, EscalationResponseKind? kind, string? text, string by, DateOnly on) =>
        (escalations.SingleOrDefault(e => e.Id == escalationId) ?? throw new NotFoundException("The escalation")).Respond(kind, text, by, on);

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
