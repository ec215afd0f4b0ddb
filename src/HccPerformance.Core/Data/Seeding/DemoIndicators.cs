using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo data for indicators: who answers for the seeded national indicators, nine local measures named plainly as demo
/// ones, scorecard memberships, targets and three years of quarterly results with a mix of green, amber and red and a few
/// figures in doubt. Every figure here is invented for the demo; the national indicators' titles and polarities are not.
/// </summary>
public sealed class DemoIndicators(AppDbContext db, TimeProvider clock)
{
    private sealed record Local(string Code, string Title, string Department, Polarity Polarity, string? Unit, string Scorecard);

    private static readonly Local[] Locals =
    [
        new("DEMO 1", "Demo local measure: days lost to sickness per employee", "CED", Polarity.LowerIsBetter, "days", "Value for Money"),
        new("DEMO 2", "Demo local measure: invoices paid within 30 days", "PBR", Polarity.HigherIsBetter, "%", "Value for Money"),
        new("DEMO 3", "Demo local measure: contact centre calls answered within 20 seconds", "CED", Polarity.HigherIsBetter, "%", "Community Intelligence"),
        new("DEMO 4", "Demo local measure: library visits per 1,000 residents", "CCRA", Polarity.HigherIsBetter, null, "Local PIs"),
        new("DEMO 5", "Demo local measure: residents satisfied with the council", "CED", Polarity.HigherIsBetter, "%", "Community Intelligence"),
        new("DEMO 6", "Demo local measure: waste disposal cost per household", "ENV", Polarity.LowerIsBetter, "£", "Value for Money"),
        new("DEMO 7", "Demo local measure: care assessments completed within 28 days", "AS", Polarity.HigherIsBetter, "%", "Local PIs"),
        new("DEMO 8", "Demo local measure: highway defects repaired on time", "ENV", Polarity.HigherIsBetter, "%", "Local PIs"),
        new("DEMO 9", "Demo local measure: efficiency savings delivered against plan", "PBR", Polarity.HigherIsBetter, "%", "Value for Money"),
    ];

    private static readonly Dictionary<string, string> NationalDepartments = new()
    {
        ["NI 1"] = "CED", ["NI 2"] = "CED", ["NI 4"] = "CED", ["NI 5"] = "CED", ["NI 48"] = "ENV", ["NI 117"] = "CS",
        ["NI 154"] = "ENV", ["NI 155"] = "ENV", ["NI 156"] = "ENV", ["NI 157"] = "ENV", ["NI 158"] = "ENV", ["NI 159"] = "ENV",
        ["NI 185"] = "ENV", ["NI 186"] = "ENV", ["NI 188"] = "ENV", ["NI 191"] = "ENV", ["NI 192"] = "ENV", ["NI 193"] = "ENV", ["NI 195"] = "ENV",
    };

    /// <summary>The demo's Service Manager (Environment) answers for these.</summary>
    private static readonly string[] ServiceManagerCodes = ["NI 48", "NI 185", "NI 191", "NI 192", "NI 193", "DEMO 8"];

