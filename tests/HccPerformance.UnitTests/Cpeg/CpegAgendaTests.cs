using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.UnitTests.Cpeg;

/// <summary>What goes on a CPEG meeting's agenda (seed 4.13, 4.16), for meetings to come and meetings held.</summary>
public sealed class CpegAgendaTests
{
    private static readonly DateOnly Raised = new(2009, 4, 1);
    private static readonly DateOnly Decided = new(2009, 4, 10);

    private static MenuItem CategoryFour => MenuItem.AppendixTwo().Single(m => m.Number == 4);

    private static AreaOfConcern Concern(string title = "Recycling below target", DateOnly? raised = null) =>
        new(title, 3, ConcernSource.ByHand, null, "Red for two quarters", raised ?? Raised, "cpeg.member");

    /// <summary>A concern CPEG judged to matter, with a monthly intervention: report-backs due 10 May, 10 June, 10 July ...</summary>
    private static (AreaOfConcern Concern, Intervention Intervention) Active(string title = "Recycling below target")
    {
        var concern = Concern(title);
        concern.DecideLocalImportance(true, "An LAA target", Decided);
        return (concern, concern.Assign(CategoryFour, "officer-1", null, Decided));
    }

    private static List<AgendaItem> Agenda(DateOnly meetsOn, DateOnly today, params AreaOfConcern[] concerns) => CpegAgenda.For(concerns, meetsOn, today);

    [Fact]
    public void A_new_concern_waits_on_the_agenda_for_the_locally_important_decision()
    {
        var item = Assert.Single(Agenda(new(2009, 5, 1), new(2009, 4, 20), Concern()));

        Assert.Equal(AgendaItemKind.NewConcern, item.Kind);
        Assert.Equal("Recycling below target", item.ConcernTitle);
        Assert.Null(item.DueOn);
    }

    [Fact]
    public void A_past_meeting_shows_what_was_waiting_on_its_day_not_what_came_later()
    {
        var decidedAfterTheMeeting = Concern("Decided after the meeting");
        decidedAfterTheMeeting.DecideLocalImportance(true, "It matters", new(2009, 4, 20));
        var raisedAfterTheMeeting = Concern("Raised after the meeting", new DateOnly(2009, 4, 16));

        var agenda = Agenda(new(2009, 4, 15), new(2009, 6, 1), decidedAfterTheMeeting, raisedAfterTheMeeting);

        var item = Assert.Single(agenda);
        Assert.Equal(("Decided after the meeting", AgendaItemKind.NewConcern), (item.ConcernTitle, item.Kind));
    }

    [Fact]
    public void For_a_meeting_to_come_report_backs_due_by_its_date_are_due_and_later_ones_wait()
    {
        var (concern, _) = Active();

        // Today 1 May; the meeting 20 June: 10 May falls due by then. One report-back is owed at a time (Appendix Two):
        // the next is set only when CPEG accepts this one.
        var agenda = Agenda(new(2009, 6, 20), new(2009, 5, 1), concern);

        Assert.All(agenda, i => Assert.Equal(AgendaItemKind.ReportBackDue, i.Kind));
        Assert.Equal([new DateOnly(2009, 5, 10)], agenda.Select(i => i.DueOn!.Value));
        Assert.Empty(Agenda(new(2009, 5, 5), new(2009, 5, 1), concern));
        Assert.All(agenda, i => Assert.Equal("Category four", i.Intervention));
    }

    [Fact]
    public void A_report_back_already_late_is_overdue_not_due()
    {
        var (concern, _) = Active();

        var agenda = Agenda(new(2009, 5, 20), new(2009, 5, 15), concern);

        var item = Assert.Single(agenda);
        Assert.Equal((AgendaItemKind.OverdueReportBack, new DateOnly(2009, 5, 10)), (item.Kind, item.DueOn!.Value));
    }

    [Fact]
    public void A_submitted_report_back_waits_for_review_and_leaves_the_agenda_once_reviewed()
    {
        var (concern, intervention) = Active();
        var first = intervention.ReportBacks[0];
        first.Submit("Collections restored", null, Rag.Amber, new(2009, 5, 8));

        var before = Agenda(new(2009, 5, 20), new(2009, 5, 12), concern);
        Assert.Equal(AgendaItemKind.ReportBackToReview, Assert.Single(before).Kind);

        first.ReviewAs(ReportBackReview.Accepted, null, new(2009, 5, 20));
        Assert.Empty(Agenda(new(2009, 5, 25), new(2009, 5, 21), concern));
        // Reviewed on the meeting's own day: dealt with there, so that meeting's agenda no longer carries it.
        Assert.Empty(Agenda(new(2009, 5, 20), new(2009, 6, 1), concern));
        // A meeting before the review had it waiting.
        Assert.Equal(AgendaItemKind.ReportBackToReview, Assert.Single(Agenda(new(2009, 5, 19), new(2009, 6, 1), concern)).Kind);
    }

    [Fact]
    public void At_a_past_meeting_a_report_back_sent_in_after_it_was_overdue_then()
    {
        var (concern, intervention) = Active();
        intervention.ReportBacks[0].Submit("Late, but here", null, Rag.Red, new(2009, 5, 25));

        var item = Assert.Single(Agenda(new(2009, 5, 20), new(2009, 6, 1), concern));

        Assert.Equal(AgendaItemKind.OverdueReportBack, item.Kind);
    }

    [Fact]
    public void Closed_concerns_leave_the_agenda_from_the_day_they_close()
    {
        var (concern, _) = Active();
        concern.Close(ConcernOutcome.Improved, "Back on target", new(2009, 5, 30));

        Assert.Empty(Agenda(new(2009, 6, 20), new(2009, 6, 1), concern));
        Assert.Equal(AgendaItemKind.OverdueReportBack, Assert.Single(Agenda(new(2009, 5, 20), new(2009, 6, 1), concern)).Kind);

        var notLocal = Concern("Not ours");
        notLocal.DecideLocalImportance(false, "A national measure we do not lead", Decided);
        Assert.Empty(Agenda(new(2009, 5, 1), new(2009, 4, 20), notLocal));
    }

    [Fact]
    public void New_concerns_come_first_then_reviews_then_overdue_then_due()
    {
        var (reviewed, reviewedIntervention) = Active("B reviewed");
        reviewedIntervention.ReportBacks[0].Submit("Done", null, Rag.Green, new(2009, 5, 9));
        var (late, _) = Active("C late");
        var due = Concern("D due");
        due.DecideLocalImportance(true, "An LAA target", new(2009, 5, 12));
        due.Assign(CategoryFour, "officer-1", null, new(2009, 5, 12));

        var agenda = Agenda(new(2009, 6, 20), new(2009, 5, 15), due, late, reviewed, Concern("A new"));

        Assert.Equal(
            [AgendaItemKind.NewConcern, AgendaItemKind.ReportBackToReview, AgendaItemKind.OverdueReportBack, AgendaItemKind.ReportBackDue],
            agenda.Select(i => i.Kind));
        Assert.Equal(["A new", "B reviewed", "C late"], agenda.Take(3).Select(i => i.ConcernTitle));
    }
}
