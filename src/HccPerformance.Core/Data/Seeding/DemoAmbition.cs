using HccPerformance.Core.Ambition;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo ambition (issue 15): the Leader sets the council's ambition for two benchmarked indicators (the top quartile: this
/// year's target reaches it for one and falls short for the other, so CPEG's ambition view has a row flagged short of the
/// ambition), a Cabinet member for a plan area in words, and the Executive Member for Adult Services a stretch figure for one
/// of the department's indicators; CPEG has recorded what it asked for about the flagged row. The Executive Member's portfolio
/// spans a second department. Every word is example text for the demo. Skipped when any ambition exists.
/// </summary>
public sealed class DemoAmbition(AppDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Ambitions.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var year = ReportingPeriod.FinancialYearOf(today);
        var people = await db.Users.Where(u => u.UserName == "leader" || u.UserName == "cabinet" || u.UserName == "executive.member" || u.UserName == "cpeg.member")
            .ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName, u.DepartmentId), ct);
        if (people.Count < 4)
        {
            return;
        }

        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        if (departments.TryGetValue("CCRA", out var second) && !await db.PortfolioDepartments.AnyAsync(ct))
        {
            db.PortfolioDepartments.Add(new PortfolioDepartment(people["executive.member"].Id, second));
        }

        // Benchmarked indicators with a target this year: does the target reach the top quartile of last year's comparators?
        var targets = await (
            from i in db.Indicators.AsNoTracking()
            join t in db.Set<IndicatorTarget>() on i.Id equals t.IndicatorId
            where t.FinancialYear == year
            select new { i.Id, i.Code, i.Polarity, i.DepartmentId, t.Value }).ToListAsync(ct);
        var figures = (await db.BenchmarkResults.AsNoTracking().Where(b => b.FinancialYear == year - 1).ToListAsync(ct))
            .ToLookup(b => b.IndicatorId, b => b.Value);
        var judged = targets.Where(t => figures[t.Id].Count() >= AmbitionFlags.FewestComparators && t.Polarity is not null)
            .OrderBy(t => Indicator.NaturalKey(t.Code), StringComparer.Ordinal)
            .Select(t => (t.Id, Short: AmbitionFlags.Assess(t.Polarity, t.Value, year, null, [.. figures[t.Id]], new AmbitionLevel(year, Quartile.Top, null)).ShortOfAmbition))
            .ToList();

        var (leader, cabinet, executive, cpeg) = (people["leader"], people["cabinet"], people["executive.member"], people["cpeg.member"]);
        var days = 40;
        Ambition.Ambition Set(AmbitionSubject subject, int id, AmbitionKind kind, string position, Quartile? quartile, decimal? figure, int forYear,
            (string Id, string DisplayName, int? DepartmentId) by)
        {
            var when = now.AddDays(-days);
            days -= 7;
            var ambition = new Ambition.Ambition(subject, id, kind, position, quartile, figure, forYear, DateOnly.FromDateTime(when), by.Id, by.DisplayName, when);
            db.Ambitions.Add(ambition);
            return ambition;
        }

        if (judged.FirstOrDefault(j => j.Short) is { Id: > 0 } shortOf)
        {
            // An earlier ambition, superseded: the page keeps it as history.
            Set(AmbitionSubject.Indicator, shortOf.Id, AmbitionKind.Council, "Upper middle quartile of the benchmarking club (demo example)",
                Quartile.Second, null, year, leader);
            Set(AmbitionSubject.Indicator, shortOf.Id, AmbitionKind.Council, "Top quartile of the benchmarking club (demo example ambition)",
                Quartile.Top, null, year, leader);
            db.AmbitionRequests.Add(new AmbitionRequest(AmbitionSubject.Indicator, shortOf.Id,
                "Asked the Chief Officer to review this year's target against the top quartile and report back to CPEG (demo example).",
                cpeg.Id, cpeg.DisplayName, now.AddDays(-3)));
        }

        if (judged.FirstOrDefault(j => !j.Short) is { Id: > 0 } reaches)
        {
            Set(AmbitionSubject.Indicator, reaches.Id, AmbitionKind.Council, "Stay in the top quartile of the benchmarking club (demo example ambition)",
                Quartile.Top, null, year, leader);
        }

        // The latest plan's areas: the demo's next plan, still a draft, while the 2008-2011 plan's last year is current too (issue 16).
        var area = await db.PriorityAreas.AsNoTracking().Where(a => a.Plan!.IsCurrent && !a.IsRetired && a.Plan.StartYear == db.ImprovementPlans.Max(p => p.StartYear)).OrderBy(a => a.ThemeNumber).ThenBy(a => a.Position)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (area is { } areaId)
        {
            Set(AmbitionSubject.PlanArea, areaId, AmbitionKind.Council,
                "Among the best councils of our kind for this priority by the end of the plan (demo example ambition)", null, null, year + 1, cabinet);
        }

        if (targets.Where(t => t.DepartmentId == executive.DepartmentId && t.Polarity is not null).OrderBy(t => Indicator.NaturalKey(t.Code), StringComparer.Ordinal)
            .FirstOrDefault() is { } own)
        {
            // A stretch figure a little beyond this year's target, so the target falls short of it.
            var stretch = Math.Round(own.Polarity == Polarity.HigherIsBetter ? own.Value * 1.05m : own.Value * 0.95m, 1);
            Set(AmbitionSubject.Indicator, own.Id, AmbitionKind.BestPractice, "Match the best practice seen in peer councils (demo example stretch)",
                null, stretch, year, executive);
        }

        await db.SaveChangesAsync(ct);
    }
}
