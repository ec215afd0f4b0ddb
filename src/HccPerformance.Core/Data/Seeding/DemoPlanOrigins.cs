using HccPerformance.Core.Concerns;
using HccPerformance.Core.ImprovementPlan;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo data for where plan areas came from (issue 16): a red indicator, an inspection recommendation, an area of concern
/// and local importance, with impact assessments and service plan links. All of it is plainly demo text, invented for the
/// demo council; the 2008 plan's own words are untouched.
/// </summary>
public sealed class DemoPlanOrigins(AppDbContext db, TimeProvider clock)
{
    private const string By = "Head of Improvement";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.AreaOrigins.AnyAsync(ct))
        {
            return;
        }

        // The latest plan's areas: the demo's next plan, still a draft, while the 2008-2011 plan's last year is current too (issue 16).
        var areas = await db.PriorityAreas.AsNoTracking().Where(a => a.Plan!.IsCurrent && !a.IsRetired && a.Plan.StartYear == db.ImprovementPlans.Max(p => p.StartYear))
            .OrderBy(a => a.ThemeNumber).ThenBy(a => a.Position).ToListAsync(ct);
        if (areas.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var used = new HashSet<Guid>();
        PriorityArea? AreaFor(int? departmentId, params string[] preferred)
        {
            var area = preferred.Select(n => areas.FirstOrDefault(a => a.ShortName == n && !used.Contains(a.Lineage))).FirstOrDefault(a => a is not null)
                ?? areas.FirstOrDefault(a => a.AccountableDepartmentId == departmentId && departmentId is not null && !used.Contains(a.Lineage));
            if (area is not null)
            {
                used.Add(area.Lineage);
            }

            return area;
        }

        void Origin(PriorityArea? area, AreaOriginKind kind, int? sourceId, string title, string? reason = null)
        {
            if (area is not null)
            {
                db.AreaOrigins.Add(new AreaOrigin(area.Lineage, kind, sourceId, title, reason, By, now.AddDays(-60)));
            }
        }

        // A red indicator: the one CPEG took on as an area of concern (the demo makes it red two quarters running).
        var fromIndicator = await db.AreasOfConcern.AsNoTracking().Where(c => c.Source == ConcernSource.Indicator && c.SourceId != null)
            .OrderBy(c => c.Id).Select(c => c.SourceId).FirstOrDefaultAsync(ct);
        if (fromIndicator is { } indicatorId && await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId, ct) is { } indicator)
        {
            Origin(AreaFor(indicator.DepartmentId, "Road maintenance"), AreaOriginKind.Indicator, indicator.Id, $"{indicator.Code} {indicator.Title}");
        }

        // An inspection recommendation on extra care housing.
        var recommendation = await db.Recommendations.AsNoTracking().Where(r => r.Text.Contains("extra care")).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
        if (recommendation is not null)
        {
            var inspection = await db.Inspections.AsNoTracking().SingleAsync(i => i.Id == recommendation.InspectionId, ct);
            Origin(AreaFor(recommendation.DepartmentId, "Extra Care"), AreaOriginKind.Recommendation, recommendation.Id,
                $"{inspection.Body}, {inspection.Service}: {recommendation.Text}");
        }

        // An area of concern: the one raised from an overdue recommendation.
        var concern = await db.AreasOfConcern.AsNoTracking().Where(c => c.Source == ConcernSource.Recommendation).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (concern is not null)
        {
            Origin(AreaFor(concern.DepartmentId, "Care Services"), AreaOriginKind.Concern, concern.Id, concern.Title);
        }

        // Local importance, with the reason.
        Origin(AreaFor(null, "Rural"), AreaOriginKind.LocalImportance, null, "Local importance",
            "Demo: members asked for it after the (demo) residents' survey showed rural parishes furthest from services.");

        var extraCare = areas.FirstOrDefault(a => a.ShortName == "Extra Care");
        var personalisation = areas.FirstOrDefault(a => a.ShortName == "Personalisation");
        var road = areas.FirstOrDefault(a => a.ShortName == "Road maintenance");
        if (extraCare is not null)
        {
            db.ImpactAssessments.Add(new ImpactAssessment(extraCare.Lineage,
                "Demo: more older people able to live independently in extra care rather than move into residential care.",
                "Demo: older people assessed as needing residential care, and their carers.",
                "Demo: places offered across all districts, rural ones included; information in community languages and easy read.",
                "Demo: the number of extra care places and the rate of admissions to residential care, reported quarterly."));
        }

        if (road is not null)
        {
            db.ImpactAssessments.Add(new ImpactAssessment(road.Lineage,
                "Demo: fewer defects left unrepaired past their deadline.",
                "Demo: road users, pedestrians with limited mobility in particular.",
                "Demo: footway repairs near sheltered housing and schools come first; no group found worse off.",
                "Demo: highway defects repaired on time, and complaints about road condition."));
        }

        var adult = extraCare?.AccountableDepartmentId ?? personalisation?.AccountableDepartmentId;
        if (adult is { } adultServices)
        {
            foreach (var area in new[] { extraCare, personalisation }.OfType<PriorityArea>())
            {
                db.ServicePlanLinks.Add(new ServicePlanLink(area.Lineage, adultServices, "Demo: Adult Services service plan",
                    "https://intranet.example.org/demo/adult-services/service-plan", "Chief Officer, Adult Services", now.AddDays(-30)));
            }

            if (extraCare is not null)
            {
                db.ServicePlanLinks.Add(new ServicePlanLink(extraCare.Lineage, adultServices, "Demo: Commissioning team plan",
                    "Demo reference: Adult Services shared folder, plans, section 3", "Chief Officer, Adult Services", now.AddDays(-20)));
            }
        }

        if (road?.AccountableDepartmentId is { } environment)
        {
            db.ServicePlanLinks.Add(new ServicePlanLink(road.Lineage, environment, "Demo: Highways service plan",
                "Demo reference: Environment service plans, highways chapter", "Head of Improvement", now.AddDays(-25)));
        }

        await db.SaveChangesAsync(ct);
    }
}
