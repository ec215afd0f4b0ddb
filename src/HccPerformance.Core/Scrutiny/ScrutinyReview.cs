using HccPerformance.Core.Common;

namespace HccPerformance.Core.Scrutiny;

/// <summary>
/// A Select Committee's scrutiny review (Appendix One: "undertaking specific reviews to scrutinise decisions and/or offer
/// alternative policy or service proposals"): its topic and scope, what it follows from, the evidence taken, the findings
/// and the recommendations to the Executive. It goes scoping → gathering evidence → reported → closed, one step at a time.
/// </summary>
public class ScrutinyReview : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private readonly List<ScrutinyEvidence> evidence = [];
    private readonly List<ScrutinyRecommendation> recommendations = [];

    private ScrutinyReview() { }

    public ScrutinyReview(string committee, string topic, string scope, FollowsFrom followsFrom, DateOnly today)
    {
        Describe(committee, topic, scope, followsFrom);
        Status = ScrutinyStatus.Scoping;
        StartedOn = today;
    }

    public string Committee { get; private set; } = "";
    public string Topic { get; private set; } = "";
    public string Scope { get; private set; } = "";
    public string? Findings { get; private set; }
    public int? ConcernId { get; private set; }
    public int? IssuedReportId { get; private set; }

    /// <summary>The department whose section of the issued report the review follows from (sections are named by department).</summary>
    public string? ReportSection { get; private set; }

    public ScrutinyStatus Status { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? ReportedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public IReadOnlyList<ScrutinyEvidence> Evidence => evidence;
    public IReadOnlyList<ScrutinyRecommendation> Recommendations => recommendations;

    public FollowsFrom FollowsFrom => new(ConcernId, IssuedReportId, ReportSection);

    /// <summary>The step after this one, or null once closed.</summary>
    public static ScrutinyStatus? NextAfter(ScrutinyStatus status) => status switch
    {
        ScrutinyStatus.Scoping => ScrutinyStatus.GatheringEvidence,
        ScrutinyStatus.GatheringEvidence => ScrutinyStatus.Reported,
        ScrutinyStatus.Reported => ScrutinyStatus.Closed,
        _ => null,
    };

    /// <summary>The committee's own words about the review; its findings are part of what it reports, so they stay as reported once it has.</summary>
    public void Change(string committee, string topic, string scope, FollowsFrom followsFrom, string? findings)
    {
        if (Status == ScrutinyStatus.Closed)
        {
            throw new DomainException("The review is closed: it can no longer be changed");
        }

        var newFindings = string.IsNullOrWhiteSpace(findings) ? null : findings.Trim();
        if (Status == ScrutinyStatus.Reported && newFindings != Findings)
        {
            throw new DomainException("The review has reported: its findings stay as the committee reported them", "Findings");
        }

        if (Status == ScrutinyStatus.Scoping && newFindings is not null)
        {
            throw new DomainException("Findings come from the evidence: record them once the review is gathering evidence", "Findings");
        }

        Describe(committee, topic, scope, followsFrom);
        Findings = newFindings;
    }

    /// <summary>
    /// Moves the review on to <paramref name="next"/>, which must be the next step: a review reports only with its findings,
    /// and closes only when the Executive has responded to every recommendation.
    /// </summary>
    public void MoveTo(ScrutinyStatus next, DateOnly today)
    {
        if (NextAfter(Status) != next)
        {
            throw new DomainException(Status == next
                ? $"The review is already at \"{ScrutinyWords.Status(Status).ToLowerInvariant()}\""
                : $"A review at \"{ScrutinyWords.Status(Status).ToLowerInvariant()}\" cannot move to \"{ScrutinyWords.Status(next).ToLowerInvariant()}\": "
                    + "it goes scoping, gathering evidence, reported, closed, one step at a time");
        }

        if (next == ScrutinyStatus.Reported && Findings is null)
        {
            throw new DomainException("Record the committee's findings before the review reports", "Findings");
        }

        if (next == ScrutinyStatus.Closed && recommendations.Count(r => r.Response is null) is var waiting and > 0)
        {
            throw new DomainException(waiting == 1
                ? "One recommendation still waits for the Executive's response: the review closes once every recommendation has one"
                : $"{waiting} recommendations still wait for the Executive's response: the review closes once every recommendation has one");
        }

        Status = next;
        ReportedOn = next == ScrutinyStatus.Reported ? today : ReportedOn;
        ClosedOn = next == ScrutinyStatus.Closed ? today : ClosedOn;
    }

    /// <summary>Evidence is taken while the review is gathering it, and not dated in the future.</summary>
    public ScrutinyEvidence AddEvidence(string what, string from, DateOnly on, string recordedBy, DateOnly today)
    {
        if (Status != ScrutinyStatus.GatheringEvidence)
        {
            throw new DomainException(Status == ScrutinyStatus.Scoping
                ? "The review is still being scoped: move it to gathering evidence before recording evidence"
                : "The review has reported: it takes no more evidence");
        }

        if (on > today)
        {
            throw new DomainException("The evidence cannot be dated in the future", nameof(ScrutinyEvidence.On));
        }

        var entry = new ScrutinyEvidence(what, from, on, recordedBy);
        evidence.Add(entry);
        return entry;
    }

    /// <summary>Recommendations are drafted while evidence is gathered and may be added when the review reports; not once closed.</summary>
    public ScrutinyRecommendation Recommend(string text, ScrutinyAddressee to, int? departmentId, DateOnly dueOn, DateOnly today)
    {
        if (Status is ScrutinyStatus.Scoping or ScrutinyStatus.Closed)
        {
            throw new DomainException(Status == ScrutinyStatus.Scoping
                ? "The review is still being scoped: recommendations follow from the evidence"
                : "The review is closed: it makes no more recommendations");
        }

        var recommendation = new ScrutinyRecommendation(text, to, departmentId, dueOn, today);
        recommendations.Add(recommendation);
        return recommendation;
    }

    private void Describe(string committee, string topic, string scope, FollowsFrom followsFrom)
    {
        Committee = string.IsNullOrWhiteSpace(committee) ? throw new DomainException("Enter the Select Committee's name", nameof(Committee)) : committee.Trim();
        Topic = string.IsNullOrWhiteSpace(topic) ? throw new DomainException("Enter the review's topic", nameof(Topic)) : topic.Trim();
        Scope = string.IsNullOrWhiteSpace(scope) ? throw new DomainException("Enter the scope: what the review will look at", nameof(Scope)) : scope.Trim();
        if (followsFrom.ConcernId is not null && followsFrom.IssuedReportId is not null)
        {
            throw new DomainException("Choose an area of concern or a report's section, not both", "FollowsFrom");
        }

        ConcernId = followsFrom.ConcernId;
        IssuedReportId = followsFrom.IssuedReportId;
        ReportSection = followsFrom.IssuedReportId is null ? null : followsFrom.ReportSection?.Trim();
    }
}
