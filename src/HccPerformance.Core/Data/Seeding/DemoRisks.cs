using HccPerformance.Core.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo data for the corporate risk register and the emerging risk issues: fourteen risks across the departments, eight of
/// them strategic, scored into every band with some rising and some falling (each scored twice, so it has a history), one
/// closed; and two or three emerging risk issues per department. All invented for the demo council, and marked so.
/// Dates are relative to today, so the demo stays current.
/// </summary>
public sealed class DemoRisks(AppDbContext db, TimeProvider clock, ILogger<DemoRisks> logger)
{
    private const string Reviewer = "Corporate Performance Team (demo)";

    /// <summary>A demo risk: its first score about five months ago, and (when given) its latest at a review since.</summary>
    private sealed record DemoRisk(
        string Reference, string Title, string Department, bool Strategic, string Owner, string Description, string Controls,
        (int L, int I) First, (int L, int I)? Latest = null, int LatestDaysAgo = 21, string? Note = null, string? ClosedReason = null);

    private static readonly DemoRisk[] Risks =
    [
        new("CR 01", "Funding gap in the medium-term financial strategy", "CED", true, "Chief Executive",
            "Government grant settlements and falling income from interest on balances leave a gap between the council's spending plans and its resources over the next three years.",
            "Medium-term financial strategy refreshed twice a year; departmental savings programmes monitored monthly by CMT; general reserve held at its agreed minimum.",
            (4, 4), (4, 5), 14, "Raised: the latest settlement is lower than planned and interest rates have fallen further."),
        new("CR 02", "Demand for adult social care outstrips the budget", "AS", true, "Director of Adult Services",
            "An ageing population and more people with complex needs increase the demand for care faster than the budget grows.",
            "Eligibility applied consistently; reablement offered before long-term care; monthly budget monitoring with the Executive Member.",
            (4, 4), (5, 4), 18, "Raised: referrals rose again this quarter and two care providers have asked for higher fees."),
        new("CR 03", "Failure to safeguard a vulnerable child", "CS", true, "Director of Children's Services",
            "A child known to the council's services comes to serious harm because of a failure in practice, information sharing or capacity.",
            "Local Safeguarding Children Board oversight; case audits each month; supervision standards for every social worker; multi-agency referral arrangements.",
            (3, 5), (3, 5), 30, "No change: the controls are working, but the impact would be severe."),
        new("CR 04", "Recruitment and retention of qualified social workers", "CS", true, "Director of Children's Services",
            "Vacancies in children's social work teams lead to high caseloads and reliance on agency staff.",
            "Recruitment campaign and market supplement; a newly qualified social worker programme; agency use approved by the Director.",
            (4, 3), (3, 3), 25, "Reduced: twelve posts filled since the spring and agency use is falling."),
        new("CR 05", "Severe weather and surface water flooding", "ENV", true, "Director of Environment",
            "Heavy rain and blocked drainage flood roads and homes, disrupting services and damaging property.",
            "Drain-clearing programme targeted at known flooding sites; multi-agency flood response plan; flood alleviation schemes in priority villages.",
            (3, 4), (4, 4), 10, "Raised: autumn flooding showed more sites at risk than the programme covered."),
        new("CR 06", "Cost of waste disposal and landfill tax", "ENV", true, "Head of Waste and Resources",
            "Landfill tax rising each year and the cost of new disposal contracts put pressure on the waste budget.",
            "Recycling targets in the waste strategy; waste procurement under way with a risk-sharing model; budget provision for the landfill tax escalator.",
            (3, 3), (3, 3), 28),
        new("CR 07", "Street lighting PFI implementation", "ENV", true, "Head of Highways",
            "The street lighting private finance initiative contract is delivered late or over budget, or the replacement programme disrupts residents.",
            "Contract monitoring board meeting monthly; performance deductions in the contract; residents told before work starts in their street.",
            (3, 4), (2, 4), 35, "Reduced: the replacement programme is on schedule after its first year."),
        new("CR 08", "Major breach of information security", "CED", true, "Head of IT",
            "Personal data held by the council is lost or disclosed, harming residents and the council's reputation.",
            "Encryption of laptops and memory sticks; information governance training for all staff; annual penetration test.",
            (2, 4), (2, 5), 20, "Raised: the impact of a breach is now judged severe, after national incidents."),
        new("CR 09", "Business continuity during a flu pandemic", "CED", false, "Head of Emergency Planning",
            "A pandemic leaves many staff absent at once, so that critical services cannot be kept running.",
            "Business continuity plans for every critical service, tested this year; stock of antivirals agreed with the health service.",
            (2, 4)),
        new("CR 10", "Fall in capital receipts from property sales", "PBR", false, "Director of Property, Business and Regulatory Services",
            "The property market's downturn delays or reduces the sales the capital programme relies on.",
            "Capital programme reviewed against receipts each quarter; sales timed to the market; schemes phased so they can pause.",
            (4, 3), (3, 3), 40, "Reduced: two large sites have now completed."),
        new("CR 11", "Maintenance backlog in library buildings", "CCRA", false, "Head of Libraries",
            "Older library buildings need repairs that the maintenance budget cannot meet, risking temporary closures.",
            "Condition surveys of every library; repairs prioritised by risk to the public; some services moved to shared buildings.",
            (2, 3)),
        new("CR 12", "Loss of volunteers at countryside sites", "CCRA", false, "Head of Countryside Service",
            "Fewer volunteers would reduce opening hours and the upkeep of country parks.",
            "Volunteer co-ordinator in post; training and recognition scheme; links with local groups and schools.",
            (2, 2), (1, 2), 45, "Reduced: volunteer numbers are up since the recognition scheme started."),
        new("CR 13", "Capacity for trading standards enforcement", "PBR", false, "Head of Trading Standards",
            "New duties on the service and vacancies could limit enforcement against rogue traders.",
            "Intelligence-led targeting of enforcement; joint working with the police and neighbouring councils.",
            (2, 3), (2, 3), 50),
        new("CR 14", "Implementation of the single status pay agreement", "CED", false, "Head of Human Resources",
            "Equal pay claims and appeals arising from the new pay and grading structure.",
            "Job evaluation completed; appeals process agreed with the trade unions; provision held for back pay.",
            (3, 3), (2, 3), 90, "Reduced: appeals are nearly all heard.",
            "The agreement is in place and the appeals are resolved; what remains is managed by Human Resources as business as usual."),
    ];

