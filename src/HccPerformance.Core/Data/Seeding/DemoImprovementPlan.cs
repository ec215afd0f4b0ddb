using HccPerformance.Core.Common;
using HccPerformance.Core.ImprovementPlan;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo data for the plan, kept apart from the plan's own words: who is accountable for each area, its cross-cutting
/// tags, and for some areas targets, milestones and progress. The owners, figures and commentary are invented for the demo.
/// </summary>
public sealed class DemoImprovementPlan(AppDbContext db)
{
    private static readonly Dictionary<string, (string Department, CrossCuttingTags Tags)> Owners = new()
    {
        ["Community safety"] = ("CCRA", CrossCuttingTags.CommunitySafety),
        ["Personalisation"] = ("AS", CrossCuttingTags.EqualityAndDiversity),
        ["Road maintenance"] = ("ENV", CrossCuttingTags.None),
        ["Road Safety"] = ("ENV", CrossCuttingTags.CommunitySafety),
        ["Schools"] = ("CS", CrossCuttingTags.None),
        ["Culture & recreation"] = ("CCRA", CrossCuttingTags.EqualityAndDiversity),
        ["Extra Care"] = ("AS", CrossCuttingTags.None),
        ["Care Services"] = ("AS", CrossCuttingTags.None),
        ["Waste"] = ("ENV", CrossCuttingTags.Sustainability),
        ["Community intelligence & engagement"] = ("CED", CrossCuttingTags.EqualityAndDiversity),
        ["Service channels"] = ("CED", CrossCuttingTags.None),
        ["Locality working"] = ("CED", CrossCuttingTags.CommunitySafety),
        ["Rural"] = ("CCRA", CrossCuttingTags.EqualityAndDiversity | CrossCuttingTags.Sustainability),
        ["Inequalities"] = ("CED", CrossCuttingTags.EqualityAndDiversity),
        ["Children in Care"] = ("CS", CrossCuttingTags.None),
        ["Vulnerable groups"] = ("CS", CrossCuttingTags.EqualityAndDiversity),
        ["Children with disabilities"] = ("CS", CrossCuttingTags.EqualityAndDiversity),
        ["Health services"] = ("CS", CrossCuttingTags.None),
        ["NEET"] = ("CS", CrossCuttingTags.EqualityAndDiversity),
        ["Permanently excluded from school"] = ("CS", CrossCuttingTags.CommunitySafety),
        ["Quality of life"] = ("AS", CrossCuttingTags.None),
        ["Learning disabilities"] = ("AS", CrossCuttingTags.EqualityAndDiversity),
        ["Deprived communities"] = ("CCRA", CrossCuttingTags.EqualityAndDiversity | CrossCuttingTags.CommunitySafety),
        ["Value for money"] = ("CED", CrossCuttingTags.None),
        ["Strategic HR"] = ("CED", CrossCuttingTags.EqualityAndDiversity),
        ["VCS"] = ("CCRA", CrossCuttingTags.None),
        ["Joint working with health"] = ("AS", CrossCuttingTags.None),
        ["Sustainability & climate change"] = ("ENV", CrossCuttingTags.Sustainability),
        ["Growth"] = ("ENV", CrossCuttingTags.Sustainability),
        ["Street lighting PFI"] = ("ENV", CrossCuttingTags.CommunitySafety),
    };

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var plan = await db.ImprovementPlans.Include(p => p.Areas).ThenInclude(a => a.Progress)
            .Include(p => p.Areas).ThenInclude(a => a.Targets)
            .Include(p => p.Areas).ThenInclude(a => a.Milestones)
            .Include(p => p.Areas).ThenInclude(a => a.InvolvedDepartments)
            .SingleOrDefaultAsync(p => p.StartYear == ImprovementPlanSeed.StartYear && p.FocusYear == ImprovementPlanSeed.StartYear, ct);
        if (plan is null || plan.Areas.Any(a => a.AccountableDepartmentId is not null))
        {
            return;
        }

        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var periods = await db.ReportingPeriods.ToDictionaryAsync(p => (p.FinancialYear, p.Quarter), p => p, ct);
        foreach (var area in plan.Areas)
        {
            // The two Safeguarding areas share a name; the description tells children's from adults'.
            var (code, tags) = area.ShortName == "Safeguarding"
                ? (area.Description.Contains("child", StringComparison.OrdinalIgnoreCase) ? "CS" : "AS", CrossCuttingTags.CommunitySafety)
                : Owners.GetValueOrDefault(area.ShortName, ("CED", CrossCuttingTags.None));
            var others = area.ShortName switch
            {
                "Inequalities" or "Deprived communities" => new[] { "AS", "CS" },
                "Joint working with health" => ["CS"],
                "Growth" => ["PBR"],
                "Value for money" => ["PBR"],
                _ => [],
            };
            area.AssignAccountability(departments[code], others.Select(o => departments[o]), tags);
        }

