using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// CPEG's meetings (seed 4.13, 4.16). Every officer reads them; CPEG members, the Chief Executive (who chairs CPEG) and the
/// Head of Improvement (who supports CPEG) schedule them; only CPEG members and the Chief Executive record the decisions.
/// </summary>
public sealed class CpegMeetingService(AppDbContext db, ICurrentUser user, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanSchedule => CanRecordDecisions || user.IsInRole(Roles.HeadOfImprovement);

    public bool CanRecordDecisions => user.IsInRole(Roles.CpegMember) || user.IsInRole(Roles.ChiefExecutive);

    /// <summary>Upcoming meetings first, soonest at the top; then past ones, latest first.</summary>
    public async Task<List<MeetingRow>> ListAsync(CancellationToken ct = default)
    {
        var today = Today;
        var rows = await db.CpegMeetings.AsNoTracking()
            .Select(m => new { m.Id, m.MeetsOn, m.Notes, Decisions = m.Decisions.Count }).ToListAsync(ct);
        return [.. rows.Select(m => new MeetingRow(m.Id, m.MeetsOn, m.Notes, m.Decisions, m.MeetsOn >= today))
            .OrderByDescending(m => m.IsUpcoming).ThenBy(m => m.IsUpcoming ? m.MeetsOn.DayNumber : -m.MeetsOn.DayNumber)];
    }

    /// <summary>
    /// CPEG's home page (ux.md): the next meeting and its agenda; with none scheduled, what would be on an agenda today
    /// (concerns waiting for a decision, report-backs to review, due or overdue), so nothing waits unseen.
    /// </summary>
    public async Task<(MeetingRow? Next, IReadOnlyList<AgendaItem> Agenda)> NextAsync(CancellationToken ct = default)
    {
        if ((await ListAsync(ct)).FirstOrDefault(m => m.IsUpcoming) is { } next)
        {
            return (next, (await MeetingAsync(next.Id, ct)).Agenda);
        }

        var open = await db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ThenInclude(i => i.ReportBacks)
            .Where(c => c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active)
            .AsSplitQuery().ToListAsync(ct);
        return (null, CpegAgenda.For(open, Today, Today));
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
                string.Create(CultureInfo.GetCultureInfo("en-GB"), $"There is already a CPEG meeting on {day:d MMM yyyy}: open it from the list, or choose another day"),
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
        var agenda = CpegAgenda.For(candidates, meeting.MeetsOn, today);

        var decidedIds = meeting.Decisions.Select(d => d.AreaOfConcernId).Distinct().ToList();
        var titles = await db.AreasOfConcern.AsNoTracking().Where(c => decidedIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        var decisions = meeting.Decisions.OrderBy(d => d.RecordedUtc)
            .Select(d => new DecisionRow(meeting.Id, meeting.MeetsOn, d.AreaOfConcernId, titles.GetValueOrDefault(d.AreaOfConcernId) ?? "", d.Summary, d.RecordedBy, d.RecordedUtc))
            .ToList();

        // The agenda's concerns first, in agenda order, then every other open concern.
        var open = await db.AreasOfConcern.AsNoTracking()
            .Where(c => c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active)
            .OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        var choices = agenda.Select(a => (a.ConcernId, a.ConcernTitle))
            .Concat(open.Select(c => (c.Id, c.Title)))
            .DistinctBy(c => c.Item1).ToList();
        return new MeetingView(meeting.Id, meeting.MeetsOn, meeting.Notes, agenda, decisions, choices);
    }

    /// <summary>
    /// Records a decision taken in the meeting. It is about a concern on the meeting's agenda or any open concern, and can
    /// only be recorded once the meeting has met. Decisions are only ever added, so two people recording at once lose nothing:
    /// no version check is needed.
    /// </summary>
    public async Task RecordDecisionAsync(int meetingId, DecisionInput input, CancellationToken ct = default)
    {
        if (!CanRecordDecisions)
        {
            throw new ForbiddenException("Only CPEG members and the Chief Executive record CPEG's decisions.");
        }

        var view = await MeetingAsync(meetingId, ct);
        if (view.MeetsOn > Today)
        {
            throw new DomainException(
                string.Create(CultureInfo.GetCultureInfo("en-GB"), $"The meeting is on {view.MeetsOn:d MMM yyyy}: record its decisions on or after that day"));
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
            select new { MeetingId = m.Id, m.MeetsOn, d.Summary, d.RecordedBy, d.RecordedUtc }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.MeetsOn).ThenBy(r => r.RecordedUtc)
            .Select(r => new DecisionRow(r.MeetingId, r.MeetsOn, concernId, concernTitle, r.Summary, r.RecordedBy, r.RecordedUtc))];
    }
}
