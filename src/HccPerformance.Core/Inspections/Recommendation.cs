using HccPerformance.Core.Common;

namespace HccPerformance.Core.Inspections;

/// <summary>One recommendation of an inspection, followed up until it is complete, with the evidence that it is.</summary>
public class Recommendation : AuditableEntity, IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    private Recommendation() { }

    public Recommendation(int inspectionId, DateOnly inspectionReportedOn, string text, string owner, int departmentId, DateOnly dueOn)
    {
        InspectionId = inspectionId;
        Text = string.IsNullOrWhiteSpace(text) ? throw new DomainException("Enter the recommendation as the report words it", nameof(Text)) : text.Trim();
        Owner = string.IsNullOrWhiteSpace(owner) ? throw new DomainException("Enter who owns the recommendation", nameof(Owner)) : owner.Trim();
        DepartmentId = departmentId;
        Reschedule(dueOn, inspectionReportedOn);
        Status = RecommendationStatus.NotStarted;
    }

    public int InspectionId { get; private set; }
    public string Text { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public int DepartmentId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public RecommendationStatus Status { get; private set; }
    public string? Evidence { get; private set; }
    public DateOnly? CompletedOn { get; private set; }

    public bool IsOverdue(DateOnly today) => IsOverdueOn(DueOn, CompletedOn, today);

    /// <summary>
    /// The one overdue rule, also as things stood on an earlier day (the dashboard's past quarters): past its due date and
    /// not completed by then. Only a complete recommendation has a completion date.
    /// </summary>
    public static bool IsOverdueOn(DateOnly dueOn, DateOnly? completedOn, DateOnly day) => !(completedOn <= day) && dueOn < day;

    public void Reschedule(DateOnly dueOn, DateOnly inspectionReportedOn)
    {
        if (dueOn < inspectionReportedOn)
        {
            throw new DomainException("The due date cannot be before the inspection reported", nameof(DueOn));
        }

        DueOn = dueOn;
    }

    /// <summary>Progress on the recommendation; complete needs the evidence that it is.</summary>
    public void Update(RecommendationStatus status, string? evidence, DateOnly today)
    {
        if (status == RecommendationStatus.Complete && string.IsNullOrWhiteSpace(evidence))
        {
            throw new DomainException("Give the evidence that the recommendation is complete", nameof(Evidence));
        }

        Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
        CompletedOn = status == RecommendationStatus.Complete ? CompletedOn ?? today : null;
        Status = status;
    }
}
