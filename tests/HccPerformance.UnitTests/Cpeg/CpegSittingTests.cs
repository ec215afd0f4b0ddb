using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.UnitTests.Cpeg;

/// <summary>CPEG decides as a group (issue 15): when a meeting is in session, who may decide outside one, and frozen minutes.</summary>
public sealed class CpegSittingTests
{
    private static readonly DateOnly MeetsOn = new(2026, 12, 3);

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc);

    [Fact]
    public void A_meeting_is_in_session_from_its_day_until_the_chair_confirms_the_minutes()
    {
        var meeting = new CpegMeeting(MeetsOn, null);

        Assert.False(meeting.IsOpenForDecisions(MeetsOn.AddDays(-1)));
        Assert.True(meeting.IsOpenForDecisions(MeetsOn));
        Assert.True(meeting.IsOpenForDecisions(MeetsOn.AddDays(5)));

        meeting.ConfirmMinutes("Chief Executive", MeetsOn.AddDays(2));

        Assert.False(meeting.IsOpenForDecisions(MeetsOn.AddDays(2)));
        Assert.False(meeting.IsOpenForDecisions(MeetsOn.AddDays(30)));
        Assert.Equal(MeetsOn.AddDays(2), meeting.MinutesConfirmedOn);
        Assert.Equal("Chief Executive", meeting.MinutesConfirmedBy);
    }

    [Fact]
    public void Confirmed_minutes_are_frozen_nothing_more_is_recorded_in_them()
    {
        var meeting = new CpegMeeting(MeetsOn, null);
        meeting.Record(1, "Judged that it matters locally: an LAA target", "CPEG member", At(MeetsOn));
        meeting.ConfirmMinutes("Chief Executive", MeetsOn.AddDays(1));

        var refused = Assert.Throws<DomainException>(() => meeting.Record(2, "Closed it", "CPEG member", At(MeetsOn.AddDays(1))));

        Assert.Equal("The minutes of the meeting of 3 Dec 2026 were confirmed on 4 Dec 2026: nothing more can be recorded in them.", refused.Message);
        Assert.Single(meeting.Decisions);
    }

    [Fact]
    public void Nothing_is_minuted_before_the_meeting_has_met()
    {
        var meeting = new CpegMeeting(MeetsOn, null);

        var refused = Assert.Throws<DomainException>(() => meeting.Record(1, "Too soon", "CPEG member", At(MeetsOn.AddDays(-1))));

        Assert.Contains("record its decisions on or after that day", refused.Message, StringComparison.Ordinal);
        Assert.Empty(meeting.Decisions);
    }

    [Fact]
    public void Confirming_the_minutes_twice_is_refused_in_words_and_so_is_confirming_before_the_meeting()
    {
        var early = new CpegMeeting(MeetsOn, null);
        Assert.Equal("The meeting is on 3 Dec 2026: its minutes are confirmed after it has met.",
            Assert.Throws<DomainException>(() => early.ConfirmMinutes("Chief Executive", MeetsOn.AddDays(-1))).Message);

        var meeting = new CpegMeeting(MeetsOn, null);
        meeting.ConfirmMinutes("Chief Executive", MeetsOn);
        var again = Assert.Throws<DomainException>(() => meeting.ConfirmMinutes("Chief Executive", MeetsOn.AddDays(1)));

        Assert.Equal("The minutes were already confirmed by Chief Executive on 3 Dec 2026.", again.Message);
        Assert.Equal(MeetsOn, meeting.MinutesConfirmedOn);
    }

    [Fact]
    public void With_a_meeting_in_session_any_CPEG_member_decides()
    {
        CpegSitting.RequireMayDecide(new CpegMeeting(MeetsOn, null), isChair: false);
        CpegSitting.RequireMayDecide(new CpegMeeting(MeetsOn, null), isChair: true);
    }

    [Fact]
    public void Between_meetings_only_the_chair_decides_and_anyone_else_is_told_who_may()
    {
        CpegSitting.RequireMayDecide(null, isChair: true);

        var refused = Assert.Throws<DomainException>(() => CpegSitting.RequireMayDecide(null, isChair: false));

        Assert.StartsWith("No CPEG meeting is in session: only the chair (the Chief Executive) may take an urgent decision", refused.Message, StringComparison.Ordinal);
        Assert.Null(refused.Field);
    }

    [Fact]
    public void The_chairs_urgent_decision_is_ratified_once_at_a_meeting_in_session_as_a_minute()
    {
        var urgent = new UrgentDecision(7, "Escalated it beyond CPEG: the winter figures", "Chief Executive", At(MeetsOn.AddDays(-5)));
        var meeting = new CpegMeeting(MeetsOn, null);
        Assert.True(urgent.AwaitsRatification);

        var minute = urgent.Settle(meeting, ratified: true, null, "CPEG member", At(MeetsOn));

        Assert.True(urgent.Ratified);
        Assert.False(urgent.AwaitsRatification);
        Assert.Equal(7, minute.AreaOfConcernId);
        Assert.Equal("Ratified the chair's urgent decision of 28 Nov 2026 (Escalated it beyond CPEG: the winter figures).", minute.Summary);
        Assert.Same(minute, Assert.Single(meeting.Decisions));
        var again = Assert.Throws<DomainException>(() => urgent.Settle(meeting, ratified: false, "Changed our minds", "CPEG member", At(MeetsOn)));
        Assert.Equal("CPEG has already ratified this urgent decision.", again.Message);
        Assert.Single(meeting.Decisions);
    }

    [Fact]
    public void Declining_to_ratify_needs_the_reason_and_a_meeting_in_session()
    {
        var urgent = new UrgentDecision(7, "Closed it", "Chief Executive", At(MeetsOn.AddDays(-5)));
        var meeting = new CpegMeeting(MeetsOn, null);

        Assert.Equal("Say why CPEG does not ratify the decision",
            Assert.Throws<DomainException>(() => urgent.Settle(meeting, ratified: false, " ", "CPEG member", At(MeetsOn))).Message);

        meeting.ConfirmMinutes("Chief Executive", MeetsOn);
        Assert.Throws<DomainException>(() => urgent.Settle(meeting, ratified: false, "Too soon to close", "CPEG member", At(MeetsOn)));
        Assert.True(urgent.AwaitsRatification);
        Assert.Empty(meeting.Decisions);
    }

    [Fact]
    public void Urgent_decisions_for_ratification_head_the_agenda()
    {
        var urgent = new UrgentDecisionRow(1, 9, "Demo concern", "Asked for weekly figures", "Chief Executive", MeetsOn.AddDays(-4), null, null, Guid.NewGuid());
        var fresh = new AreaOfConcern("A new concern", null, ConcernSource.ByHand, null, "Red", MeetsOn.AddDays(-10), "cpeg.member");

        var agenda = CpegAgenda.For([fresh], MeetsOn, MeetsOn, [urgent]);

        Assert.Equal([AgendaItemKind.UrgentDecisionForRatification, AgendaItemKind.NewConcern], agenda.Select(a => a.Kind));
        Assert.Equal("Asked for weekly figures", agenda[0].Decision);
        Assert.Equal(MeetsOn.AddDays(-4), agenda[0].DueOn);
    }
}
