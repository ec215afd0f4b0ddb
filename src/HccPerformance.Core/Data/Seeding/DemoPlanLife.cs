using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// The plan's life in the demo (issue 16), made through the site's own steps as the demo people: the 2008-2011 plan's six-month
/// and full reviews, the next plan started from the full review for the current years, commented on, agreed by CMT, endorsed by
/// Cabinet, finalised and set live (which closes the 2008-2011 plan), with demo targets, milestones and progress inside its own
/// years, its six-month review once due, and one change waiting for CMT. Every date, decision and figure here is demo text.
/// </summary>
public sealed class DemoPlanLife(AppDbContext db, TimeProvider clock, ConcernReads concerns, OrganisationReads organisation)
{
    private PlanLifeService As(string userName) => new(db, DemoActor.Named(userName), clock, concerns, organisation);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var first = await db.PlanTerms.AsNoTracking().SingleOrDefaultAsync(t => t.StartYear == ImprovementPlanSeed.StartYear, ct);
        if (first is null || first.Status != PlanStatus.Live || await db.PlanTerms.AnyAsync(t => t.PredecessorId == first.Id, ct))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var start = ReportingPeriod.FinancialYearOf(today);
        var head = As("head.of.improvement");
        var areas = await db.PriorityAreas.AsNoTracking().Where(a => a.Plan!.PlanTermId == first.Id && !a.IsRetired)
            .Select(a => new { a.Lineage, a.ShortName }).ToListAsync(ct);

        await head.RecordReviewAsync(first.Id, new ReviewInput
        {
            Kind = ReviewKind.SixMonth,
            On = new DateOnly(2008, 10, 15),
            Summary = "Demo summary: the plan is working. Every area has an accountable Chief Officer; progress is reported each quarter; "
                + "targets are still missing for a few areas and the Head of Improvement will agree them with the Chief Officers.",
            Areas = [.. areas.Select(a => new ReviewAreaInput { Lineage = a.Lineage, Outcome = ReviewOutcome.Keep })],
            Version = await VersionAsync(first.Id, ct),
        }, ct);

        static ReviewOutcome Full(string name) => name switch
        {
            "Street lighting PFI" or "Extra Care" => ReviewOutcome.Completed,
            "Service channels" => ReviewOutcome.Retire,
            "Waste" or "Road maintenance" or "NEET" => ReviewOutcome.Change,
            _ => ReviewOutcome.Keep,
        };
        await head.RecordReviewAsync(first.Id, new ReviewInput
        {
            Kind = ReviewKind.Full,
            On = new DateOnly(2011, 3, 10),
            Summary = "Demo summary of the full review: most areas stay priorities; two are complete, one has become business as usual, "
                + "and three need new words and targets in the next plan.",
            Areas = [.. areas.Select(a => new ReviewAreaInput
            {
                Lineage = a.Lineage,
                Outcome = Full(a.ShortName),
                Note = Full(a.ShortName) switch
                {
                    ReviewOutcome.Completed => "Demo note: delivered; monitored through the service plan.",
                    ReviewOutcome.Retire => "Demo note: now business as usual for the department.",
                    ReviewOutcome.Change => "Demo note: keep, with new words and targets for the next plan.",
                    _ => null,
                },
            })],
            Version = await VersionAsync(first.Id, ct),
        }, ct);

        var yearId = await head.StartNextAsync(first.Id, new SuccessorInput { StartYear = start, EndYear = start + 3 }, ct);
        var next = await db.ImprovementPlans.AsNoTracking().Where(p => p.Id == yearId).Select(p => p.PlanTermId).SingleAsync(ct);

        var opens = new DateOnly(start, 4, 1);
        await As("cpeg.member").CommentAsync(next, new PlanCommentInput
        {
            Text = "Demo comment: CPEG would like each area to name the indicator it will be judged by.",
        }, ct);
        await As("chief.officer").CommentAsync(next, new PlanCommentInput
        {
            Text = "Demo comment: Adult Services can answer for Personalisation and Care Services; please keep Extra Care out now it is complete.",
        }, ct);
        await As("chief.executive").AgreeAsync(next, new CmtAgreementInput
        {
            MetOn = opens.AddDays(-50),
            Decision = "Demo decision: CMT agreed the draft plan for Cabinet, with the indicator named for each area.",
            Version = await VersionAsync(next, ct),
        }, ct);
        await As("leader").EndorseAsync(next, new EndorsementInput
        {
            MetOn = opens.AddDays(-29),
            Resolution = "Demo resolution: Cabinet endorsed the plan and asked the Head of Improvement to finalise it with the Leader and Chief Executive.",
            FurtherAreas = "Demo: Cabinet asked for an area on digital inclusion to be considered.",
            Version = await VersionAsync(next, ct),
        }, ct);
        await head.FinaliseAsync(next, new FinalisedInput
        {
            MetOn = opens.AddDays(-15),
            LeaderAgreed = true,
            ChiefExecutiveAgreed = true,
            Version = await VersionAsync(next, ct),
        }, ct);
        await head.GoLiveAsync(next, new GoLiveInput { MetOn = opens, Version = await VersionAsync(next, ct) }, ct);