        void Progress(string name, params (int Year, int Quarter, Rag Rag, string Commentary)[] updates)
        {
            var area = plan.Areas.First(a => a.ShortName == name);
            foreach (var (year, quarter, rag, commentary) in updates)
            {
                var period = periods[(year, quarter)];
                area.RecordProgress(period.Id, rag, commentary, $"Chief Officer ({name}), demo", period.EndDate.AddDays(20).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
            }
        }

        var waste = plan.Areas.First(a => a.ShortName == "Waste");
        waste.AddTarget("Household waste sent for reuse, recycling and composting (demo figures)", "%", 38m, 45m, new DateOnly(2010, 3, 31), higherIsBetter: true)
            .RecordValue(46.5m, new DateOnly(2010, 3, 31));
        waste.AddMilestone("New recycling contract let (demo)", new DateOnly(2009, 6, 30)).Complete(new DateOnly(2009, 6, 12));
        Progress("Waste", (2008, 3, Rag.Amber, "Recycling is rising but below the path to the target; the new contract is being procured."),
            (2009, 1, Rag.Green, "Contract let on time; recycling is now on the path to the target."));

        var roads = plan.Areas.First(a => a.ShortName == "Road maintenance");
        roads.AddMilestone("Pot-hole prevention programme approved by the Executive Member (demo)", new DateOnly(2009, 9, 30));
        roads.AddTarget("Principal roads where maintenance should be considered (demo figures)", "%", 9m, 7m, new DateOnly(2010, 3, 31), higherIsBetter: false)
            .RecordValue(8.2m, new DateOnly(2010, 3, 31));
        Progress("Road maintenance", (2008, 3, Rag.Amber, "Winter damage was worse than planned for; spending is being reprioritised."));

        var neet = plan.Areas.First(a => a.ShortName == "NEET");
        neet.AddTarget("Young people aged 16 to 18 not in education, employment or training (demo figures)", "%", 6.1m, 5.5m, new DateOnly(2011, 3, 31), higherIsBetter: false)
            .RecordValue(5.3m, new DateOnly(2011, 3, 31));
        Progress("NEET", (2008, 4, Rag.Amber, "The recession has reduced apprenticeship places; targeted work with colleges has started."),
            (2009, 2, Rag.Green, "Numbers are falling in every district."));

        Progress("Personalisation", (2008, 4, Rag.Green, "Personal budgets are being offered to every new client in two pilot areas."));
        Progress("Children in Care", (2009, 1, Rag.Red, "Placement moves rose this quarter; a placement stability panel now reviews every second move."));
        Progress("Street lighting PFI", (2008, 3, Rag.Amber, "Contract close was delayed by a month; the risk register has been refreshed."));
        plan.Areas.First(a => a.ShortName == "Strategic HR").AddMilestone("Workforce plan agreed by CMT (demo)", new DateOnly(2009, 3, 31)).Complete(new DateOnly(2009, 3, 20));

        await db.SaveChangesAsync(ct);
    }
}
