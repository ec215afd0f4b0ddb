using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// Where CPEG's decisions on concerns are taken (issue 15; fn 6: CPEG is a group chaired by the Chief Executive). A decision
/// taken while a meeting is in session is a minute of that meeting; between meetings only the chair may decide, and the
/// decision is marked urgent and goes on the next meeting's agenda for ratification. Anyone else is refused in words.
/// </summary>
public sealed class CpegSitting(AppDbContext db, ICurrentUser user, TimeProvider clock)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public const string NoSessionRefusal =
        "No CPEG meeting is in session: only the chair (the Chief Executive) may take an urgent decision between meetings, which goes on the next meeting's agenda for ratification. Record this decision at the next CPEG meeting, or ask the Chief Executive.";

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The chair of CPEG: the Chief Executive (fn 6).</summary>
    public bool IsChair => user.IsInRole(Roles.ChiefExecutive);

    /// <summary>
    /// The meeting in session today, if any: the latest that has met and whose minutes the chair has not confirmed (the rule is
    /// <see cref="CpegMeeting.IsOpenForDecisions"/>; the query says the same in SQL).
    /// </summary>
    public Task<CpegMeeting?> OpenMeetingAsync(bool tracked, CancellationToken ct = default)
    {
        var today = Today;
        var meetings = tracked ? db.CpegMeetings : db.CpegMeetings.AsNoTracking();
        return meetings.Where(m => m.MeetsOn <= today && m.MinutesConfirmedOn == null).OrderByDescending(m => m.MeetsOn).FirstOrDefaultAsync(ct);
    }

    /// <summary>What the concern page says above CPEG's forms: where a decision taken now is recorded.</summary>
    public async Task<SittingView> NowAsync(CancellationToken ct = default) =>
        new((await OpenMeetingAsync(false, ct)) is { } open ? (open.Id, open.MeetsOn) : null, IsChair);

    /// <summary>
    /// Before a decision is taken: the meeting it will be minuted in, or nothing when the chair decides urgently between
    /// meetings. Anyone else outside a session is refused in words, before anything changes.
    /// </summary>
    public async Task<CpegMeeting?> RequireSessionOrChairAsync(CancellationToken ct = default)
    {
        var open = await OpenMeetingAsync(true, ct);
        RequireMayDecide(open, IsChair);
        return open;
    }

    /// <summary>The rule itself: in a meeting in session anyone of CPEG decides; with none, only the chair.</summary>
    public static void RequireMayDecide(CpegMeeting? open, bool isChair)
    {
        if (open is null && !isChair)
        {
            throw new DomainException(NoSessionRefusal);
        }
    }

    /// <summary>
    /// Records the decision, in the same save as the decision itself: a minute of the meeting in session (an append, so the
    /// meeting's version does not move and CPEG members deciding on different concerns at once never conflict), or the
    /// chair's urgent decision awaiting ratification.
    /// </summary>
    public void Minute(CpegMeeting? meeting, int concernId, string description)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (meeting is not null)
        {
            meeting.Record(concernId, description, user.DisplayName, now);
            return;
        }

        RequireMayDecide(meeting, IsChair);
        db.UrgentDecisions.Add(new UrgentDecision(concernId, MeetingDecision.Fit(description), user.DisplayName, now));
    }

    /// <summary>The words for a decision taken with no meeting in session, as the concern page shows them.</summary>
    public static string Describe(SittingView sitting) => sitting.Meeting is { } open
        ? string.Create(EnGb, $"Decisions are recorded in the minutes of the CPEG meeting of {open.MeetsOn:d MMM yyyy}.")
        : sitting.IsChair
            ? "No CPEG meeting is in session: as the chair, a decision you take now is an urgent decision, which goes on the next meeting's agenda for CPEG to ratify."
            : "No CPEG meeting is in session: only the chair (the Chief Executive) may take an urgent decision, which goes on the next meeting's agenda for ratification.";
}