    /// <summary>A demo emerging risk issue: its department, how many days ago it was raised, and what became of it.</summary>
    private sealed record DemoEmerging(
        string Department, string Title, string Description, int DaysAgo, bool ByDmt,
        EmergingRiskStatus Status = EmergingRiskStatus.Open, string? Outcome = null);

    private static readonly DemoEmerging[] Emerging =
    [
        new("AS", "Budget pressure from demand for care",
            "Referrals for home care rose by more than expected this quarter and the budget is forecast to overspend by the year end.", 12, ByDmt: false),
        new("AS", "Care home providers in financial difficulty",
            "Two care home providers have told the department their businesses are under strain; residents may need to move if either closes.", 40, ByDmt: true),
        new("CS", "New legislation on children's safeguarding",
            "New statutory guidance after national reviews will change how referrals are handled, with training and staff time needed this year.", 20, ByDmt: false),
        new("CS", "More children coming into care",
            "The number of children looked after has risen since the autumn, with placement costs above the budget.", 55, ByDmt: true),
        new("ENV", "Staff capacity in planning",
            "Vacancies in the planning teams are slowing the handling of minerals and waste applications.", 9, ByDmt: true),
        new("ENV", "Flooding in villages still waiting for their schemes",
            "October's flooding showed that several villages without alleviation schemes are at risk of repeat flooding this winter.", 75, ByDmt: false,
            EmergingRiskStatus.Escalated, "Escalated to the corporate risk register: it is now part of CR 05, severe weather and surface water flooding."),
        new("CCRA", "Reduced grant for rural bus services",
            "The grant that supports rural bus routes may be cut next year, leaving some villages without a service.", 30, ByDmt: false),
        new("CCRA", "Partner trust running a museum in difficulty",
            "The trust that runs a museum with the council reported a shortfall in visitor income.", 110, ByDmt: true,
            EmergingRiskStatus.Closed, "Closed: the trust secured funding for the next three years and visitor numbers have recovered."),
        new("PBR", "Fall in income from commercial property",
            "Rents from the council's commercial property are falling as tenants leave and units stand empty.", 25, ByDmt: false),
        new("PBR", "New legislation on food hygiene inspections",
            "New national requirements on food hygiene ratings will need more inspections than the service can carry out now.", 48, ByDmt: true),
        new("CED", "Staff capacity in IT during the systems upgrade",
            "The finance and HR systems upgrade needs the same specialist staff as day-to-day support.", 16, ByDmt: true),
        new("CED", "Budget pressure from falling interest on balances",
            "Interest rates have fallen sharply, so income from the council's balances will be well below the budget.", 35, ByDmt: false),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var seededRisks = 0;
        var seededEmerging = 0;

        if (!await db.Risks.AnyAsync(ct))
        {
            foreach (var demo in Risks)
            {
                if (!departments.TryGetValue(demo.Department, out var department))
                {
                    continue;
                }

                var risk = new Risk(demo.Reference, demo.Title, demo.Strategic);
                risk.Describe(demo.Title, "Demo data: " + demo.Description, demo.Owner, department.Id, demo.Strategic, demo.Controls);
                var firstOn = today.AddDays(-150);
                risk.Assess(demo.First.L, demo.First.I, firstOn, "Scored when the register was refreshed.", Reviewer);
                if (demo.Latest is { } latest)
                {
                    risk.Assess(latest.L, latest.I, today.AddDays(-demo.LatestDaysAgo), demo.Note, Reviewer);
                }

                if (demo.ClosedReason is { } reason)
                {
                    risk.Close(today.AddDays(-demo.LatestDaysAgo + 7), reason);
                }

                db.Risks.Add(risk);
                seededRisks++;
            }

            await db.SaveChangesAsync(ct);
        }

        if (!await db.EmergingRisks.AnyAsync(ct))
        {
            foreach (var demo in Emerging)
            {
                if (!departments.TryGetValue(demo.Department, out var department))
                {
                    continue;
                }

                var raisedBy = demo.ByDmt ? $"{department.Code} DMT" : $"Chief Officer, {department.Name}";
                var risk = new EmergingRisk(department.Id, demo.Title, "Demo data: " + demo.Description, today.AddDays(-demo.DaysAgo), raisedBy);
                if (demo.Status != EmergingRiskStatus.Open)
                {
                    risk.Update(risk.Title, risk.Description, demo.Status, demo.Outcome);
                }

                db.EmergingRisks.Add(risk);
                seededEmerging++;
            }

            await db.SaveChangesAsync(ct);
        }

        if (seededRisks + seededEmerging > 0)
        {
            logger.LogInformation("Seeded {Risks} demo risks and {Emerging} demo emerging risk issues", seededRisks, seededEmerging);
        }
    }
}
