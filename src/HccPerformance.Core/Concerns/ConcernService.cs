using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Data;
using HccPerformance.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// Areas of concern and CPEG's decisions on them (framework process 5). Anyone who reads the dashboard may see them;
/// CPEG members and the Chief Executive (who chairs CPEG) decide; the Head of Improvement and the Performance Team also
/// raise them; a responsible officer reports back on their own interventions only.
/// </summary>
public sealed class ConcernService(
    AppDbContext db, ICurrentUser user, TimeProvider clock, INotificationSender notifications, ConcernSources sources, OrganisationReads organisation,
    PeopleDirectory directory, CpegSitting sitting)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanDecide => user.IsInRole(Roles.CpegMember) || user.IsInRole(Roles.ChiefExecutive);

    public bool CanRaise => CanDecide || user.IsInRole(Roles.HeadOfImprovement) || user.IsInRole(Roles.PerformanceTeam);

    /// <summary>Officers see every concern; Cabinet and Select Committee members only those escalated to their body.</summary>
    public bool SeesEverything => Roles.IsOfficer(user.IsInRole);

    /// <summary>
    /// The bodies whose members this person is (issue 7: "the escalated body's members see it"): CMT (the Chief Executive and
    /// Chief Officers), Cabinet (its members and the Leader), the Performance Executive Member, Select Committee members for
    /// Overview and Scrutiny (<see cref="Bodies"/>).
    /// </summary>
    public IReadOnlyList<EscalatedTo> EscalatedBodies =>
    [
        .. Bodies.SitsOn(user.IsInRole, Body.Cmt) ? new[] { EscalatedTo.Cmt } : [],
        .. Bodies.SitsOn(user.IsInRole, Body.Cabinet) ? new[] { EscalatedTo.Cabinet } : [],
        .. user.IsInRole(Roles.PerformanceExecutiveMember) ? new[] { EscalatedTo.PerformanceExecutiveMember } : [],
        .. user.IsInRole(Roles.SelectCommittee) ? new[] { EscalatedTo.OverviewAndScrutiny } : [],
    ];

    public sealed record ConcernRow(int Id, string Title, string? Department, ConcernSource Source, ConcernStatus Status, DateOnly RaisedOn,
        int Interventions, int OverdueReportBacks, bool Escalated);

    /// <summary>
    /// Every concern this person may read (see <see cref="SeesEverything"/>), or only those escalated to their body when
    /// asked: open ones first (those with overdue report-backs at the top), then closed, newest first.
    /// </summary>
    public async Task<List<ConcernRow>> ListAsync(bool escalatedToMeOnly = false, CancellationToken ct = default)
    {
        var today = Today;
        var query = db.AreasOfConcern.AsNoTracking();
        if (escalatedToMeOnly || !SeesEverything)
        {
            var bodies = EscalatedBodies.ToList();
            query = query.Where(c => c.Escalations.Any(e => bodies.Contains(e.Body)));
        }

        var concerns = await query.Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).Include(c => c.Escalations)
            .AsSplitQuery().ToListAsync(ct);
        var departments = await organisation.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return [.. concerns.Select(c => new ConcernRow(c.Id, c.Title, c.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, c.Source, c.Status,
                c.RaisedOn, c.Interventions.Count, c.OverdueReportBacks(today).Count(), c.Escalations.Count > 0))
            .OrderByDescending(c => c.Status is ConcernStatus.Raised or ConcernStatus.Active).ThenByDescending(c => c.OverdueReportBacks).ThenByDescending(c => c.RaisedOn)];
    }

    /// <summary>One concern with its interventions (and who answers for each), report-backs and escalations.</summary>
    public async Task<(AreaOfConcern Concern, string? Department, IReadOnlyDictionary<string, string> People)> GetAsync(int id, CancellationToken ct = default)
    {
        var concern = await db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).Include(c => c.Escalations)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The area of concern");
        if (!CanRead(concern))
        {
            // Not found rather than forbidden: a member learns nothing of concerns not escalated to their body.
            throw new NotFoundException("The area of concern");
        }

        var ids = concern.Interventions.Select(i => i.ResponsibleUserId).Distinct().ToList();
        var people = await directory.DisplayNamesAsync(ids, ct);
        var department = concern.DepartmentId is { } d ? await organisation.Departments.Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        return (concern, department, people);
    }

    /// <summary>Whether this person reads the concern: officers all, members those escalated to their body.</summary>
    public bool CanRead(AreaOfConcern concern) => SeesEverything || concern.Escalations.Any(e => EscalatedBodies.Contains(e.Body));

    /// <summary>The open concern on each of these records, if any, for the "raise a concern" links on their pages.</summary>
    public async Task<IReadOnlyDictionary<int, (int Id, string Title)>> OpenOnAsync(ConcernSource source, IReadOnlyCollection<int> sourceIds, CancellationToken ct = default)
    {
        var ids = sourceIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<int, (int, string)>();
        }

        var open = await db.AreasOfConcern.AsNoTracking()
            .Where(c => c.Source == source && c.SourceId != null && ids.Contains(c.SourceId.Value) && (c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active))
            .Select(c => new { SourceId = c.SourceId!.Value, c.Id, c.Title }).ToListAsync(ct);
        return open.GroupBy(o => o.SourceId).ToDictionary(g => g.Key, g => (g.First().Id, g.First().Title));
    }

    /// <summary>The form for a concern raised from a record, filled from the record as it stands (a missing record is refused).</summary>
    public async Task<SourceDraft> DraftFromAsync(ConcernSource source, int sourceId, CancellationToken ct = default)
    {
        RequireRaiser();
        return await sources.DraftAsync(source, sourceId, ct);
    }

    /// <summary>Where the concern's source is read now, for the link back from the concern's page.</summary>
    public Task<string?> SourceLinkAsync(AreaOfConcern concern, CancellationToken ct = default) => sources.LinkAsync(concern.Source, concern.SourceId, ct);

    public Task<string?> SourceLinkAsync(ConcernSource source, int? sourceId, CancellationToken ct = default) => sources.LinkAsync(source, sourceId, ct);

    public sealed record DueReportBack(int ConcernId, string Concern, string Intervention, DateOnly DueOn, bool IsOverdue, bool MoreAsked);

    /// <summary>
    /// The signed-in officer's report-backs that need them: overdue ones first, then those due within a month, and
    /// those CPEG asked more of. Only open concerns; nothing once submitted and waiting for CPEG.
    /// </summary>
    public async Task<List<DueReportBack>> MyReportBacksAsync(CancellationToken ct = default)
    {
        if (user.UserId is not { } me)
        {
            return [];
        }

        var today = Today;
        var soon = ReportBack.DueSoonUntil(today);
        var rows = await (
            from c in db.AreasOfConcern.AsNoTracking()
            where c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active
            from i in c.Interventions
            where i.ResponsibleUserId == me
            from r in i.ReportBacks
            where (r.SubmittedOn == null && r.DueOn <= soon) || r.Review == ReportBackReview.MoreAsked
            select new { ConcernId = c.Id, c.Title, i.Name, r.DueOn, r.SubmittedOn, r.Review }).ToListAsync(ct);
        return [.. rows.Select(r => new DueReportBack(r.ConcernId, r.Title, r.Name, r.DueOn, r.SubmittedOn is null && r.DueOn < today, r.Review == ReportBackReview.MoreAsked))
            .OrderByDescending(r => r.IsOverdue).ThenByDescending(r => r.MoreAsked).ThenBy(r => r.DueOn)];
    }

    /// <summary>The menu's live items, for CPEG's choice.</summary>
    public Task<List<MenuItem>> MenuAsync(CancellationToken ct = default) =>
        db.MenuOfInterventions.AsNoTracking().Where(m => m.RetiredOn == null).OrderBy(m => m.Number).ToListAsync(ct);

    /// <summary>Officers who can be made responsible for an intervention: everyone with an account but the read-only members.</summary>
    public async Task<List<(string Id, string Name)>> OfficersAsync(CancellationToken ct = default)
    {
        var rows = await (
            from u in directory.InRolesOtherThan([.. Roles.MembersOnly, Roles.Administrator])
            orderby u.DisplayName
            select new { u.Id, u.DisplayName }).Distinct().ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, r.DisplayName))];
    }

    public string? CurrentUserId => user.UserId;

    /// <summary>Raises a concern. One source has one open concern at a time: a second is refused, naming the first.</summary>
    public async Task<int> RaiseAsync(RaiseInput input, CancellationToken ct = default)
    {
        RequireRaiser();
        var (source, sourceId) = (input.Source, input.SourceId);
        if (source != ConcernSource.ByHand)
        {
            // The record must exist (and still qualify) on the day: the concern keeps a link to it.
            var draft = await sources.DraftAsync(source, sourceId ?? throw new DomainException("A concern raised from a record keeps a link to it.", nameof(AreaOfConcern.SourceId)), ct);
            var open = await db.AreasOfConcern.AsNoTracking()
                .Where(c => c.Source == source && c.SourceId == sourceId && (c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active))
                .Select(c => c.Title).FirstOrDefaultAsync(ct);
            if (open is not null)
            {
                throw new DomainException($"This is already an open area of concern: \"{open}\". Add to that one instead.", nameof(AreaOfConcern.SourceId));
            }

            if (!draft.Qualifies)
            {
                throw new DomainException(draft.WhyNot!, nameof(AreaOfConcern.SourceId));
            }
        }

        var concern = new AreaOfConcern(input.Title ?? "", input.DepartmentId, source, sourceId, input.Evidence ?? "", Today, user.UserName);
        db.AreasOfConcern.Add(concern);
        await db.SaveChangesAsync(ct);
        return concern.Id;
    }

    /// <summary>Refuses (403) someone who may not raise concerns: before their form's input is looked at.</summary>
    public void RequireRaiser()
    {
        if (!CanRaise)
        {
            throw new ForbiddenException("CPEG, the Head of Improvement and the Performance Team raise areas of concern.");
        }
    }

    public Task DecideLocalImportanceAsync(int id, DecideInput input, CancellationToken ct = default) =>
        DecideAsync(id, input.Version, c => c.DecideLocalImportance(input.Important ?? throw new DomainException("Say whether the concern matters locally", nameof(DecideInput.Important)),
            input.LocalImportanceReason ?? "", Today), c => $"{(c.Status == ConcernStatus.NotImportantLocally ? "Judged that it does not matter locally" : "Judged that it matters locally")}: {c.LocalImportanceReason}", ct);

    /// <summary>Assigns an intervention to an officer who has an account, and tells them.</summary>
    public Task AssignAsync(int id, AssignInput input, CancellationToken ct = default) =>
        DecideAsync(id, input.Version, async c =>
        {
            var (menuItemId, responsibleUserId, frequencyMonths) = (input.MenuItemId ?? 0, input.ResponsibleUserId ?? "", input.FrequencyMonths);
            var item = await db.MenuOfInterventions.SingleOrDefaultAsync(m => m.Id == menuItemId, ct)
                ?? throw new DomainException("Choose an intervention from the menu", nameof(Intervention.MenuItemId));
            if (!await directory.People.AnyAsync(u => u.Id == responsibleUserId, ct))
            {
                throw new DomainException("Choose a responsible officer who has an account", nameof(Intervention.ResponsibleUserId));
            }

            var intervention = c.Assign(item, responsibleUserId, frequencyMonths, Today);
            notifications.Send(responsibleUserId,
                string.Create(CultureInfo.GetCultureInfo("en-GB"),
                    $"CPEG assigned you \"{intervention.Name}\" for the concern \"{c.Title}\". First report-back due {intervention.ReportBacks[0].DueOn:d MMM yyyy}."),
                $"/concerns/{c.Id}");
        }, c => $"Assigned the intervention \"{c.Interventions[^1].Name}\".", ct);

    /// <summary>CPEG changes an intervention's officer or frequency; a new officer is told.</summary>
    public Task ChangeInterventionAsync(int id, ChangeInterventionInput input, CancellationToken ct = default) =>
        DecideAsync(id, input.Version, async c =>
        {
            var (interventionId, responsibleUserId, frequencyMonths) = (input.InterventionId, input.ResponsibleUserId ?? "", input.FrequencyMonths);
            var intervention = c.Interventions.SingleOrDefault(i => i.Id == interventionId) ?? throw new NotFoundException("The intervention");
            var item = await db.MenuOfInterventions.SingleAsync(m => m.Id == intervention.MenuItemId, ct);
            if (!await directory.People.AnyAsync(u => u.Id == responsibleUserId, ct))
            {
                throw new DomainException("Choose a responsible officer who has an account", nameof(Intervention.ResponsibleUserId));
            }

            var before = intervention.ResponsibleUserId;
            c.ChangeIntervention(interventionId, item, responsibleUserId, frequencyMonths, Today);
            if (before != responsibleUserId)
            {
                var next = intervention.ReportBacks.Where(r => r.SubmittedOn is null).OrderBy(r => r.DueOn).FirstOrDefault();
                notifications.Send(responsibleUserId,
                    string.Create(CultureInfo.GetCultureInfo("en-GB"),
                        $"CPEG made you responsible for \"{intervention.Name}\" on the concern \"{c.Title}\".{(next is null ? "" : $" Next report-back due {next.DueOn:d MMM yyyy}.")}"),
                    $"/concerns/{c.Id}");
            }
        }, c => $"Changed the officer or report-back frequency of \"{c.Interventions.Single(i => i.Id == input.InterventionId).Name}\".", ct);

    public Task EscalateAsync(int id, EscalateInput input, CancellationToken ct = default) =>
        DecideAsync(id, input.Version, c => c.Escalate(input.Body ?? throw new DomainException("Choose where the concern goes", nameof(EscalateInput.Body)),
            input.Reason ?? "", Today), c => $"Escalated it beyond CPEG: {input.Reason}", ct);

    public Task CloseAsync(int id, CloseConcernInput input, CancellationToken ct = default) =>
        DecideAsync(id, input.Version, c => c.Close(input.OutcomeKind, input.Outcome ?? "", Today), c => $"Closed it: {c.Outcome}", ct);

    public Task ReviewAsync(int id, int reportBackId, ReportBackReviewInput input, CancellationToken ct = default) =>
        DecideAsync(id, input.Version, c => FindReportBack(c, reportBackId).ReviewAs(
            input.Decision ?? throw new DomainException("Accept the report-back or ask for more", nameof(ReportBackReviewInput.Decision)), input.ReviewNote, Today),
            c => $"{(input.Decision == ReportBackReview.Accepted ? "Accepted" : "Asked for more on")} the report-back on \"{c.Interventions.Single(i => i.ReportBacks.Any(r => r.Id == reportBackId)).Name}\".", ct);

    /// <summary>Refuses (403) someone who is not CPEG: before their form's input is looked at.</summary>
    public void RequireDecider()
    {
        if (!CanDecide)
        {
            throw new ForbiddenException("Only CPEG members and the Chief Executive decide on areas of concern.");
        }
    }

    /// <summary>Refuses (403) anyone but the report-back's responsible officer (404 for a concern or report-back they cannot read).</summary>
    public async Task RequireReporterAsync(int id, int reportBackId, CancellationToken ct = default)
    {
        var concern = await db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).Include(c => c.Escalations)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The area of concern");
        RequireReporter(concern, reportBackId);
    }

    private void RequireReporter(AreaOfConcern concern, int reportBackId)
    {
        if (!CanRead(concern))
        {
            throw new NotFoundException("The area of concern");
        }

        var intervention = concern.Interventions.SingleOrDefault(i => i.ReportBacks.Any(r => r.Id == reportBackId))
            ?? throw new NotFoundException("The report-back");
        if (intervention.ResponsibleUserId != user.UserId)
        {
            throw new ForbiddenException("Only the officer responsible for the intervention reports back on it.");
        }
    }

    /// <summary>The responsible officer's report-back: on their own interventions only.</summary>
    public async Task SubmitReportBackAsync(int id, int reportBackId, ReportBackInput input, CancellationToken ct = default)
    {
        var concern = await TrackedAsync(id, ct);
        RequireReporter(concern, reportBackId);
        if (!concern.IsOpen)
        {
            throw new DomainException("The concern is closed: report-backs can no longer change.");
        }

        // The report-back is its own row: CPEG's decisions on the concern meanwhile (or other officers' report-backs) do not
        // make it stale, so it neither checks nor moves the concern's version.
        FindReportBack(concern, reportBackId).Submit(input.Progress ?? "", input.Evidence, input.Rag ?? Rag.NoData, Today);
        await db.SaveChangesAsync(ct);
    }

    private static ReportBack FindReportBack(AreaOfConcern concern, int reportBackId) =>
        concern.Interventions.SelectMany(i => i.ReportBacks).SingleOrDefault(r => r.Id == reportBackId) ?? throw new NotFoundException("The report-back");

    private Task DecideAsync(int id, Guid version, Action<AreaOfConcern> decision, Func<AreaOfConcern, string> minute, CancellationToken ct) =>
        DecideAsync(id, version, c =>
        {
            decision(c);
            return Task.CompletedTask;
        }, minute, ct);

    /// <summary>
    /// Every CPEG decision on a concern: CPEG decides as a group (fn 6), so the decision is minuted in the meeting in session,
    /// or, between meetings, is the chair's urgent decision for the next meeting to ratify (<see cref="CpegSitting"/>); anyone
    /// else is refused in words before anything changes. <paramref name="minute"/> says in a line what was decided.
    /// </summary>
    private async Task DecideAsync(int id, Guid version, Func<AreaOfConcern, Task> decision, Func<AreaOfConcern, string> minute, CancellationToken ct)
    {
        RequireDecider();
        var meeting = await sitting.RequireSessionOrChairAsync(ct);

        var concern = await TrackedAsync(id, ct);
        db.ExpectVersion(concern, version);
        await decision(concern);
        sitting.Minute(meeting, concern.Id, minute(concern));
        await SaveAsync(concern, ct);
    }

    private async Task SaveAsync(AreaOfConcern concern, CancellationToken ct)
    {
        db.Entry(concern).State = EntityState.Modified;
        await db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(
            "Someone else changed this concern while you were looking at it. The page shows it as it is now, and the form keeps what you typed: decide again.",
            await db.AreasOfConcern.Where(c => c.Id == concern.Id).Select(c => c.Version).SingleAsync(ct)), ct);
    }

    private async Task<AreaOfConcern> TrackedAsync(int id, CancellationToken ct) =>
        await db.AreasOfConcern.Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).Include(c => c.Escalations)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The area of concern");
}
