using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo areas of concern at every stage of CPEG's process (issue 7), raised from the demo registers so each links to a
/// real record: a high risk waiting for CPEG; one raised by hand and judged not important locally; a red demo indicator
/// with a Service Manager's monthly report-backs (accepted, more asked, one awaiting review, one overdue), escalated to
/// Cabinet; an overdue inspection recommendation with a Chief Officer's strategic action plan, one report-back overdue,
/// referred to Overview and Scrutiny; and a self-assessment's area for improvement closed as improved. Dates are relative
/// to today so overdue stays overdue. Demo text only. Skipped when any concern exists; one save.
/// </summary>
public sealed class DemoConcerns(AppDbContext db, ConcernSources sources, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.AreasOfConcern.AnyAsync(ct))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var people = await db.Users.Where(u => u.UserName == "service.manager" || u.UserName == "chief.officer" || u.UserName == "chief.officer.ccra")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        var menu = await db.MenuOfInterventions.ToDictionaryAsync(m => m.Number, ct);
        if (people.Count < 3 || menu.Count < 20)
        {
            return;
        }

        // 1. A high-scoring corporate risk, raised this week: waiting for CPEG to say whether it matters locally.
        var risks = await db.Risks.AsNoTracking().Where(r => r.ClosedOn == null).OrderBy(r => r.Reference).ToListAsync(ct);
        if (risks.FirstOrDefault(r => r.Rag == Rag.Red) is { } risk)
        {
            var draft = await sources.DraftAsync(ConcernSource.Risk, risk.Id, ct);
            db.AreasOfConcern.Add(new AreaOfConcern(draft.Title, draft.DepartmentId, ConcernSource.Risk, risk.Id, draft.Evidence, today.AddDays(-3), "head.of.improvement"));
        }

        // 2. Raised by hand and judged not important locally: closed with the reason, and still visible.
        var environment = await db.Departments.Where(d => d.Code == "ENV").Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);
        var byHand = new AreaOfConcern("Demo: complaints about grass cutting on verges", environment, ConcernSource.ByHand, null,
            "Demo: 46 complaints in the quarter against 30 in the same quarter last year, most after one wet month.", today.AddMonths(-2), "cpeg.member");
        byHand.DecideLocalImportance(false, "Demo: a seasonal rise after unusual weather; the service's own plan already covers it, so CPEG will not act.", today.AddMonths(-2).AddDays(7));
        db.AreasOfConcern.Add(byHand);

        // 3. A red demo indicator: monthly report-backs from the Service Manager, one of each kind, and escalated to Cabinet.
        if (await RedIndicatorAsync(ct) is { } indicator)
        {
            var raised = today.AddMonths(-4).AddDays(-20);
            var concern = new AreaOfConcern(indicator.Title, indicator.DepartmentId, ConcernSource.Indicator, indicator.SourceId, indicator.Evidence, raised, "cpeg.member");
            concern.DecideLocalImportance(true, "Demo: an LAA target the council has committed to; two quarters red.", raised.AddDays(10));
            var monthly = concern.Assign(menu[4], people["service.manager"], null, raised.AddDays(10));
            var due = monthly.ReportBacks;
            due[0].Submit("Demo: recovery plan agreed with the contractor; weekly figures now reported.", "Demo: contractor meeting notes.", Rag.Amber, due[0].DueOn.AddDays(-2));
            due[0].ReviewAs(ReportBackReview.Accepted, null, due[0].DueOn.AddDays(5));
            due[1].Submit("Demo: figures improving in two districts of five.", null, Rag.Amber, due[1].DueOn.AddDays(-1));
            due[1].ReviewAs(ReportBackReview.MoreAsked, "Demo: give the figures for each district and what is planned for the other three.", due[1].DueOn.AddDays(6));
            due[2].Submit("Demo: all five districts now have a named officer; the last month's result is still below target.", "Demo: district returns.", Rag.Red, due[2].DueOn);
            // due[3] was due ten days ago and has not come: it shows as overdue.
            concern.Escalate(EscalatedTo.Cabinet, "Demo: red for three quarters despite the recovery plan; Cabinet asked to consider extra resources.", due[2].DueOn.AddDays(3));
            db.AreasOfConcern.Add(concern);
        }

        // 4. An overdue inspection recommendation: the Chief Officer's strategic action plan every two months, the latest
        //    overdue, and referred to Overview and Scrutiny.
        var recommendations = await db.Recommendations.AsNoTracking().OrderBy(r => r.DueOn).ThenBy(r => r.Id).ToListAsync(ct);
        if (recommendations.FirstOrDefault(r => r.IsOverdue(today)) is { } recommendation)
        {
            var draft = await sources.DraftAsync(ConcernSource.Recommendation, recommendation.Id, ct);
            var raised = today.AddMonths(-5);
            var concern = new AreaOfConcern(draft.Title, draft.DepartmentId, ConcernSource.Recommendation, recommendation.Id, draft.Evidence, raised, "performance.team");
            concern.DecideLocalImportance(true, "Demo: the inspectorate returns next year; an overdue recommendation would count against the council.", raised.AddDays(14));
            var plan = concern.Assign(menu[5], people["chief.officer"], 2, raised.AddDays(14));
            plan.ReportBacks[0].Submit("Demo: strategic action plan drafted with the service and shared with the inspectorate.", "Demo: the action plan.", Rag.Amber, plan.ReportBacks[0].DueOn.AddDays(-3));
            plan.ReportBacks[0].ReviewAs(ReportBackReview.Accepted, "Demo: CPEG agreed the plan.", plan.ReportBacks[0].DueOn.AddDays(4));
            concern.Escalate(EscalatedTo.OverviewAndScrutiny, "Demo: referred so the Select Committee can follow the action plan.", plan.ReportBacks[0].DueOn.AddDays(4));
            db.AreasOfConcern.Add(concern);
        }

        // 5. A self-assessment's area for improvement, acted on and closed as improved.
        if (await ItemAsync(ct) is int item)
        {
            // Raised by the Head of Improvement, so read as they read it.
            var draft = await sources.DraftAsync(ConcernSource.SelfAssessmentItem, item, AssessmentReader.Outsider with { OpensAssessments = true }, ct);
            var raised = today.AddMonths(-10);
            var concern = new AreaOfConcern(draft.Title, draft.DepartmentId, ConcernSource.SelfAssessmentItem, item, draft.Evidence, raised, "head.of.improvement");
            concern.DecideLocalImportance(true, "Demo: the department named it itself and it touches a Corporate Improvement Plan priority.", raised.AddDays(10));
            var review = concern.Assign(menu[3], people["chief.officer.ccra"], null, raised.AddDays(10));
            foreach (var reportBack in review.ReportBacks.Take(3))
            {
                reportBack.Submit("Demo: on track against the improvement plan agreed with CPEG.", null, Rag.Green, reportBack.DueOn.AddDays(-2));
                reportBack.ReviewAs(ReportBackReview.Accepted, null, reportBack.DueOn.AddDays(5));
            }

            concern.Close(ConcernOutcome.Improved, "Demo: green for three report-backs in a row and the department's own measures up; CPEG stops acting.",
                review.ReportBacks[2].DueOn.AddDays(5));
            db.AreasOfConcern.Add(concern);
        }

        await db.SaveChangesAsync(ct);

        // 6. CPEG's meetings: one held three weeks ago with decisions recorded against it, and the next, whose agenda is what waits now.
        var held = new CpegMeeting(today.AddDays(-19), "Demo: quarterly meeting, committee room 1.");
        var heldAt = today.AddDays(-19).ToDateTime(new TimeOnly(11, 30), DateTimeKind.Utc);
        foreach (var (source, decision) in new[]
        {
            (ConcernSource.Indicator, "Demo: asked the Service Manager for each district's figures; escalate to Cabinet if the next report-back is red."),
            (ConcernSource.Recommendation, "Demo: accepted the Chief Officer's strategic action plan and referred it to Overview and Scrutiny to follow."),
        })
        {
            if (db.AreasOfConcern.Local.FirstOrDefault(c => c.Source == source && c.IsOpen) is { } concern)
            {
                held.Record(concern.Id, decision, "cpeg.member", heldAt);
            }
        }

        db.CpegMeetings.AddRange(held, new CpegMeeting(today.AddDays(11), "Demo: the next quarterly meeting, committee room 1."));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A red demo local measure (never a national indicator the tests raise concerns on), read as its page reads it.</summary>
    private async Task<SourceDraft?> RedIndicatorAsync(CancellationToken ct)
    {
        var candidates = await db.Indicators.AsNoTracking().Where(i => !i.IsNational).OrderBy(i => i.Code).Select(i => i.Id).ToListAsync(ct);
        foreach (var id in candidates)
        {
            var draft = await sources.DraftAsync(ConcernSource.Indicator, id, ct);
            if (draft.Qualifies)
            {
                return draft;
            }
        }

        return null;
    }

    /// <summary>The earliest area for improvement in an accepted self-assessment.</summary>
    private async Task<int?> ItemAsync(CancellationToken ct) => await (
        from i in db.Set<AssessmentItem>().AsNoTracking()
        join a in db.SelfAssessments.AsNoTracking() on i.SelfAssessmentId equals a.Id
        where a.Status == AssessmentStatus.Accepted && i.Section == ItemSection.AreaForImprovement
        orderby a.ReportingPeriodId, i.Id
        select (int?)i.Id).FirstOrDefaultAsync(ct);
}