        await TargetsAndProgressAsync(yearId, start, ct);

        // The six-month "is it working" review (seed 5.6), recorded through the review step as the Head of Improvement would,
        // once its date has come: a demo in its first months leaves it due, as it would be.
        var sixMonth = opens.AddMonths(PlanReviewSchedule.SixMonths).AddDays(-14);
        if (sixMonth <= today)
        {
            var successorAreas = await db.PriorityAreas.AsNoTracking().Where(a => a.CorporateImprovementPlanId == yearId && !a.IsRetired)
                .Select(a => a.Lineage).ToListAsync(ct);
            await head.RecordReviewAsync(next, new ReviewInput
            {
                Kind = ReviewKind.SixMonth,
                On = sixMonth,
                Summary = "Demo summary of the six-month review: the plan is working. Each area has its indicator named, as CPEG asked; "
                    + "Road Safety is red this quarter and the Head of Improvement will report on it to CMT.",
                Areas = [.. successorAreas.Select(l => new ReviewAreaInput { Lineage = l, Outcome = ReviewOutcome.Keep })],
                Version = await VersionAsync(next, ct),
            }, ct);
        }

        var theme = await db.ImprovementPlans.AsNoTracking().Where(p => p.Id == yearId).SelectMany(p => p.Themes).OrderBy(t => t.Number)
            .Select(t => t.Number).FirstAsync(ct);
        await head.ProposeAsync(next, new ProposalInput
        {
            Kind = ProposalKind.Add,
            ThemeNumber = theme,
            ShortName = "Digital inclusion (demo)",
            Description = "Demo area: help residents without internet access reach council services online or by other routes.",
            Reason = "Demo reason: Cabinet asked for it when it endorsed the plan.",
        }, ct);
        db.ChangeTracker.Clear();
    }

    private async Task TargetsAndProgressAsync(int yearId, int start, CancellationToken ct)
    {
        var year = await db.ImprovementPlans.Include(p => p.Areas).ThenInclude(a => a.Targets).Include(p => p.Areas).ThenInclude(a => a.Milestones)
            .Include(p => p.Areas).ThenInclude(a => a.Progress).Include(p => p.Term).AsSplitQuery().SingleAsync(p => p.Id == yearId, ct);
        var periods = await db.ReportingPeriods.Where(p => p.FinancialYear == start).ToDictionaryAsync(p => p.Quarter, ct);
        PriorityArea? Area(string name) => year.Areas.FirstOrDefault(a => a.ShortName == name);

        if (Area("Waste") is { } waste)
        {
            waste.AddTarget("Household waste reused, recycled or composted (demo figures)", "%", 47m, 55m, new DateOnly(start + 3, 3, 31), higherIsBetter: true)
                .RecordValue(48.5m, periods[2].EndDate);
            waste.AddMilestone("Food waste collections in every district (demo)", new DateOnly(start + 1, 9, 30));
        }

        if (Area("Road maintenance") is { } roads)
        {
            roads.AddTarget("Principal roads where maintenance should be considered (demo figures)", "%", 6m, 4m, new DateOnly(start + 2, 3, 31), higherIsBetter: false);
            roads.AddMilestone("Five-year resurfacing programme agreed (demo)", new DateOnly(start, 9, 30)).Complete(new DateOnly(start, 9, 18));
        }

        if (Area("NEET") is { } neet)
        {
            neet.AddTarget("Young people aged 16 to 17 not in education, employment or training (demo figures)", "%", 5.2m, 4.5m, new DateOnly(start + 2, 3, 31), higherIsBetter: false)
                .RecordValue(5.0m, periods[2].EndDate);
        }

        void Progress(string name, int quarter, Rag rag, string commentary)
        {
            if (Area(name) is { } area && periods.TryGetValue(quarter, out var period))
            {
                area.RecordProgress(period.Id, rag, commentary, $"Chief Officer ({name}), demo", period.EndDate.AddDays(20).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
            }
        }

        Progress("Waste", 1, Rag.Amber, "Demo: recycling rose but is below the path to the target; food waste rounds start in the spring.");
        Progress("Waste", 2, Rag.Green, "Demo: back on the path to the target.");
        Progress("Road maintenance", 1, Rag.Green, "Demo: the resurfacing programme is on schedule.");
        Progress("NEET", 2, Rag.Amber, "Demo: fewer apprenticeship places this year; work with colleges has started.");
        Progress("Road Safety", 2, Rag.Red, "Demo: casualties rose on rural roads this quarter; a route review with the police has started.");
        Progress("Personalisation", 2, Rag.Green, "Demo: personal budgets are offered to every new client.");
        await db.SaveChangesAsync(ct);
    }

    private Task<Guid> VersionAsync(int termId, CancellationToken ct) =>
        db.PlanTerms.AsNoTracking().Where(t => t.Id == termId).Select(t => t.Version).SingleAsync(ct);
}
