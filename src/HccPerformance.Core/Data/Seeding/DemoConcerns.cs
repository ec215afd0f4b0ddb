using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.SelfAssessments;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo areas of concern at every stage of CPEG's process (issues 7 and 15), raised from the demo registers so each links
/// to a real record: a high risk waiting for CPEG; one raised by hand and judged not important locally; a red demo
/// indicator with a Service Manager's category four report-backs (accepted with the next set, then more asked, one
/// overdue), assigned "Cabinet support"; an overdue inspection recommendation with a Chief Officer's strategic action plan
/// by category three, referred to Overview and Scrutiny and the Performance Executive Member; a self-assessment's area for
/// improvement closed as improved; an Adult Services concern its Chief Officer raised and its Executive Member escalated to
/// Cabinet and the Leader; and a Service Manager's blocker (disempowerment) assigned "CMT support". Each body has an
/// escalation waiting for its response and one answered. Report-backs follow Appendix Two: one at a time, each due within
/// its category's months of CPEG's decision. Dates are relative to today so overdue stays overdue. Demo text only.
/// Skipped when any concern exists.
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
        string[] names = ["service.manager", "chief.officer", "head.of.improvement", "executive.member", "leader", "cabinet",
            "select.committee", "performance.member", "chief.executive"];
        var users = await db.Users.Where(u => names.Contains(u.UserName!)).ToListAsync(ct);
        var people = users.ToDictionary(u => u.UserName!, u => u.Id);
        var shown = users.ToDictionary(u => u.UserName!, u => u.DisplayName);
        var menu = await db.MenuOfInterventions.ToDictionaryAsync(m => m.Number, ct);
        if (people.Count < names.Length || menu.Count < 20)
        {
            return;
        }

        // Whoever answers for a concern's intervention comes from the concern's own department: its Chief Officer.
        var chiefOfficers = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == Roles.ChiefOfficer && u.DepartmentId != null
            select new { u.Id, u.DepartmentId }).ToListAsync(ct);
        string ChiefOfficerOf(int? departmentId) =>
            chiefOfficers.FirstOrDefault(c => c.DepartmentId == departmentId)?.Id ?? people["head.of.improvement"];

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

        // 3. A red demo indicator: category four report-backs from the Service Manager (the first accepted with the next set,
        //    the second asked for more, the third overdue), "Cabinet support" assigned (Cabinet has yet to respond), and
        //    escalated to the Leader (answered) and to Overview and Scrutiny (waiting).
        if (await RedIndicatorAsync(ct) is { } indicator)
        {
            var raised = today.AddMonths(-4).AddDays(-20);
            var decided = raised.AddDays(10);
            var concern = new AreaOfConcern(indicator.Title, indicator.DepartmentId, ConcernSource.Indicator, indicator.SourceId, indicator.Evidence, raised, "cpeg.member");
            concern.DecideLocalImportance(true, "Demo: a measure the Corporate Improvement Plan relies on; two quarters red.", decided);
            // The measure's own Service Manager reports back; its Chief Officer when it has none.
            var answers = await db.Indicators.Where(i => i.Id == indicator.SourceId).Select(i => i.ServiceManagerId).SingleOrDefaultAsync(ct)
                ?? ChiefOfficerOf(indicator.DepartmentId);
            var monthly = concern.Assign(menu[4], answers, null, decided);
            var first = monthly.ReportBacks[0];
            first.Submit("Demo: recovery plan agreed with the contractor; weekly figures now reported.", "Demo: contractor meeting notes.", Rag.Amber, first.DueOn.AddDays(-2));
            var second = Accept(monthly, first, first.DueOn.AddDays(5), 1);
            second.Submit("Demo: figures improving in two districts of five.", null, Rag.Amber, second.DueOn.AddDays(-1));
            second.ReviewAs(ReportBackReview.MoreAsked, "Demo: give the figures for each district and what is planned for the other three.", second.DueOn.AddDays(6));
            second.Submit("Demo: all five districts now have a named officer; the last month's result is still below target.", "Demo: district returns.", Rag.Red, second.DueOn.AddDays(9));
            // The third falls due about three weeks ago and has not come: it shows as overdue.
            Accept(monthly, second, second.DueOn.AddDays(12), 1);
            var leader = concern.Escalate(EscalatedTo.Leader, "Demo: red for three quarters; the Leader asked to be told before Cabinet considers it.",
                second.DueOn.AddDays(12), "CPEG (Demo CPEG member)");
            leader.Respond(EscalationResponseKind.Decision, "Demo: the Leader will take it to Cabinet with the recovery plan at its next meeting.", shown["leader"],
                second.DueOn.AddDays(16));
            concern.Assign(menu[15], people["head.of.improvement"], 2, today.AddDays(-6));
            concern.Escalate(EscalatedTo.OverviewAndScrutiny, "Demo: referred so the Select Committee can follow the recovery plan.", today.AddDays(-6), "CPEG (Demo CPEG member)");
            db.AreasOfConcern.Add(concern);
        }

        // 4. An overdue inspection recommendation: the Chief Officer's strategic action plan by category three (accepted, the
        //    next due soon), referred to Overview and Scrutiny (answered) and to the Performance Executive Member (waiting).
        var recommendations = await db.Recommendations.AsNoTracking().OrderBy(r => r.DueOn).ThenBy(r => r.Id).ToListAsync(ct);
        if (recommendations.FirstOrDefault(r => r.IsOverdue(today)) is { } recommendation)
        {
            var draft = await sources.DraftAsync(ConcernSource.Recommendation, recommendation.Id, ct);
            var raised = today.AddMonths(-3);
            var concern = new AreaOfConcern(draft.Title, draft.DepartmentId, ConcernSource.Recommendation, recommendation.Id, draft.Evidence, raised, "performance.team");
            concern.DecideLocalImportance(true, "Demo: the inspectorate returns next year; an overdue recommendation would count against the council.", raised.AddDays(14));
            var plan = concern.Assign(menu[5], ChiefOfficerOf(draft.DepartmentId), 2, raised.AddDays(14));
            var first = plan.ReportBacks[0];
            first.Submit("Demo: strategic action plan drafted with the service and shared with the inspectorate.", "Demo: the action plan.", Rag.Amber, first.DueOn.AddDays(-3));
            first.ReviewAs(ReportBackReview.Accepted, "Demo: CPEG agreed the plan.", first.DueOn.AddDays(4));
            plan.ScheduleNext(1, first.DueOn.AddDays(4));
            concern.Assign(menu[17], people["head.of.improvement"], 3, first.DueOn.AddDays(4));
            var referred = concern.Escalations[^1];
            referred.Respond(EscalationResponseKind.Request, "Demo: the Select Committee asks the Chief Officer to present the action plan at its next meeting.",
                shown["select.committee"], first.DueOn.AddDays(11));
            concern.Assign(menu[14], people["head.of.improvement"], 3, today.AddDays(-4));
            db.AreasOfConcern.Add(concern);
        }

        // 5. A self-assessment's area for improvement, acted on by category three and closed as improved; CMT answered its escalation.
        if (await ItemAsync(ct) is int item)
        {
            // Raised by the Head of Improvement, so read as they read it.
            var draft = await sources.DraftAsync(ConcernSource.SelfAssessmentItem, item, AssessmentReader.Outsider with { OpensAssessments = true }, ct);
            var raised = today.AddMonths(-10);
            var concern = new AreaOfConcern(draft.Title, draft.DepartmentId, ConcernSource.SelfAssessmentItem, item, draft.Evidence, raised, "head.of.improvement");
            concern.DecideLocalImportance(true, "Demo: the department named it itself and it touches a Corporate Improvement Plan priority.", raised.AddDays(10));
            var review = concern.Assign(menu[3], ChiefOfficerOf(draft.DepartmentId), null, raised.AddDays(10));
            var cmt = concern.Escalate(EscalatedTo.Cmt, "Demo: touches two departments; CMT asked to agree who leads.", raised.AddDays(10), "CPEG (Demo CPEG member)");
            cmt.Respond(EscalationResponseKind.Request, "Demo: CMT asks the Chief Officer to lead, with the other department's support, and to report back to CPEG as set.",
                shown["chief.executive"], raised.AddDays(24));
            var reportBack = review.ReportBacks[0];
            for (var n = 1; n <= 3; n++)
            {
                reportBack.Submit("Demo: on track against the improvement plan agreed with CPEG.", null, Rag.Green, reportBack.DueOn.AddDays(-2));
                var on = reportBack.DueOn.AddDays(5);
                if (n < 3)
                {
                    reportBack = Accept(review, reportBack, on, 2);
                }
                else
                {
                    reportBack.ReviewAs(ReportBackReview.Accepted, null, on);
                    review.End(on);
                    concern.Close(ConcernOutcome.Improved, "Demo: green for three report-backs in a row and the department's own measures up; CPEG stops acting.", on);
                }
            }

            db.AreasOfConcern.Add(concern);
        }

        // 6. Adult Services: raised by its Chief Officer; its Executive Member escalated it to Cabinet (noted) and to the Leader (waiting).
        var adults = await db.Departments.Where(d => d.Code == "AS").Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);
        if (adults is not null)
        {
            var raised = today.AddMonths(-2);
            var concern = new AreaOfConcern("Demo: waiting times for care assessments rising", adults, ConcernSource.ByHand, null,
                "Demo: the average wait rose from 21 to 33 days over two quarters while referrals rose by a tenth.", raised, "chief.officer");
            concern.DecideLocalImportance(true, "Demo: a priority of the Corporate Improvement Plan; CPEG will act.", raised.AddDays(8));
            // Category four: due within a month of CPEG's decision, and not yet come: the Chief Officer's report-back is overdue.
            concern.Assign(menu[5], people["chief.officer"], 1, raised.AddDays(8));
            var cabinet = concern.Escalate(EscalatedTo.Cabinet, "Demo: the budget for assessments is set by Cabinet; the Executive Member asks it to know of the pressure.",
                raised.AddDays(12), $"{shown["executive.member"]}, Executive Member");
            cabinet.Respond(EscalationResponseKind.Noted, "Demo: noted; Cabinet will look at it again with the next budget monitoring report.", shown["cabinet"], raised.AddDays(26));
            concern.Escalate(EscalatedTo.Leader, "Demo: still rising this month; the Executive Member asks the Leader to raise it with partners.",
                today.AddDays(-5), $"{shown["executive.member"]}, Executive Member");
            db.AreasOfConcern.Add(concern);
        }

        // 7. A Service Manager's blocker they cannot remove (disempowerment, 4.23): "CMT support" assigned (waiting for CMT);
        //    the Performance Executive Member answered CPEG's referral.
        if (environment is not null)
        {
            var raised = today.AddMonths(-1).AddDays(-10);
            var concern = new AreaOfConcern("Demo: vehicle replacement held up by a corporate purchasing rule", environment, ConcernSource.Disempowerment, null,
                "Demo: two gritters off the road; the purchasing rule needs a corporate waiver the service cannot give itself.", raised, "service.manager");
            concern.DecideLocalImportance(true, "Demo: a blocker only the corporate centre can remove before winter.", raised.AddDays(6));
            var referral = concern.Escalate(EscalatedTo.PerformanceExecutiveMember, "Demo: the Executive Member for Efficiency is asked to advise on the rule.",
                raised.AddDays(6), "CPEG (Demo CPEG member)");
            referral.Respond(EscalationResponseKind.Noted, "Demo: noted; the rule is being reviewed and the Executive Member supports a waiver meanwhile.",
                shown["performance.member"], raised.AddDays(13));
            concern.Assign(menu[13], people["head.of.improvement"], 1, today.AddDays(-3));
            db.AreasOfConcern.Add(concern);
        }

        await db.SaveChangesAsync(ct);

        // 6. CPEG's meetings: one held three weeks ago with decisions recorded against it, and the next, whose agenda is what waits now.
        var held = new CpegMeeting(today.AddDays(-19), "Demo: quarterly meeting, committee room 1.");
        var heldAt = today.AddDays(-19).ToDateTime(new TimeOnly(11, 30), DateTimeKind.Utc);
        foreach (var (source, decision) in new[]
        {
            // What CPEG minutes here agrees with what had happened by then: the Leader had already said the recovery plan goes
            // to Cabinet, and the Chief Officer's action plan had just come in (CPEG accepts it a week later).
            (ConcernSource.Indicator, "Demo: the third report-back has not come; CPEG chased the Service Manager and noted that the Leader is taking the recovery plan to Cabinet."),
            (ConcernSource.Recommendation, "Demo: received the Chief Officer's strategic action plan; asked for the inspectorate's view before accepting it."),
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

    /// <summary>CPEG accepts a report-back and sets the next by a category (the demo's one way to do it before any id exists).</summary>
    private static ReportBack Accept(Intervention intervention, ReportBack reportBack, DateOnly on, int nextMonths)
    {
        reportBack.ReviewAs(ReportBackReview.Accepted, null, on);
        return intervention.ScheduleNext(nextMonths, on);
    }

    /// <summary>A red demo local measure (never a national indicator the tests raise concerns on), read as its page reads it.</summary>
    private async Task<SourceDraft?> RedIndicatorAsync(CancellationToken ct)
    {
        // In the codes' natural order (DEMO 8 before DEMO 10), so the demo's concern stays on highway defects, the first red one.
        var candidates = await db.Indicators.AsNoTracking().Where(i => !i.IsNational).Select(i => new { i.Id, i.Code }).ToListAsync(ct);
        foreach (var id in candidates.OrderBy(i => Indicator.NaturalKey(i.Code), StringComparer.Ordinal).Select(i => i.Id))
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
