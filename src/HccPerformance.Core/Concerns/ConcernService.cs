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

    /// <summary>Those who raise a concern on any department's record: CPEG, the Head of Improvement and the Performance Team.</summary>
    public bool RaisesForAnyDepartment => CanDecide || user.IsInRole(Roles.HeadOfImprovement) || user.IsInRole(Roles.PerformanceTeam);

    /// <summary>
    /// Whoever may put an issue to CPEG (4.13, 4.23): those above for any department; Chief Officers and Executive Members
    /// for their own department; Service Managers for the indicators they answer for, and blockers in their department.
    /// Which record is theirs is <see cref="MayRaiseOnAsync"/>.
    /// </summary>
    public bool CanRaise => RaisesForAnyDepartment
        || (user.DepartmentId is not null && (user.IsInRole(Roles.ChiefOfficer) || user.IsInRole(Roles.ExecutiveMember) || user.IsInRole(Roles.ServiceManager)));

    /// <summary>Officers see every concern; Cabinet and Select Committee members only those escalated to their body.</summary>
    public bool SeesEverything => Roles.IsOfficer(user.IsInRole);

    /// <summary>
    /// Where this person's escalations reach (issue 15: "the body's members see it"): every body they sit on, as
    /// <see cref="Bodies"/> says (CMT: the Chief Executive and Chief Officers; Cabinet: its members and the Leader; the
    /// Leader; the Performance Executive Member; Overview and Scrutiny: Select Committee members).
    /// </summary>
    public IReadOnlyList<EscalatedTo> EscalatedBodies =>
        [.. Enum.GetValues<EscalatedTo>().Where(e => Bodies.SitsOn(user.IsInRole, Escalation.BodyOf(e)))];

    /// <summary>An Executive Member escalates an issue of their own portfolio to the Leader and Cabinet themselves (Appendix One).</summary>
    public static readonly IReadOnlyList<EscalatedTo> ExecutiveMemberEscalates = [EscalatedTo.Leader, EscalatedTo.Cabinet];

    /// <summary>Whether this person escalates this concern: CPEG to any body; an Executive Member their own department's, to the Leader or Cabinet.</summary>
    public bool CanEscalate(AreaOfConcern concern) => concern.IsOpen && (CanDecide || IsOwnExecutiveMember(concern));

    private bool IsOwnExecutiveMember(AreaOfConcern concern) =>
        user.IsInRole(Roles.ExecutiveMember) && user.DepartmentId is { } mine && concern.DepartmentId == mine;

    /// <summary>Whether this person answers for the escalation's body, so records its response.</summary>
    public bool CanRespond(Escalation escalation) => Bodies.SitsOn(user.IsInRole, Escalation.BodyOf(escalation.Body));

    public sealed record ConcernRow(int Id, string Title, string? Department, ConcernSource Source, ConcernStatus Status, DateOnly RaisedOn,
        int Interventions, int OverdueReportBacks, bool Escalated)
    {
        /// <summary>A demo record (issue 17): shown with its demo mark.</summary>
        public bool IsDemo { get; init; }
    }

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
                c.RaisedOn, c.Interventions.Count, c.OverdueReportBacks(today).Count(), c.Escalations.Count > 0) { IsDemo = c.IsDemo })
            .OrderByDescending(c => c.Status is ConcernStatus.Raised or ConcernStatus.Active).ThenByDescending(c => c.OverdueReportBacks).ThenByDescending(c => c.RaisedOn)];
    }

    /// <summary>One concern with its interventions (and who answers for each), report-backs, escalations and their responses.</summary>
    public async Task<(AreaOfConcern Concern, string? Department, IReadOnlyDictionary<string, string> People)> GetAsync(int id, CancellationToken ct = default)
    {
        var concern = await db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ThenInclude(i => i.ReportBacks)
            .Include(c => c.Escalations).ThenInclude(e => e.Response).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The area of concern");
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
        var draft = await sources.DraftAsync(source, sourceId, ct);
        if (!await MayRaiseOnAsync(source, sourceId, draft.DepartmentId, ct))
        {
            throw new ForbiddenException("You raise areas of concern on your own department's records (a Service Manager: on the indicators you answer for).");
        }

        return draft;
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
        await RequireRaiserAsync(input.Source, input.SourceId, input.DepartmentId, ct);
        var (source, sourceId) = (input.Source, input.SourceId);
        var departmentId = input.DepartmentId;
        if (!AreaOfConcern.WithoutRecord(source))
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

            // A record's concern is its department's, whatever the form said.
            departmentId = RaisesForAnyDepartment ? departmentId : draft.DepartmentId;
        }

        var concern = new AreaOfConcern(input.Title ?? "", departmentId, source, sourceId, input.Evidence ?? "", Today, user.UserName);
        db.AreasOfConcern.Add(concern);
        await db.SaveChangesAsync(ct);
        return concern.Id;
    }

    /// <summary>Refuses (403) someone who may not raise concerns at all: before their form's input is looked at.</summary>
    public void RequireRaiser()
    {
        if (!CanRaise)
        {
            throw new ForbiddenException("CPEG, the Head of Improvement, the Performance Team, Chief Officers, Executive Members and Service Managers raise areas of concern.");
        }
    }

    /// <summary>
    /// Refuses (403) a raiser on a record or department not theirs, before the form's input is looked at: Chief Officers and
    /// Executive Members raise for their own department; Service Managers on the indicators they answer for (or its
    /// benchmark), and by hand or as a blocker for their department. A record that does not exist is left to the form.
    /// </summary>
    public async Task RequireRaiserAsync(ConcernSource source, int? sourceId, int? departmentId, CancellationToken ct = default)
    {
        RequireRaiser();
        if (!await MayRaiseOnAsync(source, sourceId, departmentId, ct))
        {
            throw new ForbiddenException("You raise areas of concern on your own department's records (a Service Manager: on the indicators you answer for).");
        }
    }

    /// <summary>Whether this person may raise a concern on this record (or by hand for this department); see <see cref="RequireRaiserAsync"/>.</summary>
    public async Task<bool> MayRaiseOnAsync(ConcernSource source, int? sourceId, int? departmentId, CancellationToken ct = default)
    {
        if (RaisesForAnyDepartment)
        {
            return true;
        }

        if (!CanRaise)
        {
            return false;
        }

        var mine = user.DepartmentId;
        var leads = user.IsInRole(Roles.ChiefOfficer) || user.IsInRole(Roles.ExecutiveMember);
        if (AreaOfConcern.WithoutRecord(source))
        {
            // The form's department: left empty, it is theirs (the form offers only theirs).
            return departmentId is null || departmentId == mine;
        }

        if (sourceId is not { } id)
        {
            return true;
        }

        if (user.IsInRole(Roles.ServiceManager) && source is ConcernSource.Indicator or ConcernSource.Benchmark
            && await sources.AnswersForIndicatorAsync(id, user.UserId, ct))
        {
            return true;
        }

        if (!leads)
        {
            return false;
        }

        // A council-wide record (no department) is not theirs to put to CPEG; CPEG and the corporate team raise those.
        var recordDepartment = await sources.DepartmentOfAsync(source, id, ct);
        return recordDepartment is { } d && d == mine;
    }

    /// <summary>The departments this person raises concerns for by hand: any for CPEG and the corporate team, otherwise their own.</summary>
    public int? OwnDepartmentOnly => RaisesForAnyDepartment ? null : user.DepartmentId;

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

    /// <summary>
    /// An escalation: CPEG's is one of its decisions (to any body); an Executive Member's, on their own department's concern,
    /// goes to the Leader or Cabinet and is an append (no CPEG decision is made stale by it). The body's members are told.
    /// </summary>
    public async Task EscalateAsync(int id, EscalateInput input, CancellationToken ct = default)
    {
        var body = input.Body ?? throw new DomainException("Choose where the concern goes", nameof(EscalateInput.Body));
        Escalation? escalation = null;
        if (CanDecide)
        {
            await DecideAsync(id, input.Version, c =>
            {
                escalation = c.Escalate(body, input.Reason ?? "", Today, $"CPEG ({user.DisplayName})");
                TellBody(c, escalation);
            }, c => $"Escalated it to {Bodies.Name(Escalation.BodyOf(body))}: {input.Reason}", ct);
            return;
        }

        var concern = await TrackedAsync(id, ct);
        RequireEscalator(concern);
        if (!ExecutiveMemberEscalates.Contains(body))
        {
            throw new DomainException("An Executive Member escalates an issue of their portfolio to the Leader or Cabinet.", nameof(EscalateInput.Body));
        }

        escalation = concern.Escalate(body, input.Reason ?? "", Today, $"{user.DisplayName}, Executive Member");
        TellBody(concern, escalation);
        TellCpeg(concern, $"{user.DisplayName} (Executive Member) escalated \"{concern.Title}\" to {Bodies.Name(Escalation.BodyOf(body))}.");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Refuses before the form is looked at: 404 for a concern this person cannot read, 403 for one they may not escalate.</summary>
    public async Task RequireEscalatorAsync(int id, CancellationToken ct = default)
    {
        if (CanDecide)
        {
            return;
        }

        RequireEscalator(await ReadableAsync(id, ct));
    }

    private void RequireEscalator(AreaOfConcern concern)
    {
        if (!CanRead(concern))
        {
            throw new NotFoundException("The area of concern");
        }

        if (!CanDecide && !IsOwnExecutiveMember(concern))
        {
            throw new ForbiddenException("CPEG escalates areas of concern; an Executive Member escalates their own department's to the Leader or Cabinet.");
        }
    }

    /// <summary>
    /// The body's response to an escalation to it: one per escalation, its own row (an append: CPEG's decisions on the
    /// concern meanwhile do not make it stale). A second is refused, quoting the first; CPEG is told.
    /// </summary>
    public async Task RespondAsync(int id, int escalationId, RespondInput input, CancellationToken ct = default)
    {
        var concern = await TrackedAsync(id, ct);
        var escalation = RequireResponder(concern, escalationId);
        var response = concern.Respond(escalationId, input.Kind, input.Text, user.DisplayName, Today);
        TellCpeg(concern, $"{Bodies.Name(Escalation.BodyOf(escalation.Body))} responded to the escalation of \"{concern.Title}\": {EscalationWords(response.Kind)}.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone of the same body answered in the meantime: the unique index kept theirs; show it.
            db.ChangeTracker.Clear();
            var first = await db.Set<EscalationResponse>().AsNoTracking().SingleOrDefaultAsync(r => r.EscalationId == escalationId, ct);
            if (first is null)
            {
                throw;
            }

            throw new DomainException(escalation.AlreadyAnswered(first), nameof(RespondInput.Text));
        }
    }

    /// <summary>Refuses before the form is looked at: 404 for a concern or escalation this person cannot read, 403 when they do not sit on its body.</summary>
    public async Task RequireResponderAsync(int id, int escalationId, CancellationToken ct = default) =>
        RequireResponder(await ReadableAsync(id, ct), escalationId);

    private Escalation RequireResponder(AreaOfConcern concern, int escalationId)
    {
        if (!CanRead(concern))
        {
            throw new NotFoundException("The area of concern");
        }

        var escalation = concern.Escalations.SingleOrDefault(e => e.Id == escalationId) ?? throw new NotFoundException("The escalation");
        if (!CanRespond(escalation))
        {
            throw new ForbiddenException($"Only members of {Bodies.Name(Escalation.BodyOf(escalation.Body))} respond to this escalation.");
        }

        return escalation;
    }

    private static string EscalationWords(EscalationResponseKind kind) => kind switch
    {
        EscalationResponseKind.Decision => "a decision",
        EscalationResponseKind.Request => "a request",
        _ => "noted",
    };

    public sealed record EscalationRow(int ConcernId, string Concern, int EscalationId, EscalatedTo Body, DateOnly On, string Reason, string? RaisedBy,
        EscalationResponseKind? ResponseKind, DateOnly? RespondedOn, bool IsDemo, bool ResponseIsDemo);

    /// <summary>
    /// Escalations to the bodies this person sits on, for their home page: those waiting for a response first (oldest
    /// first), then the latest answered ones.
    /// </summary>
    public async Task<List<EscalationRow>> EscalationsToMeAsync(CancellationToken ct = default)
    {
        var bodies = EscalatedBodies.ToList();
        if (bodies.Count == 0)
        {
            return [];
        }

        var rows = await (
            from c in db.AreasOfConcern.AsNoTracking()
            from e in c.Escalations
            where bodies.Contains(e.Body)
            select new EscalationRow(c.Id, c.Title, e.Id, e.Body, e.On, e.Reason, e.RaisedBy,
                e.Response == null ? null : e.Response.Kind, e.Response == null ? null : e.Response.RespondedOn,
                e.IsDemo, e.Response != null && e.Response.IsDemo)).ToListAsync(ct);
        return [.. rows.Where(r => r.RespondedOn is null).OrderBy(r => r.On).ThenBy(r => r.EscalationId),
            .. rows.Where(r => r.RespondedOn is not null).OrderByDescending(r => r.RespondedOn).ThenByDescending(r => r.EscalationId).Take(5)];
    }

    /// <summary>Tells the body's members that a concern reached them (in the site: their notifications).</summary>
    private void TellBody(AreaOfConcern concern, Escalation escalation)
    {
        foreach (var member in MembersOf(Escalation.BodyOf(escalation.Body)))
        {
            notifications.Send(member, $"\"{concern.Title}\" has been escalated to {Bodies.Name(Escalation.BodyOf(escalation.Body))}: read it and record the response.",
                $"/concerns/{concern.Id}");
        }
    }

    private void TellCpeg(AreaOfConcern concern, string text)
    {
        foreach (var member in MembersOf(Body.Cpeg))
        {
            notifications.Send(member, text, $"/concerns/{concern.Id}");
        }
    }

    private List<string> MembersOf(Body body) => [.. directory.InRoles([.. Bodies.RolesOf(body)]).Select(p => p.Id).Distinct()];

    public Task CloseAsync(int id, CloseConcernInput input, CancellationToken ct = default) =>
        DecideAsync(id, input.Version, c => c.Close(input.OutcomeKind, input.Outcome ?? "", Today), c => $"Closed it: {c.Outcome}", ct);

    /// <summary>CPEG's decision on a report-back: accept and set the next by a category, accept and end, or ask for more; the officer is told.</summary>
    public Task ReviewAsync(int id, int reportBackId, ReportBackReviewInput input, CancellationToken ct = default) =>
        DecideAsync(id, input.Version, c =>
        {
            var next = c.ReviewReportBack(reportBackId,
                input.Decision ?? throw new DomainException("Accept the report-back or ask for more", nameof(ReportBackReviewInput.Decision)), input.ReviewNote, input.NextMonths, Today);
            var intervention = c.Interventions.Single(i => i.ReportBacks.Any(r => r.Id == reportBackId));
            var text = next is not null ? string.Create(CultureInfo.GetCultureInfo("en-GB"), $"CPEG accepted your report-back on \"{intervention.Name}\"; the next is due by {next.DueOn:d MMM yyyy}.")
                : intervention.IsEnded ? $"CPEG accepted your report-back on \"{intervention.Name}\" and ended the intervention."
                : $"CPEG asked for more on your report-back on \"{intervention.Name}\".";
            notifications.Send(intervention.ResponsibleUserId, text, $"/concerns/{c.Id}");
        }, c => $"{(input.Decision == ReportBackReview.Accepted ? "Accepted" : "Asked for more on")} the report-back on \"{c.Interventions.Single(i => i.ReportBacks.Any(r => r.Id == reportBackId)).Name}\".", ct);

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

    private async Task<AreaOfConcern> ReadableAsync(int id, CancellationToken ct) =>
        await db.AreasOfConcern.AsNoTracking().Include(c => c.Escalations).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The area of concern");

    private async Task<AreaOfConcern> TrackedAsync(int id, CancellationToken ct) =>
        await db.AreasOfConcern.Include(c => c.Interventions).ThenInclude(i => i.ReportBacks).Include(c => c.Escalations).ThenInclude(e => e.Response)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("The area of concern");
}
