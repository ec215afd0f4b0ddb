using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// CPEG's meetings (seed 4.13, 4.16). Every officer reads them; CPEG members, the Chief Executive (who chairs CPEG) and the
/// Head of Improvement (who supports CPEG) schedule them; only CPEG members and the Chief Executive record the decisions and
/// ratify the chair's urgent decisions; only the chair (the Chief Executive) confirms the minutes (issue 15).
/// </summary>
public sealed class CpegMeetingService(AppDbContext db, ICurrentUser user, TimeProvider clock, CpegSitting sitting)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanSchedule => CanRecordDecisions || user.IsInRole(Roles.HeadOfImprovement);

    public bool CanRecordDecisions => Bodies.SitsOn(user.IsInRole, Body.Cpeg);

    /// <summary>The chair of CPEG (the Chief Executive) confirms the minutes.</summary>
    public bool CanConfirmMinutes => sitting.IsChair;

    /// <summary>Upcoming meetings first, soonest at the top; then past ones, latest first.</summary>
    public async Task<List<MeetingRow>> ListAsync(CancellationToken ct = default)
    {
        var today = Today;
        var rows = await db.CpegMeetings.AsNoTracking()
            .Select(m => new { m.Id, m.MeetsOn, m.Notes, Decisions = m.Decisions.Count, m.MinutesConfirmedOn, m.IsDemo }).ToListAsync(ct);
        return [.. rows.Select(m => new MeetingRow(m.Id, m.MeetsOn, m.Notes, m.Decisions, m.MeetsOn >= today, m.MinutesConfirmedOn, m.IsDemo))
            .OrderByDescending(m => m.IsUpcoming).ThenBy(m => m.IsUpcoming ? m.MeetsOn.DayNumber : -m.MeetsOn.DayNumber)];
    }

    /// <summary>
    /// CPEG's home page (ux.md): the next meeting and its agenda; with none scheduled, what would be on an agenda today
    /// (concerns waiting for a decision, report-backs to review, due or overdue), so nothing waits unseen. Also the meetings
    /// held whose minutes the chair has still to confirm, and the chair's urgent decisions awaiting ratification (issue 15).
    /// </summary>
    public async Task<CpegHomeView> HomeAsync(CancellationToken ct = default)
    {
        var list = await ListAsync(ct);
        var toConfirm = list.Where(m => !m.MinutesConfirmed && m.MeetsOn <= Today).OrderBy(m => m.MeetsOn).ToList();
        var awaiting = await UrgentRowsAsync(db.UrgentDecisions.Where(u => u.Ratified == null), ct);
        if (list.FirstOrDefault(m => m.IsUpcoming) is { } next)
        {
            return new CpegHomeView(next, (await MeetingAsync(next.Id, ct)).Agenda, toConfirm, awaiting);
        }

        var open = await db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ThenInclude(i => i.ReportBacks)
            .Where(c => c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active)
            .AsSplitQuery().ToListAsync(ct);
        return new CpegHomeView(null, CpegAgenda.For(open, Today, Today, awaiting), toConfirm, awaiting);
    }

    /// <summary>Schedules a meeting; one a day, so the agenda and the decisions of a day are in one place.</summary>
    public async Task<int> ScheduleAsync(MeetingInput input, CancellationToken ct = default)
    {
        if (!CanSchedule)
        {
            throw new ForbiddenException("CPEG members, the Chief Executive and the Head of Improvement schedule CPEG meetings.");
        }

        var day = input.MeetsOn ?? throw new DomainException("Enter the date of the meeting, like 15/12/2026", nameof(MeetingInput.MeetsOn));
        if (await db.CpegMeetings.AnyAsync(m => m.MeetsOn == day, ct))
        {
            throw new DomainException(
                string.Create(EnGb, $"There is already a CPEG meeting on {day:d MMM yyyy}: open it from the list, or choose another day"),
                nameof(MeetingInput.MeetsOn));
        }

        var meeting = new CpegMeeting(day, input.Notes);
        db.CpegMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting.Id;
    }

    public async Task<MeetingView> MeetingAsync(int id, CancellationToken ct = default)
    {
        var meeting = await db.CpegMeetings.AsNoTracking().Include(m => m.Decisions).SingleOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new NotFoundException("The CPEG meeting");
        var today = Today;
        var known = meeting.MeetsOn < today ? meeting.MeetsOn : today;
        var candidates = await db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ThenInclude(i => i.ReportBacks)
            .Where(c => c.RaisedOn <= known && (c.ClosedOn == null || c.ClosedOn > known))
            .AsSplitQuery().ToListAsync(ct);
        // The chair's urgent decisions: those this meeting settled, and, while it is still to confirm, those awaiting ratification.
        var urgent = await UrgentRowsAsync(db.UrgentDecisions.Where(u => u.SettledAtMeetingId == meeting.Id || (u.Ratified == null && meeting.MinutesConfirmedOn == null)), ct);
        var agenda = CpegAgenda.For(candidates, meeting.MeetsOn, today, urgent.Where(u => u.Ratified is null));

        var decidedIds = meeting.Decisions.Select(d => d.AreaOfConcernId).Distinct().ToList();
        var titles = await db.AreasOfConcern.AsNoTracking().Where(c => decidedIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        var decisions = meeting.Decisions.OrderBy(d => d.RecordedUtc)
            .Select(d => new DecisionRow(meeting.Id, meeting.MeetsOn, d.AreaOfConcernId, titles.GetValueOrDefault(d.AreaOfConcernId) ?? "", d.Summary, d.RecordedBy, d.RecordedUtc, d.IsDemo))
            .ToList();

        // The agenda's concerns first, in agenda order, then every other open concern.
        var open = await db.AreasOfConcern.AsNoTracking()
            .Where(c => c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active)
            .OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        var choices = agenda.Select(a => (a.ConcernId, a.ConcernTitle))
            .Concat(open.Select(c => (c.Id, c.Title)))
            .DistinctBy(c => c.Item1).ToList();
        return new MeetingView(meeting.Id, meeting.MeetsOn, meeting.Notes, agenda, decisions, choices)
        {
            MinutesConfirmedOn = meeting.MinutesConfirmedOn,
            MinutesConfirmedBy = meeting.MinutesConfirmedBy,
            IsOpenForDecisions = meeting.IsOpenForDecisions(today),
            Version = meeting.Version,
            UrgentDecisions = urgent,
            IsDemo = meeting.IsDemo,
        };
    }

    private async Task<List<UrgentDecisionRow>> UrgentRowsAsync(IQueryable<UrgentDecision> which, CancellationToken ct)
    {
        var rows = await (
            from u in which.AsNoTracking()
            join c in db.AreasOfConcern.AsNoTracking() on u.AreaOfConcernId equals c.Id
            select new { u.Id, u.AreaOfConcernId, c.Title, u.Summary, u.DecidedBy, u.DecidedOn, u.DecidedUtc, u.Ratified, u.SettlementNote, u.Version, u.IsDemo }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.DecidedUtc)
            .Select(r => new UrgentDecisionRow(r.Id, r.AreaOfConcernId, r.Title, r.Summary, r.DecidedBy, r.DecidedOn, r.Ratified, r.SettlementNote, r.Version, r.IsDemo))];
    }

    /// <summary>
    /// The chair confirms the minutes: they become the record, nothing more is added, and the meeting is no longer in session.
    /// A second confirmation is refused in words (the entity's rule), and two at the same moment meet the meeting's version.
    /// </summary>
    public async Task ConfirmMinutesAsync(int meetingId, ConfirmMinutesInput input, CancellationToken ct = default)
    {
        RequireChair();
        var meeting = await db.CpegMeetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new NotFoundException("The CPEG meeting");
        db.ExpectVersion(meeting, input.Version);
        meeting.ConfirmMinutes(user.DisplayName, Today);
        await db.SaveOrConflictAsync(() => new DomainException("Someone else changed this meeting while you were reading it: read the minutes again before confirming them."), ct);
    }

    /// <summary>
    /// At a meeting in session, CPEG ratifies the chair's urgent decision or declines to, in words; the outcome is a minute of
    /// the meeting. Settled once: a second attempt is refused in words.
    /// </summary>
    public async Task RatifyAsync(int meetingId, int urgentDecisionId, RatifyInput input, CancellationToken ct = default)
    {
        RequireRecorder();
        var meeting = await db.CpegMeetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new NotFoundException("The CPEG meeting");
        var urgent = await db.UrgentDecisions.SingleOrDefaultAsync(u => u.Id == urgentDecisionId, ct) ?? throw new NotFoundException("The urgent decision");
        db.ExpectVersion(urgent, input.Version);
        urgent.Settle(meeting, input.Ratified ?? throw new DomainException("Say whether CPEG ratifies the decision", nameof(RatifyInput.Ratified)),
            input.Note, user.DisplayName, clock.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(() => new DomainException("Someone else settled this urgent decision while you were reading it: the page shows what was recorded."), ct);
    }

    /// <summary>Refuses (403) anyone but the chair of CPEG: before their form's input is looked at.</summary>
    public void RequireChair()
    {
        if (!CanConfirmMinutes)
        {
            throw new ForbiddenException("Only the chair of CPEG, the Chief Executive, confirms the minutes.");
        }
    }

    /// <summary>Refuses (403) anyone who is not CPEG: before their form's input is looked at.</summary>
    public void RequireRecorder()
    {
        if (!CanRecordDecisions)
        {
            throw new ForbiddenException("Only CPEG members and the Chief Executive record CPEG's decisions.");
        }
    }

    /// <summary>
    /// Records a decision taken in the meeting in words (a discussion with no action on the concern's page). It is about a
    /// concern on the meeting's agenda or any open concern, and can only be recorded while the meeting is in session. Decisions are only ever added, so two people recording at once lose nothing:
    /// no version check is needed.
    /// </summary>
    public async Task RecordDecisionAsync(int meetingId, DecisionInput input, CancellationToken ct = default)
    {
        RequireRecorder();
        var view = await MeetingAsync(meetingId, ct);
        if (!view.IsOpenForDecisions)
        {
            throw new DomainException(view.MinutesConfirmedOn is { } confirmed
                ? string.Create(EnGb, $"The minutes of this meeting were confirmed on {confirmed:d MMM yyyy}: nothing more can be recorded in them.")
                : string.Create(EnGb, $"The meeting is on {view.MeetsOn:d MMM yyyy}: record its decisions on or after that day"));
        }

        var concernId = input.AreaOfConcernId ?? throw new DomainException("Choose the concern the decision is about", nameof(DecisionInput.AreaOfConcernId));
        if (!view.DecisionChoices.Any(c => c.Id == concernId))
        {
            throw new DomainException("Choose a concern from the agenda or one that is still open", nameof(DecisionInput.AreaOfConcernId));
        }

        var meeting = await db.CpegMeetings.SingleAsync(m => m.Id == meetingId, ct);
        meeting.Record(concernId, input.Summary ?? "", user.DisplayName, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>What CPEG decided about one concern, meeting by meeting (shown on the concern's page).</summary>
    public async Task<List<DecisionRow>> DecisionsAboutAsync(int concernId, string concernTitle, CancellationToken ct = default)
    {
        var rows = await (
            from m in db.CpegMeetings.AsNoTracking()
            from d in m.Decisions
            where d.AreaOfConcernId == concernId
            select new { MeetingId = m.Id, m.MeetsOn, d.Summary, d.RecordedBy, d.RecordedUtc, d.IsDemo }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.MeetsOn).ThenBy(r => r.RecordedUtc)
            .Select(r => new DecisionRow(r.MeetingId, r.MeetsOn, concernId, concernTitle, r.Summary, r.RecordedBy, r.RecordedUtc, r.IsDemo))];
    }
}
