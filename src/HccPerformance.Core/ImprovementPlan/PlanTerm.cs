using System.Globalization;
using System.Linq.Expressions;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// A Corporate Improvement Plan for its whole term (seed 5.6: "a three year plan ... with a 12 month focus"), and its life:
/// draft, agreed by CMT, endorsed by Cabinet, finalised with the Leader and Chief Executive, live, reviewed, closed when its
/// successor goes live. Its focus years are <see cref="CorporateImprovementPlan"/> rows; the life is the whole plan's.
/// Every transition refuses, in words, to be taken out of order.
/// </summary>
public class PlanTerm : AuditableEntity, IDemoRecord
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private readonly List<PlanStep> steps = [];
    private readonly List<PlanComment> comments = [];
    private readonly List<PlanReview> reviews = [];
    private readonly List<AreaChangeProposal> proposals = [];

    private PlanTerm() { }

    public PlanTerm(int startYear, int endYear, int? predecessorId = null)
    {
        if (endYear <= startYear)
        {
            throw new DomainException("The plan must end after it starts: give the year it ends, like 2014 for a plan from 2011", "EndYear");
        }

        if (endYear - startYear > PlanLifeLimits.LongestTermYears)
        {
            throw new DomainException($"A plan runs for {PlanLifeLimits.LongestTermYears} years at most", "EndYear");
        }

        StartYear = startYear;
        EndYear = endYear;
        StartsOn = new DateOnly(startYear, 4, 1);
        EndsOn = new DateOnly(endYear, 3, 31);
        PredecessorId = predecessorId;
        Status = PlanStatus.Draft;
    }

    /// <summary>A plan already in operation when the site began (the 2008-2011 plan): live from its start, its earlier steps not recorded here.</summary>
    public static PlanTerm InOperation(int startYear, int endYear, string recordedBy, DateTime recordedUtc)
    {
        var term = new PlanTerm(startYear, endYear);
        term.Status = PlanStatus.Live;
        term.LiveFrom = term.StartsOn;
        term.steps.Add(new PlanStep(PlanStatus.Live, term.StartsOn,
            "In operation from its start; its drafting, agreement and endorsement were before this site and are not recorded here.", null, recordedBy, recordedUtc));
        return term;
    }

    /// <summary>A plan the demo made (its successor to 2008-2011): its title is marked demo wherever it shows (issue 17).</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    public int StartYear { get; private set; }
    public int EndYear { get; private set; }

    /// <summary>1 April of the first year.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>31 March of the last year.</summary>
    public DateOnly EndsOn { get; private set; }
    public PlanStatus Status { get; private set; }

    /// <summary>The day it went live; set once, when it does.</summary>
    public DateOnly? LiveFrom { get; private set; }

    /// <summary>The day its successor went live, which closed it.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The plan whose full review started this one.</summary>
    public int? PredecessorId { get; private set; }

    public string Title => string.Create(CultureInfo.InvariantCulture, $"Corporate Improvement Plan {StartYear}-{EndYear}");

    public IReadOnlyList<PlanStep> Steps => steps;
    public IReadOnlyList<PlanComment> Comments => comments;
    public IReadOnlyList<PlanReview> Reviews => reviews;
    public IReadOnlyList<AreaChangeProposal> Proposals => proposals;

    /// <summary>Live or reviewed: in operation, so its areas change only by CMT's agreement and its reviews can be recorded.</summary>
    public bool InOperationNow => Status is PlanStatus.Live or PlanStatus.Reviewed;

    /// <summary>
    /// The plan live on a day: gone live by then, the day inside its own years, and not yet closed. The one rule the dashboard,
    /// the plan page, department pages, the report and Ambition read (through <see cref="PlanReads.LiveOn"/>).
    /// </summary>
    public static Expression<Func<PlanTerm, bool>> IsLiveOn(DateOnly day) =>
        t => t.LiveFrom != null && t.LiveFrom <= day && t.StartsOn <= day && day <= t.EndsOn && (t.ClosedOn == null || day < t.ClosedOn);

    /// <summary>
    /// A plan for a day's years that is being prepared: a draft, or agreed, endorsed or finalised but not yet live. What the
    /// dashboard and the plan page point to when no plan is live that day.
    /// </summary>
    public static Expression<Func<PlanTerm, bool>> IsBeingPreparedFor(DateOnly day) =>
        t => (t.Status == PlanStatus.Draft || t.Status == PlanStatus.AgreedByCmt || t.Status == PlanStatus.EndorsedByCabinet || t.Status == PlanStatus.Finalised)
            && t.StartsOn <= day && day <= t.EndsOn;

    /// <summary>Whether this plan's years overlap the given years.</summary>
    public bool Overlaps(int startYear, int endYear) => startYear < EndYear && StartYear < endYear;

    /// <summary>Whether a plan in this state blocks another from taking the same years.</summary>
    public bool HoldsItsYears => Status is PlanStatus.EndorsedByCabinet or PlanStatus.Finalised or PlanStatus.Live or PlanStatus.Reviewed;

    public PlanStep? StepReaching(PlanStatus status) => steps.LastOrDefault(s => s.Reached == status);

    public PlanComment Comment(string text, string by, DateTime utc)
    {
        if (Status != PlanStatus.Draft)
        {
            throw new DomainException($"Comments are taken while the plan is a draft; it is now {PlanLifeWords.Status(Status).ToLowerInvariant()}.", "Text");
        }

        var comment = new PlanComment(text, by, utc);
        comments.Add(comment);
        return comment;
    }

    /// <summary>CMT's agreement, recorded by a CMT member after the meeting.</summary>
    public void RecordCmtAgreement(DateOnly metOn, string decision, string by, DateTime utc, DateOnly today)
    {
        Require(PlanStatus.Draft, "CMT agrees a draft plan; this plan is already " + PlanLifeWords.Status(Status).ToLowerInvariant() + ".");
        NotFuture(metOn, today, "The CMT meeting cannot be in the future: record its agreement after it meets", "MetOn");
        steps.Add(new PlanStep(PlanStatus.AgreedByCmt, metOn, decision, null, by, utc));
        Status = PlanStatus.AgreedByCmt;
    }

    /// <summary>Cabinet's endorsement (seed 6.4), with its resolution and any further areas it asked for.</summary>
    public void RecordEndorsement(DateOnly on, string resolution, string? furtherAreas, string by, DateTime utc, DateOnly today)
    {
        Require(PlanStatus.AgreedByCmt, Status == PlanStatus.Draft
            ? "Cabinet endorses the plan after CMT has agreed it: record CMT's agreement first."
            : "Cabinet has already endorsed this plan; it is now " + PlanLifeWords.Status(Status).ToLowerInvariant() + ".", "MetOn");
        NotFuture(on, today, "The Cabinet meeting cannot be in the future: record its endorsement after it meets", "MetOn");
        NotBefore(on, PlanStatus.AgreedByCmt, "Cabinet's endorsement cannot be before CMT agreed the plan", "MetOn");
        steps.Add(new PlanStep(PlanStatus.EndorsedByCabinet, on, resolution, furtherAreas, by, utc));
        Status = PlanStatus.EndorsedByCabinet;
    }

    /// <summary>The Head of Improvement's record that the plan was finalised with the Leader and Chief Executive (seed 6.4).</summary>
    public void RecordFinalised(DateOnly on, string notes, string by, DateTime utc, DateOnly today)
    {
        Require(PlanStatus.EndorsedByCabinet, Status is PlanStatus.Draft or PlanStatus.AgreedByCmt
            ? "The plan is finalised with the Leader and Chief Executive after Cabinet has endorsed it."
            : "This plan has already been finalised.", "MetOn");
        NotFuture(on, today, "The date it was finalised cannot be in the future", "MetOn");
        NotBefore(on, PlanStatus.EndorsedByCabinet, "The plan cannot be finalised before Cabinet endorsed it", "MetOn");
        steps.Add(new PlanStep(PlanStatus.Finalised, on, notes, null, by, utc));
        Status = PlanStatus.Finalised;
    }

    /// <summary>The plan goes live from a day inside its own years, on or after it was finalised.</summary>
    public void GoLive(DateOnly from, string by, DateTime utc, DateOnly today)
    {
        Require(PlanStatus.Finalised, Status is PlanStatus.Live or PlanStatus.Reviewed or PlanStatus.Closed
            ? "This plan has already gone live."
            : "A plan goes live once it has been agreed by CMT, endorsed by Cabinet and finalised with the Leader and Chief Executive.", "MetOn");
        if (from < StartsOn || from > EndsOn)
        {
            throw new DomainException(string.Create(EnGb, $"The plan goes live within its own years, {StartsOn:d MMM yyyy} to {EndsOn:d MMM yyyy}"), "MetOn");
        }

        NotBefore(from, PlanStatus.Finalised, "The plan cannot go live before it was finalised", "MetOn");

        // Going live closes the plan it succeeds, so it is recorded on the day or after, never ahead.
        NotFuture(from, today, "Set the plan live on the day it goes live, or after: the date cannot be in the future", "MetOn");
        steps.Add(new PlanStep(PlanStatus.Live, from, "Live: progress on its areas is reported each quarter.", null, by, utc));
        Status = PlanStatus.Live;
        LiveFrom = from;
    }

    /// <summary>Closed because its successor went live on <paramref name="on"/>.</summary>
    public void Close(DateOnly on, string successor, string by, DateTime utc)
    {
        if (!InOperationNow)
        {
            throw new DomainException("Only a live or reviewed plan is closed when its successor goes live.");
        }

        steps.Add(new PlanStep(PlanStatus.Closed, on, $"Closed: {successor} went live.", null, by, utc));
        Status = PlanStatus.Closed;
        ClosedOn = on < LiveFrom ? LiveFrom : on;
    }

    /// <summary>
    /// A review with a decision for every live area. The six-month review leaves the plan live; the full review marks it reviewed,
    /// after which its successor can be started. Each kind is recorded once.
    /// </summary>
    public PlanReview RecordReview(ReviewKind kind, DateOnly on, string summary, IReadOnlyList<(Guid Lineage, string AreaName, ReviewOutcome Outcome, string? Note)> decisions,
        IReadOnlyCollection<Guid> liveAreas, string by, DateTime utc, DateOnly today)
    {
        if (reviews.FirstOrDefault(r => r.Kind == kind) is { } done)
        {
            throw new DomainException(string.Create(EnGb,
                $"The {PlanLifeWords.Review(kind).ToLowerInvariant()} of this plan was recorded on {done.On:d MMM yyyy} by {done.RecordedBy}: a review is recorded once."), "Kind");
        }

        if (!InOperationNow)
        {
            throw new DomainException("A plan is reviewed once it is live; this plan is " + PlanLifeWords.Status(Status).ToLowerInvariant() + ".", "Kind");
        }

        if (kind == ReviewKind.SixMonth && Status == PlanStatus.Reviewed)
        {
            throw new DomainException("The full review has been recorded: the six-month review is no longer taken.", "Kind");
        }

        NotFuture(on, today, "The review's date cannot be in the future", "On");
        if (on < LiveFrom)
        {
            throw new DomainException(string.Create(EnGb, $"The review cannot be before the plan went live on {LiveFrom:d MMM yyyy}"), "On");
        }

        var missing = liveAreas.Except(decisions.Select(d => d.Lineage)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException("Choose keep, change, retire or completed for every live area of the plan", "Areas");
        }

        var review = new PlanReview(kind, on, summary, by, utc);
        foreach (var d in decisions.Where(d => liveAreas.Contains(d.Lineage)))
        {
            review.Decide(d.Lineage, d.AreaName, d.Outcome, d.Note);
        }

        reviews.Add(review);
        if (kind == ReviewKind.Full)
        {
            steps.Add(new PlanStep(PlanStatus.Reviewed, on, summary, null, by, utc));
            Status = PlanStatus.Reviewed;
        }

        return review;
    }

    /// <summary>The Head of Improvement proposes a change to a live plan's areas; it waits for CMT.</summary>
    public AreaChangeProposal Propose(ProposalKind kind, PriorityArea? area, int? themeNumber, string? shortName, string? description, string reason, string by, DateTime utc,
        ProposedOrigin? origin = null)
    {
        if (!InOperationNow)
        {
            throw new DomainException(Status == PlanStatus.Closed
                ? "This plan is closed: its areas are kept as they were."
                : "Until the plan is live its areas are changed directly, not proposed.", "Kind");
        }

        if (area is not null && proposals.Any(p => p.Status == ProposalStatus.Pending && p.Lineage == area.Lineage))
        {
            throw new DomainException($"A change to {area.ShortName} is already waiting for CMT: CMT decides it first.", "AreaId");
        }

        if (origin is not null && kind != ProposalKind.Add)
        {
            throw new DomainException("Only a new area is proposed from a record.", "Kind");
        }

        var proposal = new AreaChangeProposal(kind, area?.Lineage, area?.ShortName, themeNumber, shortName, description, reason, by, utc, origin);
        proposals.Add(proposal);
        return proposal;
    }

    private void Require(PlanStatus status, string refusal, string? field = null)
    {
        if (Status != status)
        {
            throw new DomainException(refusal, field);
        }
    }

    private static void NotFuture(DateOnly on, DateOnly today, string refusal, string field)
    {
        if (on > today)
        {
            throw new DomainException(refusal, field);
        }
    }

    private void NotBefore(DateOnly on, PlanStatus earlier, string refusal, string field)
    {
        if (StepReaching(earlier) is { } step && on < step.On)
        {
            throw new DomainException(string.Create(EnGb, $"{refusal} ({step.On:d MMM yyyy})"), field);
        }
    }
}
