using System.Globalization;
using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.ImprovementPlan;

/// <summary>
/// The life of a Corporate Improvement Plan (issue 16; seed 5.4, 5.6, 6.4): the Head of Improvement drafts it and CPEG and the
/// Chief Officers comment; a CMT member records CMT's agreement; the Leader or a Cabinet member records Cabinet's endorsement; the
/// Head of Improvement records that it was finalised with the Leader and Chief Executive and sets it live. Changes to a live plan's
/// areas wait for CMT. The six-month and full reviews are recorded here, and the full review starts the next plan.
/// Who may is checked per body (<see cref="Bodies.SitsOn"/>) before anything typed is looked at.
/// </summary>
public sealed class PlanLifeService(AppDbContext db, ICurrentUser user, TimeProvider clock, ConcernReads concerns, OrganisationReads organisation)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public bool IsHeadOfImprovement => user.IsInRole(Roles.HeadOfImprovement);
    public bool SitsOnCmt => Bodies.SitsOn(user.IsInRole, Body.Cmt);
    public bool SitsOnCabinet => Bodies.SitsOn(user.IsInRole, Body.Cabinet);

    /// <summary>CPEG (its members and the Chief Executive) and the Chief Officers comment on a draft.</summary>
    public bool MayComment => Bodies.SitsOn(user.IsInRole, Body.Cpeg) || user.IsInRole(Roles.ChiefOfficer);

    public async Task<IReadOnlyList<PlanTermRow>> PlansAsync(CancellationToken ct = default)
    {
        var today = Today;
        var live = await db.PlanTerms.AsNoTracking().Where(PlanTerm.IsLiveOn(today)).Select(t => t.Id).ToListAsync(ct);
        var terms = await db.PlanTerms.AsNoTracking().OrderByDescending(t => t.StartYear).ToListAsync(ct);
        var years = await CurrentYearsAsync(ct);
        return [.. terms.Select(t => Row(t, years, live))];
    }

    /// <summary>The plan being prepared for today's years (a draft, or agreed, endorsed or finalised but not yet live), if any.</summary>
    public async Task<PlanTermRow?> BeingPreparedAsync(CancellationToken ct = default)
    {
        var term = await db.PlanTerms.AsNoTracking().Where(PlanTerm.IsBeingPreparedFor(Today)).OrderByDescending(t => t.StartYear).FirstOrDefaultAsync(ct);
        return term is null ? null : Row(term, await CurrentYearsAsync(ct), []);
    }

    /// <summary>The plan a focus year belongs to (the plan page links to its life).</summary>
    public Task<int> TermOfYearAsync(int focusYearId, CancellationToken ct = default) =>
        db.ImprovementPlans.AsNoTracking().Where(p => p.Id == focusYearId).Select(p => p.PlanTermId).SingleOrDefaultAsync(ct);

    public async Task<PlanTermView> TermAsync(int id, CancellationToken ct = default)
    {
        var term = await db.PlanTerms.AsNoTracking().Include(t => t.Steps).Include(t => t.Comments).Include(t => t.Proposals)
            .Include(t => t.Reviews).ThenInclude(r => r.Decisions).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException("The improvement plan");
        var year = await CurrentYearQuery(id).AsNoTracking().Include(p => p.Themes).Include(p => p.Areas).AsSplitQuery().FirstOrDefaultAsync(ct);
        var years = await CurrentYearsAsync(ct);
        var live = await db.PlanTerms.AsNoTracking().Where(PlanTerm.IsLiveOn(Today)).Select(t => t.Id).ToListAsync(ct);
        var predecessor = term.PredecessorId is { } p ? await db.PlanTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == p, ct) : null;
        var successor = await db.PlanTerms.AsNoTracking().FirstOrDefaultAsync(t => t.PredecessorId == id, ct);
        return new PlanTermView(term.Id, term.Title, term.StartYear, term.EndYear, term.Status, term.StartsOn, term.EndsOn, term.LiveFrom, term.ClosedOn, term.Version,
            [.. term.Steps.OrderBy(s => s.Reached).ThenBy(s => s.RecordedUtc).Select(s => new PlanStepRow(s.Reached, s.On, s.Notes, s.FurtherAreas, s.RecordedBy, s.RecordedUtc))],
            [.. term.Comments.OrderBy(c => c.Utc).Select(c => new PlanCommentRow(c.Text, c.By, c.Utc))],
            [.. term.Proposals.OrderBy(x => x.Status != ProposalStatus.Pending).ThenByDescending(x => x.ProposedUtc).Select(x => new ProposalRow(x.Id, x.Summary, x.Kind,
                x.Description, x.Reason, x.ProposedBy, x.ProposedUtc, x.Status, x.DecidedOn, x.DecisionNote, x.DecidedBy, x.Version)
            {
                Origin = x.OriginKind is { } k ? new OriginRow(k, x.OriginTitle ?? "", AreaOriginWords.LinkTo(k, x.OriginSourceId), x.OriginReason, x.ProposedBy, x.ProposedUtc) : null,
            })],
            PlanReviewSchedule.For(term, Today),
            [.. term.Reviews.OrderBy(r => r.Kind).Select(r => new ReviewRow(r.Kind, r.On, r.Summary, r.RecordedBy,
                [.. r.Decisions.OrderBy(d => d.AreaName).Select(d => new ReviewDecisionRow(d.AreaName, d.Outcome, d.Note))]))],
            year?.Id, year?.FocusLabel,
            [.. (year?.Areas ?? []).Where(a => !a.IsRetired).OrderBy(a => a.ThemeNumber).ThenBy(a => a.Position).Select(a => new AreaOption(a.Id, a.ShortName, a.ThemeNumber))],
            [.. (year?.Themes ?? []).OrderBy(t => t.Number).Select(t => (t.Number, t.Name))],
            predecessor is null ? null : Row(predecessor, years, live), successor is null ? null : Row(successor, years, live)) { IsDemo = term.IsDemo };
    }

    public PlanLifePermissions PermissionsFor(PlanTermView term) => new(
        CanComment: term.Status == PlanStatus.Draft && MayComment,
        CanRecordCmt: term.Status == PlanStatus.Draft && SitsOnCmt,
        CanEndorse: term.Status == PlanStatus.AgreedByCmt && SitsOnCabinet,
        CanFinalise: term.Status == PlanStatus.EndorsedByCabinet && IsHeadOfImprovement,
        CanGoLive: term.Status == PlanStatus.Finalised && IsHeadOfImprovement,
        CanPropose: term.Status is PlanStatus.Live or PlanStatus.Reviewed && IsHeadOfImprovement,
        CanDecideProposals: SitsOnCmt && term.Proposals.Any(p => p.Status == ProposalStatus.Pending),
        CanReview: term.Status is PlanStatus.Live && IsHeadOfImprovement,
        CanStartNext: term.Status == PlanStatus.Reviewed && term.Successor is null && IsHeadOfImprovement);

    // Who may, per body, before what was typed is looked at (a forbidden post is the 403 page): each also answers 404 for no such plan.
    public Task RequireHeadOfImprovementAsync(int id, CancellationToken ct = default) =>
        RequireAsync(id, IsHeadOfImprovement, "The Head of Improvement prepares the plan, proposes changes to it, records its reviews and sets it live.", ct);

    public Task RequireCmtAsync(int id, CancellationToken ct = default) =>
        RequireAsync(id, SitsOnCmt, "A CMT member (the Chief Executive or a Chief Officer) records CMT's decisions on the plan.", ct);

    public Task RequireCabinetAsync(int id, CancellationToken ct = default) =>
        RequireAsync(id, SitsOnCabinet, "The Leader or a Cabinet member records Cabinet's endorsement of the plan.", ct);

    public Task RequireCommenterAsync(int id, CancellationToken ct = default) =>
        RequireAsync(id, MayComment, "CPEG members and Chief Officers comment on a draft plan.", ct);

    public async Task CommentAsync(int id, PlanCommentInput input, CancellationToken ct = default)
    {
        await RequireCommenterAsync(id, ct);
        var term = await db.PlanTerms.SingleAsync(t => t.Id == id, ct);
        term.Comment(input.Text, user.DisplayName, Now);
        await db.SaveChangesAsync(ct);
    }

    public Task AgreeAsync(int id, CmtAgreementInput input, CancellationToken ct = default) =>
        StepAsync(id, input.Version, RequireCmtAsync, t => t.RecordCmtAgreement(input.MetOn!.Value, input.Decision, user.DisplayName, Now, Today), ct);

    public Task EndorseAsync(int id, EndorsementInput input, CancellationToken ct = default) =>
        StepAsync(id, input.Version, RequireCabinetAsync,
            t => t.RecordEndorsement(input.MetOn!.Value, input.Resolution, input.FurtherAreas, user.DisplayName, Now, Today), ct);

    public Task FinaliseAsync(int id, FinalisedInput input, CancellationToken ct = default) =>
        StepAsync(id, input.Version, RequireHeadOfImprovementAsync, t => t.RecordFinalised(input.MetOn!.Value,
            "Finalised with the Leader and the Chief Executive, who both agreed it." + (string.IsNullOrWhiteSpace(input.Notes) ? "" : " " + input.Notes.Trim()),
            user.DisplayName, Now, Today), ct);

    /// <summary>The plan goes live; the plan it succeeds (and any other still in operation before it) closes that day.</summary>
    public async Task GoLiveAsync(int id, GoLiveInput input, CancellationToken ct = default)
    {
        await RequireHeadOfImprovementAsync(id, ct);
        var term = await db.PlanTerms.Include(t => t.Steps).SingleAsync(t => t.Id == id, ct);
        db.ExpectVersion(term, input.Version);
        var from = input.MetOn!.Value;
        term.GoLive(from, user.DisplayName, Now, Today);
        var earlier = await db.PlanTerms.Include(t => t.Steps)
            .Where(t => t.Id != id && (t.Status == PlanStatus.Live || t.Status == PlanStatus.Reviewed) && (t.Id == term.PredecessorId || t.StartYear < term.StartYear))
            .ToListAsync(ct);
        foreach (var old in earlier)
        {
            old.Close(from, term.Title, user.DisplayName, Now);
            foreach (var year in await db.ImprovementPlans.Where(p => p.PlanTermId == old.Id && p.IsCurrent).ToListAsync(ct))
            {
                year.EndWithPlan();
            }
        }

        await SaveTermAsync(id, ct);
    }

    public async Task ProposeAsync(int id, ProposalInput input, CancellationToken ct = default)
    {
        await RequireHeadOfImprovementAsync(id, ct);
        var term = await db.PlanTerms.Include(t => t.Proposals).SingleAsync(t => t.Id == id, ct);
        var year = await CurrentYearQuery(id).Include(p => p.Themes).Include(p => p.Areas).AsSplitQuery().FirstOrDefaultAsync(ct)
            ?? throw new DomainException("The plan has no year to change.");
        PriorityArea? area = null;
        if (input.Kind is ProposalKind.Reword or ProposalKind.Retire)
        {
            area = year.Areas.SingleOrDefault(a => a.Id == input.AreaId && !a.IsRetired)
                ?? throw new DomainException("Choose one of the plan's live areas", nameof(ProposalInput.AreaId));
            if (input.Kind == ProposalKind.Retire)
            {
                await OpenInterventionCheck.RefuseIfOpenAsync(db, concerns, area, nameof(ProposalInput.AreaId), ct);
            }
        }
        else if (year.Themes.All(t => t.Number != input.ThemeNumber))
        {
            throw new DomainException("Choose one of the plan's themes", nameof(ProposalInput.ThemeNumber));
        }

        term.Propose(input.Kind!.Value, area, input.Kind == ProposalKind.Add ? input.ThemeNumber : null,
            input.Kind == ProposalKind.Retire ? null : input.ShortName, input.Kind == ProposalKind.Retire ? null : input.Description,
            input.Reason, user.DisplayName, Now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>CMT agrees (the change is made to the plan's current year) or rejects a proposed change.</summary>
    public async Task DecideAsync(int id, int proposalId, ProposalDecisionInput input, CancellationToken ct = default)
    {
        await RequireCmtAsync(id, ct);
        var term = await db.PlanTerms.Include(t => t.Proposals).SingleAsync(t => t.Id == id, ct);
        var proposal = term.Proposals.SingleOrDefault(p => p.Id == proposalId) ?? throw new NotFoundException("The proposed change");
        db.ExpectVersion(proposal, input.Version);
        proposal.Decide(input.Agreed, input.MetOn!.Value, input.Note, user.DisplayName, Today);
        if (input.Agreed)
        {
            if (!term.InOperationNow)
            {
                throw new DomainException("The plan is no longer live, so the change cannot be made.");
            }

            var year = await CurrentYearQuery(id).Include(p => p.Themes).Include(p => p.Areas).AsSplitQuery().FirstAsync(ct);
            var reason = $"{proposal.Reason} (agreed by CMT on {input.MetOn.Value.ToString("d MMM yyyy", EnGb)})";
            if (proposal.Kind == ProposalKind.Add)
            {
                var added = year.AddArea(proposal.ThemeNumber!.Value, proposal.ShortName!, proposal.Description!, reason);

                // Proposed from a record: the area keeps where it came from, so the record's page shows it is in the plan.
                if (proposal.OriginFor(added, Now) is { } origin)
                {
                    db.AreaOrigins.Add(origin);
                }
            }
            else
            {
                var area = year.Areas.SingleOrDefault(a => a.Lineage == proposal.Lineage && !a.IsRetired)
                    ?? throw new DomainException($"{proposal.CurrentName} is no longer a live area of the plan, so the change cannot be made.");
                if (proposal.Kind == ProposalKind.Reword)
                {
                    area.Reword(proposal.ShortName!, proposal.Description!, reason);
                }
                else
                {
                    await OpenInterventionCheck.RefuseIfOpenAsync(db, concerns, area, nameof(ProposalDecisionInput.Note), ct);
                    area.Retire(reason);
                }
            }
        }

        await db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(
            "Someone else recorded CMT's decision on this change while you were recording yours. The page shows theirs.",
            await db.Set<AreaChangeProposal>().Where(p => p.Id == proposalId).Select(p => p.Version).SingleAsync(ct)), ct);
    }

    /// <summary>Beside each live area while a review is recorded: its RAG now and by period, and its targets' latest values against target.</summary>
    public async Task<IReadOnlyList<ReviewEvidence>> ReviewEvidenceAsync(int id, CancellationToken ct = default)
    {
        var year = await CurrentYearQuery(id).AsNoTracking().Include(p => p.Themes)
            .Include(p => p.Areas).ThenInclude(a => a.Targets).Include(p => p.Areas).ThenInclude(a => a.Milestones)
            .Include(p => p.Areas).ThenInclude(a => a.Progress).AsSplitQuery().FirstOrDefaultAsync(ct);
        if (year is null)
        {
            return [];
        }

        var lineages = year.Areas.Select(a => a.Lineage).ToList();
        var history = (await db.PriorityAreas.AsNoTracking().Include(a => a.Progress).Where(a => a.Plan!.PlanTermId == id && lineages.Contains(a.Lineage))
            .ToListAsync(ct)).SelectMany(a => a.Progress.Select(p => new { a.Lineage, p.ReportingPeriodId, p.Rag, p.RecordedUtc })).ToList();
        var periods = await organisation.ReportingPeriods.ToDictionaryAsync(p => p.Id, ct);
        var departments = await organisation.Departments.ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return [.. year.Areas.Where(a => !a.IsRetired).OrderBy(a => a.ThemeNumber).ThenBy(a => a.Position).Select(a => new ReviewEvidence(
            a.Lineage, a.Id, a.ShortName, year.Themes.Single(t => t.Number == a.ThemeNumber).Name,
            a.AccountableDepartmentId is { } d ? departments.GetValueOrDefault(d) : null, a.CurrentRag(Today),
            [.. history.Where(h => h.Lineage == a.Lineage && periods.ContainsKey(h.ReportingPeriodId))
                .GroupBy(h => h.ReportingPeriodId).Select(g => (Period: periods[g.Key], g.OrderBy(h => h.RecordedUtc).Last().Rag))
                .OrderBy(x => x.Period.StartDate).Select(x => (x.Period.Name, x.Rag))],
            [.. a.Targets.OrderBy(t => t.TargetDate).Select(t => new TargetEvidence(t.Measure, t.Unit, t.TargetValue, t.TargetDate, t.LatestValue, t.LatestValueOn, t.IsAchieved))]))];
    }

    public async Task RecordReviewAsync(int id, ReviewInput input, CancellationToken ct = default)
    {
        await RequireHeadOfImprovementAsync(id, ct);
        var term = await db.PlanTerms.Include(t => t.Reviews).Include(t => t.Steps).SingleAsync(t => t.Id == id, ct);
        var year = await CurrentYearQuery(id).Include(p => p.Areas).FirstOrDefaultAsync(ct);
        var live = (year?.Areas ?? []).Where(a => !a.IsRetired).ToDictionary(a => a.Lineage);
        db.ExpectVersion(term, input.Version);
        term.RecordReview(input.Kind!.Value, input.On!.Value, input.Summary,
            [.. input.Areas.Where(a => a.Outcome is not null && live.ContainsKey(a.Lineage)).Select(a => (a.Lineage, live[a.Lineage].ShortName, a.Outcome!.Value, a.Note))],
            live.Keys, user.DisplayName, Now, Today);
        await SaveTermAsync(id, ct);
    }

    /// <summary>
    /// "Start the next plan", after the full review: a new draft for its own years with the areas the review kept or changed
    /// (lineage, accountability and tags). Refused if its years overlap a plan that is endorsed, finalised, live or reviewed.
    /// Returns the new plan's first year.
    /// </summary>
    public async Task<int> StartNextAsync(int id, SuccessorInput input, CancellationToken ct = default)
    {
        await RequireHeadOfImprovementAsync(id, ct);
        var term = await db.PlanTerms.Include(t => t.Reviews).ThenInclude(r => r.Decisions).SingleAsync(t => t.Id == id, ct);
        if (term.Status != PlanStatus.Reviewed || term.Reviews.SingleOrDefault(r => r.Kind == ReviewKind.Full) is not { } full)
        {
            throw new DomainException("The next plan is started after this plan's full review: record the full review first.", nameof(SuccessorInput.StartYear));
        }

        if (await db.PlanTerms.AsNoTracking().FirstOrDefaultAsync(t => t.PredecessorId == id, ct) is { } started)
        {
            throw new DomainException($"The next plan, {started.Title}, has already been started from this one.", nameof(SuccessorInput.StartYear));
        }

        var (start, end) = (input.StartYear!.Value, input.EndYear!.Value);
        var others = await db.PlanTerms.AsNoTracking().ToListAsync(ct);
        if (others.FirstOrDefault(t => t.HoldsItsYears && t.Overlaps(start, end)) is { } clash)
        {
            throw new DomainException(string.Create(EnGb,
                $"Those years overlap {clash.Title}, which is {PlanLifeWords.Status(clash.Status).ToLowerInvariant()} ({clash.StartsOn:d MMM yyyy} to {clash.EndsOn:d MMM yyyy}): choose years after it ends"),
                nameof(SuccessorInput.StartYear));
        }

        var next = new PlanTerm(start, end, term.Id);
        var from = await db.ImprovementPlans.Include(p => p.Themes).Include(p => p.Areas).ThenInclude(a => a.InvolvedDepartments).AsSplitQuery()
            .Where(p => p.PlanTermId == id).OrderByDescending(p => p.FocusYear).FirstAsync(ct);
        var carried = full.Decisions.Where(d => d.Outcome is ReviewOutcome.Keep or ReviewOutcome.Change).Select(d => d.Lineage).ToHashSet();
        var first = from.StartSuccessor(next, carried);
        db.PlanTerms.Add(next);
        db.ImprovementPlans.Add(first);
        await db.SaveChangesAsync(ct);
        return first.Id;
    }

    /// <summary>What about the plan's life waits for the person reading their home page.</summary>
    public async Task<IReadOnlyList<PlanLifeWaiting>> WaitingAsync(CancellationToken ct = default)
    {
        var today = Today;
        var terms = await db.PlanTerms.AsNoTracking().Include(t => t.Reviews).Include(t => t.Proposals)
            .Where(t => t.Status != PlanStatus.Closed).OrderBy(t => t.StartYear).ToListAsync(ct);
        var successors = await db.PlanTerms.AsNoTracking().Where(t => t.PredecessorId != null).Select(t => t.PredecessorId).ToListAsync(ct);
        var waiting = new List<PlanLifeWaiting>();
        foreach (var t in terms)
        {
            var link = $"/plan/terms/{t.Id}";
            if ((IsHeadOfImprovement || SitsOnCmt) && t.InOperationNow)
            {
                foreach (var due in PlanReviewSchedule.For(t, today).Where(d => d.NeedsDoing))
                {
                    waiting.Add(new PlanLifeWaiting(string.Create(EnGb,
                        $"{PlanLifeWords.Review(due.Kind)} of the {t.Title}: {(due.State == ReviewDueState.Overdue ? "overdue since" : "due by")} {due.DueBy:d MMM yyyy}"),
                        link + "/review", due.State == ReviewDueState.Overdue));
                }
            }

            var pending = t.Proposals.Count(p => p.Status == ProposalStatus.Pending);
            if (SitsOnCmt && pending > 0)
            {
                waiting.Add(new PlanLifeWaiting($"{pending} proposed change{(pending == 1 ? "" : "s")} to the {t.Title} waiting for CMT's decision", link, false));
            }

            if (t.Status == PlanStatus.Draft && SitsOnCmt)
            {
                waiting.Add(new PlanLifeWaiting($"The draft {t.Title} is waiting for CMT's agreement", link, false));
            }
            else if (t.Status == PlanStatus.Draft && MayComment)
            {
                waiting.Add(new PlanLifeWaiting($"The draft {t.Title} is open for your comments", link, false));
            }

            if (t.Status == PlanStatus.AgreedByCmt && SitsOnCabinet)
            {
                waiting.Add(new PlanLifeWaiting($"CMT has agreed the {t.Title}: it is waiting for Cabinet's endorsement", link, false));
            }

            if (IsHeadOfImprovement)
            {
                var next = t.Status switch
                {
                    PlanStatus.EndorsedByCabinet => $"Cabinet has endorsed the {t.Title}: record that it was finalised with the Leader and Chief Executive",
                    PlanStatus.Finalised => $"The {t.Title} is finalised: set it live",
                    PlanStatus.Reviewed when !successors.Contains(t.Id) => $"The full review of the {t.Title} is recorded: start the next plan",
                    _ => null,
                };
                if (next is not null)
                {
                    waiting.Add(new PlanLifeWaiting(next, link, false));
                }
            }
        }

        return waiting;
    }

    private async Task StepAsync(int id, Guid version, Func<int, CancellationToken, Task> may, Action<PlanTerm> step, CancellationToken ct)
    {
        await may(id, ct);
        var term = await db.PlanTerms.Include(t => t.Steps).SingleAsync(t => t.Id == id, ct);
        db.ExpectVersion(term, version);
        step(term);
        await SaveTermAsync(id, ct);
    }

    private Task SaveTermAsync(int id, CancellationToken ct) =>
        db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(
            "Someone else recorded a step of this plan while you were recording yours. The page shows where it stands now, and the form keeps yours.",
            await db.PlanTerms.Where(t => t.Id == id).Select(t => t.Version).SingleAsync(ct)), ct);

    private async Task RequireAsync(int id, bool may, string refusal, CancellationToken ct)
    {
        if (!await db.PlanTerms.AnyAsync(t => t.Id == id, ct))
        {
            throw new NotFoundException("The improvement plan");
        }

        if (!may)
        {
            throw new ForbiddenException(refusal);
        }
    }

    /// <summary>The year of the plan that changes now: its current one, or (once it is closed) its last.</summary>
    private IQueryable<CorporateImprovementPlan> CurrentYearQuery(int termId) =>
        db.ImprovementPlans.Where(p => p.PlanTermId == termId).OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.FocusYear);

    private async Task<Dictionary<int, int>> CurrentYearsAsync(CancellationToken ct) =>
        (await db.ImprovementPlans.AsNoTracking().Select(p => new { p.Id, p.PlanTermId, p.FocusYear, p.IsCurrent }).ToListAsync(ct))
            .GroupBy(p => p.PlanTermId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.IsCurrent).ThenByDescending(p => p.FocusYear).First().Id);

    private static PlanTermRow Row(PlanTerm t, Dictionary<int, int> years, List<int> live) =>
        new(t.Id, t.Title, t.Status, t.LiveFrom, t.ClosedOn, years.TryGetValue(t.Id, out var y) ? y : null, live.Contains(t.Id)) { IsDemo = t.IsDemo };
}
