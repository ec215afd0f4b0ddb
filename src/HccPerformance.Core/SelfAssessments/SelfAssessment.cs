using System.Text.Json;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;

namespace HccPerformance.Core.SelfAssessments;

/// <summary>
/// A Chief Officer's quarterly one-side-of-A4 appraisal of their department (seed 4.17-4.21). An explicit state machine:
/// Draft → With Executive Member → Submitted → Returned → Resubmitted → Accepted. Only a draft (or a returned one) changes;
/// every submission is kept as a version, so nothing is quietly rewritten.
/// </summary>
public class SelfAssessment : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private readonly List<AssessmentItem> items = [];
    private readonly List<AssessmentVersion> versions = [];

    private SelfAssessment() { }

    public SelfAssessment(int departmentId, int reportingPeriodId)
    {
        DepartmentId = departmentId;
        ReportingPeriodId = reportingPeriodId;
        Status = AssessmentStatus.Draft;
    }

    public int DepartmentId { get; private set; }
    public Department? Department { get; private set; }
    public int ReportingPeriodId { get; private set; }
    public ReportingPeriod? ReportingPeriod { get; private set; }
    public AssessmentStatus Status { get; private set; }
    public string OverallStatement { get; private set; } = "";
    public string TradeOffs { get; private set; } = "";

    /// <summary>The Executive Member's latest comment, kept with the assessment (seed 4.17: done with the Executive Member).</summary>
    public string? ExecutiveMemberComment { get; private set; }
    public string? ConfirmedBy { get; private set; }

    /// <summary>The Head of Improvement's latest challenge when returning it.</summary>
    public string? Challenge { get; private set; }

    public DateTime? FirstSubmittedUtc { get; private set; }
    public DateTime? LastSubmittedUtc { get; private set; }
    public DateTime? AcceptedUtc { get; private set; }

    /// <summary>First submitted after the period's deadline: shown honestly, never hidden.</summary>
    public bool SubmittedLate { get; private set; }

    public IReadOnlyList<AssessmentItem> Items => items;
    public IReadOnlyList<AssessmentVersion> Versions => versions;

    public bool IsEditable => Status is AssessmentStatus.Draft or AssessmentStatus.Returned;

    public AssessmentContent Content => new(
        OverallStatement,
        Texts(ItemSection.Strength), Texts(ItemSection.AreaForImprovement), Texts(ItemSection.Risk), Texts(ItemSection.Action),
        TradeOffs);

    /// <summary>The Chief Officer saves their writing; a draft may be incomplete but never over the word budget.</summary>
    public void Write(AssessmentContent content)
    {
        if (!IsEditable)
        {
            throw new DomainException(Status switch
            {
                AssessmentStatus.WithExecutiveMember => "This self-assessment is with the Executive Member, so it cannot be changed now. Ask them to send it back if it needs changing.",
                AssessmentStatus.Accepted => "This self-assessment has been accepted and can no longer be changed.",
                _ => "This self-assessment has been submitted, so it cannot be changed unless the Head of Improvement returns it.",
            });
        }

        if (content.BudgetProblems() is [var (field, message), ..])
        {
            throw new DomainException(message, field.Length == 0 ? null : field);
        }

        OverallStatement = content.OverallStatement.Trim();
        TradeOffs = content.TradeOffs.Trim();
        foreach (var section in Enum.GetValues<ItemSection>())
        {
            var wanted = content.Items(section);
            var current = items.Where(i => i.Section == section).OrderBy(i => i.Position).ToList();
            for (var i = 0; i < wanted.Count; i++)
            {
                if (i < current.Count)
                {
                    current[i].Rewrite(wanted[i], i);
                }
                else
                {
                    items.Add(new AssessmentItem(section, i, wanted[i]));
                }
            }

            foreach (var removed in current.Skip(wanted.Count))
            {
                items.Remove(removed);
            }
        }
    }

    /// <summary>The Chief Officer says which plan areas (and later indicators and risks) each item is about.</summary>
    public void LinkItems(string targetType, IReadOnlyDictionary<int, int?> targetByItem)
    {
        if (!IsEditable)
        {
            throw new DomainException("Links can only be changed while the Chief Officer is writing the self-assessment.");
        }

        foreach (var item in items)
        {
            if (targetByItem.TryGetValue(item.Id, out var target))
            {
                item.SetLinks(targetType, target is { } id ? [id] : []);
            }
        }
    }

    /// <summary>The Chief Officer sends the completed draft to their Executive Member to review.</summary>
    public void SendToExecutiveMember()
    {
        Require(AssessmentStatus.Draft, "send it to the Executive Member");
        RequireComplete();
        Status = AssessmentStatus.WithExecutiveMember;
    }

    /// <summary>The Executive Member sends it back to the Chief Officer, saying why.</summary>
    public void SendBack(string comment)
    {
        Require(AssessmentStatus.WithExecutiveMember, "send it back");
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Say what the Chief Officer should change", "Comment");
        }

        ExecutiveMemberComment = comment.Trim();
        Status = AssessmentStatus.Draft;
    }

    /// <summary>The Executive Member confirms it was reviewed with them; it goes to the Head of Improvement as version 1.</summary>
    public void Confirm(string confirmedBy, string? comment, DateTime nowUtc, DateOnly deadline)
    {
        Require(AssessmentStatus.WithExecutiveMember, "confirm it");
        RequireComplete();
        ExecutiveMemberComment = string.IsNullOrWhiteSpace(comment) ? ExecutiveMemberComment : comment.Trim();
        ConfirmedBy = confirmedBy;
        FirstSubmittedUtc = nowUtc;
        LastSubmittedUtc = nowUtc;
        SubmittedLate = DateOnly.FromDateTime(nowUtc) > deadline;
        Status = AssessmentStatus.Submitted;
        RecordVersion(confirmedBy, nowUtc);
    }

    /// <summary>The Head of Improvement returns it with a challenge (seed 4.19: "provides challenge when appropriate").</summary>
    public void Return(string challenge)
    {
        if (Status is not (AssessmentStatus.Submitted or AssessmentStatus.Resubmitted))
        {
            throw new DomainException($"Only a submitted self-assessment can be returned; this one is {Describe(Status)}.");
        }

        if (string.IsNullOrWhiteSpace(challenge))
        {
            throw new DomainException("Write the challenge: what the Chief Officer should look at again", "Comment");
        }

        Challenge = challenge.Trim();
        Status = AssessmentStatus.Returned;
    }

    /// <summary>The Chief Officer answers the challenge and resubmits: a new version.</summary>
    public void Resubmit(string by, DateTime nowUtc)
    {
        Require(AssessmentStatus.Returned, "resubmit it");
        RequireComplete();
        LastSubmittedUtc = nowUtc;
        Status = AssessmentStatus.Resubmitted;
        RecordVersion(by, nowUtc);
    }

    /// <summary>The Head of Improvement accepts it into the corporate performance report.</summary>
    public void Accept(DateTime nowUtc)
    {
        if (Status is not (AssessmentStatus.Submitted or AssessmentStatus.Resubmitted))
        {
            throw new DomainException($"Only a submitted self-assessment can be accepted; this one is {Describe(Status)}.");
        }

        AcceptedUtc = nowUtc;
        Status = AssessmentStatus.Accepted;
    }

    /// <summary>What trackers and the report say of a department with no self-assessment for the period.</summary>
    public const string NotStarted = "Not started";

    /// <summary>The status as the site names it (a heading, a column).</summary>
    public static string StatusName(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "Draft",
        AssessmentStatus.WithExecutiveMember => "With Executive Member",
        AssessmentStatus.Submitted => "Submitted",
        AssessmentStatus.Returned => "Returned",
        AssessmentStatus.Resubmitted => "Resubmitted",
        _ => "Accepted",
    };

    /// <summary>An item's section as the site names one item of it ("Key strength").</summary>
    public static string SectionName(ItemSection section) => section switch
    {
        ItemSection.Strength => "Key strength",
        ItemSection.AreaForImprovement => "Area for improvement",
        ItemSection.Risk => "Outstanding risk",
        _ => "Action",
    };

    /// <summary>The status as a sentence says it ("it is ...").</summary>
    public static string Describe(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "a draft",
        AssessmentStatus.WithExecutiveMember => "with the Executive Member",
        AssessmentStatus.Submitted => "submitted",
        AssessmentStatus.Returned => "returned to the Chief Officer",
        AssessmentStatus.Resubmitted => "resubmitted",
        _ => "accepted",
    };

    private void RecordVersion(string by, DateTime nowUtc) =>
        versions.Add(new AssessmentVersion(versions.Count + 1, Status, by, nowUtc, JsonSerializer.Serialize(Content)));

    private void Require(AssessmentStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainException($"You cannot {action}: it is {Describe(Status)}. Reload the page to see where it is now.");
        }
    }

    private void RequireComplete()
    {
        if (Content.Problems() is [var (field, message), ..])
        {
            throw new DomainException(message, field.Length == 0 ? null : field);
        }
    }

    private string[] Texts(ItemSection section) =>
        [.. items.Where(i => i.Section == section).OrderBy(i => i.Position).Select(i => i.Text)];
}