    private static readonly string[] Laa = ["NI 1", "NI 48", "NI 117", "NI 154", "NI 191", "NI 192", "NI 195"];
    private static readonly string[] CommunityIntelligence = ["NI 1", "NI 2", "NI 4", "NI 5"];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.IndicatorResults.AnyAsync(ct))
        {
            return;
        }

        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var serviceManager = await db.Users.Where(u => u.UserName == "service.manager").Select(u => u.Id).SingleOrDefaultAsync(ct);
        var held = await db.Indicators.Select(i => i.Code).ToListAsync(ct);
        foreach (var local in Locals.Where(l => !held.Contains(l.Code)))
        {
            var indicator = new Indicator(local.Code, local.Title, local.Polarity, Frequency.Quarterly, IndicatorSource.Council, isNational: false);
            indicator.Describe(null, local.Unit, "Demo data: a local measure invented for the demo council.");
            db.Indicators.Add(indicator);
        }

        await db.SaveChangesAsync(ct);
        var indicators = await db.Indicators.Include(i => i.Targets).ToListAsync(ct);
        var byCode = indicators.ToDictionary(i => i.Code);
        foreach (var indicator in indicators)
        {
            var department = NationalDepartments.GetValueOrDefault(indicator.Code) ?? Locals.FirstOrDefault(l => l.Code == indicator.Code)?.Department;
            indicator.AssignResponsibility(department is null ? null : departments.GetValueOrDefault(department),
                ServiceManagerCodes.Contains(indicator.Code) ? serviceManager : null);
        }

        var scorecards = await db.Scorecards.Include(s => s.Members).ToDictionaryAsync(s => s.Name, ct);
        foreach (var code in Laa.Where(byCode.ContainsKey))
        {
            scorecards["LAA"].Add(byCode[code].Id, code is "NI 192" or "NI 117" ? 2m : 1m);
        }

        foreach (var code in CommunityIntelligence.Where(byCode.ContainsKey))
        {
            scorecards["Community Intelligence"].Add(byCode[code].Id, 1m);
        }

        foreach (var local in Locals)
        {
            scorecards[local.Scorecard].Add(byCode[local.Code].Id, 1m);
            if (local.Scorecard != "Local PIs")
            {
                scorecards["Local PIs"].Add(byCode[local.Code].Id, 1m);
            }
        }

        // Twelve quarters up to the last one that has ended.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = ResultPeriod.Containing(today, Frequency.Quarterly);
        last = new ResultPeriod(last.Start.AddMonths(-3), Frequency.Quarterly);
        var quarters = Enumerable.Range(0, 12).Select(n => new ResultPeriod(last.Start.AddMonths(-3 * (11 - n)), Frequency.Quarterly)).ToList();
        var ordered = indicators.OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        for (var n = 0; n < ordered.Count; n++)
        {
            Seed(ordered[n], n, quarters);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A believable series: a base, a drift and some noise, fixed by the indicator's place so the demo is the same every time.
    /// Targets are set against each year's last figure so that the latest quarter lands green, amber or red by design.
    /// </summary>
    private void Seed(Indicator indicator, int n, List<ResultPeriod> quarters)
    {
        var random = new Random(1000 + n);
        // Titles that name a share ("% of people", "Percentage of") get figures that read as percentages.
        var isPercent = indicator.Unit == "%" || indicator.Title.StartsWith('%') || indicator.Title.StartsWith("Percentage", StringComparison.Ordinal);
        var baseValue = isPercent ? 55m + random.Next(30) : indicator.Unit == "days" ? 9m : indicator.Unit == "£" ? 82m : 100m + random.Next(400);
        var better = indicator.Polarity == Polarity.LowerIsBetter ? -1m : 1m;
        var drift = baseValue * 0.006m * better * (n % 4 == 3 ? -1 : 1);
        var values = new List<decimal>();
        for (var q = 0; q < quarters.Count; q++)
        {
            var noise = ((decimal)random.NextDouble() - 0.5m) * baseValue * 0.03m;
            var value = Math.Round(baseValue + (drift * q) + noise, isPercent || baseValue < 100 ? 1 : 0);
            values.Add(isPercent ? Math.Min(99.5m, value) : value);
        }

        // Green, amber or red by design for the latest quarter: 0 easy target, 1 just missed, 2 well missed.
        var outcome = (n % 6) switch { 1 or 4 => 1, 3 => 2, _ => 0 };
        var factor = outcome switch { 0 => 0.97m, 1 => 1.025m, _ => 1.09m };
        foreach (var year in quarters.Select(q => q.FinancialYear).Distinct())
        {
            var lastInYear = values[quarters.FindLastIndex(q => q.FinancialYear == year)];
            var target = better > 0 ? lastInYear * factor : lastInYear / factor;
            indicator.SetTarget(year, Math.Round(target, 1), isStretch: Laa.Contains(indicator.Code));
        }

        var recorder = indicator.Source == IndicatorSource.DataHub ? "National Data Hub (demo)" : "Demo data";
        for (var q = 0; q < quarters.Count; q++)
        {
            var quality = DataQuality.Confirmed;
            string? note = null;
            if (q == quarters.Count - 1 && n % 7 == 5)
            {
                quality = DataQuality.InDoubt;
                note = "Demo: the return is being checked after a change of system; treat the figure with care.";
            }
            else if (q == quarters.Count - 1 && n % 5 == 2)
            {
                quality = DataQuality.Estimated;
                note = "Demo: estimated from two months' figures; the third month follows.";
            }

            var recorded = quarters[q].End.AddDays(20).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var result = new IndicatorResult(indicator.Id, quarters[q], values[q], note, quality, ResultSource.Entered, recorder, recorded);
            if (q == quarters.Count - 2 && n % 6 == 0)
            {
                // One corrected figure each, so the history shows how a correction keeps what it replaced.
                result = new IndicatorResult(indicator.Id, quarters[q], Math.Round(values[q] * 0.96m, 1), null, DataQuality.Estimated, ResultSource.Entered, recorder, recorded);
                result.Correct(values[q], "Demo: corrected when the confirmed figure came in.", DataQuality.Confirmed, ResultSource.Entered, recorder, recorded.AddDays(14));
            }

            db.IndicatorResults.Add(result);
        }
    }
}
