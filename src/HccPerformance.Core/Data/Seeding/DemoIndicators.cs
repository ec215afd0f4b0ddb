using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo data for indicators: who answers for the seeded national indicators, thirteen local measures named plainly as demo
/// ones, scorecard memberships, targets and three years of quarterly results with a mix of green, amber and red and a few
/// figures in doubt. The national indicators' results are the Local Area Agreement's three years, 2008/09 to 2010/11: the
/// National Indicator Set ended in March 2011, so an NI figure for a later year would be an impossible fact. The current
/// years belong to the council's own local measures, which carry the scorecards, the dashboard, reports and concerns now.
/// Every figure here is invented for the demo; the national indicators' titles and polarities are not.
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
        new("DEMO 10", "Demo local measure: waste reused, recycled or composted at the council's recycling centres", "ENV", Polarity.HigherIsBetter, "%", "Local PIs"),
        new("DEMO 11", "Demo local measure: school transport applications decided within 20 working days", "CS", Polarity.HigherIsBetter, "%", "Local PIs"),
        new("DEMO 12", "Demo local measure: residents who feel the council keeps them well informed", "CED", Polarity.HigherIsBetter, "%", "Community Intelligence"),
        new("DEMO 13", "Demo local measure: street light faults repaired within five working days", "ENV", Polarity.HigherIsBetter, "%", "Local PIs"),
    ];

    /// <summary>
    /// The local measures seeded before the national results moved to 2008-2011 keep their place in the numbering (0-8), and
    /// the national indicators theirs (9-27), so each series keeps the figures and colours it had; the later locals follow.
    /// </summary>
    private const int FirstNationalNumber = 9;
    private const int FirstLaterLocalNumber = 28;
    private const int EarlierLocals = 9;

    private static readonly Dictionary<string, string> NationalDepartments = new()
    {
        ["NI 1"] = "CED", ["NI 2"] = "CED", ["NI 4"] = "CED", ["NI 5"] = "CED", ["NI 48"] = "ENV", ["NI 117"] = "CS",
        ["NI 154"] = "ENV", ["NI 155"] = "ENV", ["NI 156"] = "ENV", ["NI 157"] = "ENV", ["NI 158"] = "ENV", ["NI 159"] = "ENV",
        ["NI 185"] = "ENV", ["NI 186"] = "ENV", ["NI 188"] = "ENV", ["NI 191"] = "ENV", ["NI 192"] = "ENV", ["NI 193"] = "ENV", ["NI 195"] = "ENV",
    };

    /// <summary>The demo's Service Manager (Environment) answers for these.</summary>
    private static readonly string[] ServiceManagerCodes = ["NI 48", "NI 185", "NI 191", "NI 192", "NI 193", "DEMO 8", "DEMO 10", "DEMO 13"];

    private static readonly string[] Laa = ["NI 1", "NI 48", "NI 117", "NI 154", "NI 191", "NI 192", "NI 195"];
    /// <summary>
    /// The first and last financial years of the Local Area Agreements (2008-2011), of their stretch targets and of the
    /// National Indicator Set (public-reference-notes.md, section 1): the years the national indicators have demo results.
    /// </summary>
    private const int FirstLaaYear = 2008;
    private const int LastLaaYear = 2010;

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

        var scorecards = await db.Scorecards.Include(s => s.Members).Where(s => s.RetiredOn == null).ToDictionaryAsync(s => s.Name, ct);
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

        // The local measures: twelve quarters up to the last one that has ended. The national indicators: the twelve quarters
        // of the LAA and the National Indicator Set, April 2008 to March 2011, and none after.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = ResultPeriod.Containing(today, Frequency.Quarterly);
        last = new ResultPeriod(last.Start.AddMonths(-3), Frequency.Quarterly);
        var recent = Enumerable.Range(0, 12).Select(n => new ResultPeriod(last.Start.AddMonths(-3 * (11 - n)), Frequency.Quarterly)).ToList();
        var laaYears = Enumerable.Range(0, 12).Select(n => new ResultPeriod(new DateOnly(FirstLaaYear, 4, 1).AddMonths(3 * n), Frequency.Quarterly)).ToList();
        var nationals = indicators.Where(i => i.IsNational).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        for (var n = 0; n < nationals.Count; n++)
        {
            Seed(nationals[n], FirstNationalNumber + n, laaYears);
        }

        var others = indicators.Where(i => !i.IsNational).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        for (var n = 0; n < others.Count; n++)
        {
            var place = Array.FindIndex(Locals, l => l.Code == others[n].Code);
            var number = place is >= 0 and < EarlierLocals ? place : FirstLaterLocalNumber + (place >= 0 ? place - EarlierLocals : Locals.Length + n);
            Seed(others[n], number, recent);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Where each measure's demo figures sit: a base figure, the decimals it is given to and the range it can take. The
    /// national indicators sit near the public figures in shared/data where those exist (NI 1: 72.4 in one council, 60.8-85.1
    /// across its region; NI 195: national benchmarks of 1-21 % of sites below grade B) and within their unit's range
    /// otherwise (percentages 0-100, NI 188's levels 0-4, counts never negative). The figures themselves are invented.
    /// </summary>
    private sealed record Profile(decimal Base, int Decimals, decimal Min, decimal Max);

    private const decimal NoMaximum = decimal.MaxValue;

    private static readonly Dictionary<string, Profile> Profiles = new()
    {
        ["NI 1"] = new(74m, 1, 60.8m, 85.1m),
        ["NI 2"] = new(58m, 1, 0m, 100m),
        ["NI 4"] = new(29m, 1, 0m, 100m),
        ["NI 5"] = new(81m, 1, 0m, 100m),
        ["NI 48"] = new(18m, 1, 0m, 100m),
        ["NI 117"] = new(5.6m, 1, 0m, 100m),
        ["NI 154"] = new(720m, 0, 0m, NoMaximum),
        ["NI 155"] = new(190m, 0, 0m, NoMaximum),
        ["NI 156"] = new(140m, 0, 0m, NoMaximum),
        ["NI 157"] = new(78m, 1, 0m, 100m),
        ["NI 158"] = new(88m, 1, 0m, 100m),
        ["NI 159"] = new(96m, 1, 0m, 100m),
        ["NI 185"] = new(4.2m, 1, 0m, 100m),
        ["NI 186"] = new(3.1m, 1, 0m, 100m),
        ["NI 188"] = new(2m, 0, 0m, 4m),
        ["NI 191"] = new(152m, 0, 0m, NoMaximum),
        ["NI 192"] = new(41m, 1, 0m, 100m),
        ["NI 193"] = new(31m, 1, 0m, 100m),
        ["NI 195"] = new(9m, 1, 1m, 21m),
        ["DEMO 1"] = new(9m, 1, 0m, NoMaximum),
        ["DEMO 2"] = new(88m, 1, 0m, 100m),
        ["DEMO 3"] = new(79m, 1, 0m, 100m),
        ["DEMO 4"] = new(1100m, 0, 0m, NoMaximum),
        ["DEMO 5"] = new(62m, 1, 0m, 100m),
        ["DEMO 6"] = new(82m, 1, 0m, NoMaximum),
        ["DEMO 7"] = new(74m, 1, 0m, 100m),
        ["DEMO 8"] = new(86m, 1, 0m, 100m),
        ["DEMO 9"] = new(92m, 1, 0m, 100m),
        ["DEMO 10"] = new(64m, 1, 0m, 100m),
        ["DEMO 11"] = new(91m, 1, 0m, 100m),
        ["DEMO 12"] = new(57m, 1, 0m, 100m),
        ["DEMO 13"] = new(83m, 1, 0m, 100m),
    };

    /// <summary>
    /// Measures whose latest quarter is designed red, amber or green whatever their place. The red local measures are the
    /// Environment Service Manager's own, so the report-backs CPEG asks for come from the person who answers for them: highway
    /// defects (the demo's concern), recycling centres (the concern CPEG raises in the browser journey) and street lights
    /// (the one its meeting journey raises). NI 192 (recycling) is red at the end of the LAA, in March 2011.
    /// </summary>
    private static readonly Dictionary<string, int> Outcomes = new()
    {
        ["DEMO 8"] = 2, ["DEMO 4"] = 1, ["DEMO 10"] = 2, ["DEMO 11"] = 0, ["DEMO 12"] = 1, ["DEMO 13"] = 2, ["NI 192"] = 2,
    };

    /// <summary>
    /// A believable series: a base, a drift and some noise, fixed by the indicator's place so the demo is the same every time.
    /// Targets are set against each year's last figure so that the latest quarter lands green, amber or red by design.
    /// Stretch targets only for the LAA's own years (2008/09 to 2010/11): the Local Area Agreements ended in March 2011.
    /// </summary>
    private void Seed(Indicator indicator, int n, List<ResultPeriod> quarters)
    {
        var random = new Random(1000 + n);
        var profile = Profiles.GetValueOrDefault(indicator.Code) ?? new Profile(100m + random.Next(400), 0, 0m, NoMaximum);
        decimal Fit(decimal value, int decimals) => Math.Clamp(Math.Round(value, decimals), profile.Min, profile.Max);
        var better = indicator.Polarity == Polarity.LowerIsBetter ? -1m : 1m;
        var drift = profile.Base * 0.006m * better * (n % 4 == 3 ? -1 : 1);
        var values = new List<decimal>();
        for (var q = 0; q < quarters.Count; q++)
        {
            var noise = ((decimal)random.NextDouble() - 0.5m) * profile.Base * 0.03m;
            values.Add(Fit(profile.Base + (drift * q) + noise, profile.Decimals));
        }

        // Green, amber or red by design for the latest quarter: 0 easy target, 1 just missed, 2 well missed.
        var outcome = Outcomes.TryGetValue(indicator.Code, out var designed) ? designed : (n % 6) switch { 1 or 4 => 1, 3 => 2, _ => 0 };
        var factor = outcome switch { 0 => 0.97m, 1 => 1.025m, _ => 1.09m };
        foreach (var year in quarters.Select(q => q.FinancialYear).Distinct())
        {
            var lastInYear = values[quarters.FindLastIndex(q => q.FinancialYear == year)];
            var target = better > 0 ? lastInYear * factor : lastInYear / factor;
            indicator.SetTarget(year, Fit(target, 1), isStretch: Laa.Contains(indicator.Code) && year <= LastLaaYear);
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

            // Entered three weeks after the quarter ends, or today for a quarter that ended less than three weeks ago.
            var recorded = new[] { quarters[q].End.AddDays(20).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), clock.GetUtcNow().UtcDateTime }.Min();
            var result = new IndicatorResult(indicator.Id, quarters[q], values[q], note, quality, ResultSource.Entered, recorder, recorded);
            if (q == quarters.Count - 2 && n % 6 == 0)
            {
                // One corrected figure each, so the history shows how a correction keeps what it replaced.
                result = new IndicatorResult(indicator.Id, quarters[q], Fit(values[q] * 0.96m, profile.Decimals), null, DataQuality.Estimated, ResultSource.Entered, recorder, recorded);
                result.Correct(values[q], "Demo: corrected when the confirmed figure came in.", DataQuality.Confirmed, ResultSource.Entered, recorder, recorded.AddDays(14));
            }

            db.IndicatorResults.Add(result);
        }
    }
}
