using HccPerformance.Core.Concerns;
using HccPerformance.Core.Scrutiny;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo scrutiny reviews (issue 15): one reported, following from the demo concern referred to Overview and Scrutiny, with
/// three recommendations to the Executive (one accepted with an action and a progress update, one to the Executive Member
/// for Adult Services awaiting response and overdue, one to the Leader not yet due); and one gathering evidence. Committee
/// names are marked "(demo)" and every text is example text. Dates are relative to today so overdue stays overdue. Skipped
/// when any review exists; one save.
/// </summary>
public sealed class DemoScrutiny(AppDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.ScrutinyReviews.AnyAsync(ct))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var adultServices = await db.Departments.Where(d => d.Code == "AS").Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);
        if (adultServices is null)
        {
            return;
        }

        var referred = await db.AreasOfConcern.AsNoTracking().Where(c => c.Escalations.Any(e => e.Body == EscalatedTo.OverviewAndScrutiny))
            .OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);

        // 1. Reported seven weeks ago, with the Executive's responses in three different states.
        var started = today.AddMonths(-5);
        var reported = new ScrutinyReview("Adult Care and Health Select Committee (demo)",
            "Demo: following up an overdue inspection recommendation",
            "Demo: whether the strategic action plan agreed with CPEG will meet the inspectorate's recommendation before its return visit, "
            + "and what the committee would ask the Executive to do.",
            referred is { } concern ? FollowsFrom.Concern(concern) : FollowsFrom.Nothing, started);
        reported.MoveTo(ScrutinyStatus.GatheringEvidence, started.AddDays(14));
        reported.AddEvidence("Demo: the strategic action plan and the latest report-back to CPEG.", "Chief Officer, Adult Services",
            started.AddDays(30), "Select Committee member", started.AddDays(30));
        reported.AddEvidence("Demo: a site visit to two day centres and a meeting with the carers' forum.", "Carers' forum (demo)",
            started.AddDays(45), "Select Committee member", started.AddDays(45));
        reported.AddEvidence("Demo: figures on assessment waiting times, quarter by quarter.", "Corporate Performance Team",
            started.AddDays(60), "Select Committee member", started.AddDays(60));
        var drafted = started.AddDays(75);
        var accepted = reported.Recommend("Demo: publish the action plan's milestones on the council's website and report progress to the committee each quarter.",
            ScrutinyAddressee.Cabinet, null, drafted.AddDays(60), drafted);
        reported.Recommend("Demo: agree with the inspectorate a date for a progress check before the return visit.",
            ScrutinyAddressee.ExecutiveMember, adultServices, today.AddDays(-12), drafted);
        reported.Recommend("Demo: review the eligibility criteria for day services with carers before the next budget is set.",
            ScrutinyAddressee.Leader, null, today.AddDays(45), drafted);
        reported.Change(reported.Committee, reported.Topic, reported.Scope, reported.FollowsFrom,
            "Demo: the action plan is sound but its milestones are not visible to residents, and no date is agreed with the inspectorate "
            + "to check progress before the return visit.");
        var reportedOn = today.AddDays(-50);
        reported.MoveTo(ScrutinyStatus.Reported, reportedOn);
        accepted.Respond(ExecutiveResponse.Accepted,
            "Demo: Cabinet agreed to publish the milestones and asked the Chief Officer, Adult Services to report to the committee each quarter.",
            today.AddDays(30), "Leader of the Council", ScrutinyStatus.Reported, today.AddDays(-20));
        accepted.AddProgress("Demo: the milestones are on the council's website; the first quarterly report is booked for the committee's next meeting.",
            "Leader of the Council", today.AddDays(-5));
        db.ScrutinyReviews.Add(reported);

        // 2. Gathering evidence, one recommendation being drafted.
        var second = new ScrutinyReview("Policy and Resources Select Committee (demo)",
            "Demo: how the council answers complaints",
            "Demo: how long complaints take to answer, what residents think of the answers, and what the services learn from them.",
            FollowsFrom.Nothing, today.AddMonths(-1));
        second.MoveTo(ScrutinyStatus.GatheringEvidence, today.AddDays(-20));
        second.AddEvidence("Demo: the complaints team's figures for the last four quarters.", "Head of Customer Services (demo)",
            today.AddDays(-10), "Select Committee member", today.AddDays(-10));
        db.ScrutinyReviews.Add(second);

        await db.SaveChangesAsync(ct);
    }
}
