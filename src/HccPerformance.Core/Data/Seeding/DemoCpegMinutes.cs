using HccPerformance.Core.Concerns;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// CPEG deciding as a group (issue 15), over the demo meetings <see cref="DemoConcerns"/> makes: the past meeting's minutes
/// confirmed by the chair; an urgent decision the chair took since, awaiting ratification; and a meeting held two days ago
/// still in session (its minutes not yet confirmed), so cpeg.member can decide on a concern's page and see it minuted, and
/// chief.executive can ratify the urgent decision and confirm the minutes. Demo text only. Skipped once any minutes are
/// confirmed or any urgent decision exists; one save.
/// </summary>
public sealed class DemoCpegMinutes(AppDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.CpegMeetings.AnyAsync(m => m.MinutesConfirmedOn != null, ct) || await db.UrgentDecisions.AnyAsync(ct))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var held = await db.CpegMeetings.Where(m => m.MeetsOn < today).OrderByDescending(m => m.MeetsOn).FirstOrDefaultAsync(ct);
        var open = await db.AreasOfConcern.Where(c => c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Source }).ToListAsync(ct);
        if (held is null || held.MeetsOn >= today.AddDays(-3) || open.Count == 0)
        {
            return;
        }

        // The past meeting: its minutes confirmed two days after it met, so they are the record.
        held.ConfirmMinutes("Chief Executive", held.MeetsOn.AddDays(2));

        // Between meetings the chair could not wait: an urgent decision, for the next meeting to ratify.
        var urgentOn = held.MeetsOn.AddDays(7).ToDateTime(new TimeOnly(16, 10), DateTimeKind.Utc);
        var onIndicator = open.FirstOrDefault(c => c.Source == ConcernSource.Indicator) ?? open[0];
        db.UrgentDecisions.Add(new UrgentDecision(onIndicator.Id,
            "Demo: asked the Service Manager for the overdue report-back within a week, as the winter figures could not wait.", "Chief Executive", urgentOn));

        // A meeting held two days ago, still in session: the chair has not confirmed its minutes yet.
        var sitting = new CpegMeeting(today.AddDays(-2), "Demo: extra meeting on winter pressures, committee room 2.");
        var onOther = open.FirstOrDefault(c => c.Source == ConcernSource.Recommendation) ?? open[^1];
        sitting.Record(onOther.Id, "Demo: discussed the Chief Officer's action plan; CPEG will look at it again when the next report-back is in.", "CPEG member",
            today.AddDays(-2).ToDateTime(new TimeOnly(10, 45), DateTimeKind.Utc));
        db.CpegMeetings.Add(sitting);
        await db.SaveChangesAsync(ct);
    }
}
