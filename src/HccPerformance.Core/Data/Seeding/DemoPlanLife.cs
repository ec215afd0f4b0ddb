using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// The plan's life in the demo (issue 16), made through the site's own steps as the demo people: the 2008-2011 plan's six-month
/// and full reviews, and the next plan started from the full review for the current years, left a draft with its areas carried
/// forward, demo targets and milestones inside its own years, and comments from CPEG and a Chief Officer. A newcomer takes it
/// from draft to live as CMT, Cabinet and the Head of Improvement (issue 16's "done when"); going live closes the 2008-2011
/// plan. Every date, decision and figure here is demo text.
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

        // CPEG and a Chief Officer have commented on the draft (seed 5.4); every step after that is the newcomer's to take through the
        // site as each body: CMT agrees it, Cabinet endorses it, the Head of Improvement finalises it and sets it live (issue 16's
        // "done when"). Until then no plan is live for the current quarter, and the dashboard and the plan page say so.
        await As("cpeg.member").CommentAsync(next, new PlanCommentInput
        {
            Text = "Demo comment: CPEG would like each area to name the indicator it will be judged by.",
        }, ct);
        await As("chief.officer").CommentAsync(next, new PlanCommentInput
        {
            Text = "Demo comment: Adult Services can answer for Personalisation and Care Services; please keep Extra Care out now it is complete.",
        }, ct);

        await DraftTargetsAsync(yearId, start, ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The Head of Improvement's drafting so far: demo targets and milestones inside the new plan's own years, all still ahead
    /// (a plan not yet live has no progress or results to report).
    /// </summary>
    private async Task DraftTargetsAsync(int yearId, int start, CancellationToken ct)
    {
        var year = await db.ImprovementPlans.Include(p => p.Areas).ThenInclude(a => a.Targets).Include(p => p.Areas).ThenInclude(a => a.Milestones)
            .AsSplitQuery().SingleAsync(p => p.Id == yearId, ct);
        PriorityArea? Area(string name) => year.Areas.FirstOrDefault(a => a.ShortName == name);

        if (Area("Waste") is { } waste)
        {
            waste.AddTarget("Household waste reused, recycled or composted (demo figures)", "%", 47m, 55m, new DateOnly(start + 3, 3, 31), higherIsBetter: true);
            waste.AddMilestone("Food waste collections in every district (demo)", new DateOnly(start + 1, 9, 30));
        }

        if (Area("Road maintenance") is { } roads)
        {
            roads.AddTarget("Principal roads where maintenance should be considered (demo figures)", "%", 6m, 4m, new DateOnly(start + 2, 3, 31), higherIsBetter: false);
            roads.AddMilestone("Five-year resurfacing programme agreed (demo)", new DateOnly(start + 1, 3, 31));
        }

        if (Area("NEET") is { } neet)
        {
            neet.AddTarget("Young people aged 16 to 17 not in education, employment or training (demo figures)", "%", 5.2m, 4.5m, new DateOnly(start + 2, 3, 31), higherIsBetter: false);
        }

        await db.SaveChangesAsync(ct);
    }

    private Task<Guid> VersionAsync(int termId, CancellationToken ct) =>
        db.PlanTerms.AsNoTracking().Where(t => t.Id == termId).Select(t => t.Version).SingleAsync(ct);
}
