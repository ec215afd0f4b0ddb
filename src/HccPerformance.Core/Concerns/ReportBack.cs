using System.Linq.Expressions;
using HccPerformance.Core.Common;

namespace HccPerformance.Core.Concerns;

/// <summary>A report-back due to CPEG: the responsible officer's progress, evidence and RAG, then CPEG's review.</summary>
public class ReportBack : IDemoRecord
{
    /// <summary>Invented by the Development seed (issue 17): every list, tile and report that shows it marks it.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

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

    /// <summary>A new category moves the date of a report-back not yet sent; the reminder goes again for the new date.</summary>
    internal void Reschedule(DateOnly dueOn)
    {
        DueOn = dueOn;
        ReminderSentOn = null;
    }

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
