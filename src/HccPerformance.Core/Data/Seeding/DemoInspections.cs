using HccPerformance.Core.Inspections;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo inspections over the last three years, every department among them, each with recommendations owned by role: most
/// of the older ones complete with their evidence, some in progress or not started, and several overdue. The inspecting
/// bodies are the real ones of the time; the services are marked "(demo)" and the findings, owners and evidence are invented.
/// Dates are relative to today, so the demo stays current. Skipped when any inspection exists.
/// </summary>
public sealed class DemoInspections(AppDbContext db, TimeProvider clock)
{
    private sealed record DemoRecommendation(string Text, string Owner, string? Department, int DueMonths, RecommendationStatus Status, string? Evidence = null);

    private sealed record DemoInspection(string Body, string Service, string Department, int MonthsAgo, DemoRecommendation[] Recommendations);

    private const RecommendationStatus Complete = RecommendationStatus.Complete;
    private const RecommendationStatus InProgress = RecommendationStatus.InProgress;
    private const RecommendationStatus NotStarted = RecommendationStatus.NotStarted;

    private static readonly DemoInspection[] Inspections =
    [
        new("Commission for Social Care Inspection (CSCI)", "Adult social care: services for older people (demo)", "AS", 35,
        [
            new("Reduce the time older people wait for an assessment of their needs", "Head of Assessment and Care Management", null, 6, Complete,
                "Waiting times reported to the Adult Services DMT monthly: 91% of assessments within four weeks for the last two quarters (demo figures)."),
            new("Increase the take-up of direct payments by older people and their carers", "Head of Personalisation", null, 12, Complete,
                "Direct payments action plan completed; take-up doubled over the year (demo figures in the quarterly performance report)."),
            new("Involve carers in planning services and agree a carers' strategy with them", "Head of Commissioning (Adult Services)", null, 9, Complete,
                "Carers' strategy agreed by Cabinet after consultation with the carers' forum (demo)."),
            new("Record every safeguarding adults referral and its outcome on the case management system", "Head of Safeguarding Adults", null, 6, Complete,
                "Audit of referrals by internal audit: all referrals in the sample recorded with outcomes (demo)."),
            new("Develop extra care housing as an alternative to residential care", "Head of Commissioning (Adult Services)", null, 30, InProgress,
                "Two schemes open; the third is delayed by the planning application (demo)."),
        ]),
        new("Ofsted", "Children's services: safeguarding and looked after children (demo)", "CS", 32,
        [
            new("Ensure every child with a child protection plan has a named qualified social worker and is visited at least every four weeks",
                "Head of Safeguarding (Children's Services)", null, 3, Complete,
                "Monthly case file audit reported to the Children's Services DMT: every child allocated and visited within four weeks for six months running (demo)."),
            new("Reduce the reliance on agency social workers through a recruitment and retention strategy", "Head of Children's Social Care", null, 12, Complete,
                "Strategy agreed by Cabinet; agency staff down from 28% to 11% of social workers (demo figures)."),
            new("Complete initial and core assessments within the national timescales", "Head of Children's Social Care", null, 6, Complete,
                "Assessment timeliness on target for four quarters in the department's performance report (demo figures)."),
            new("Review the care plans of looked after children within statutory timescales", "Independent Reviewing Service Manager", null, 6, Complete,
                "Reviewing service annual report: 97% of reviews held on time (demo figures)."),
            new("Strengthen the participation of looked after children in their reviews and in planning services", "Head of Looked After Children", null, 18, InProgress,
                "Children in care council set up; participation in reviews not yet measured (demo)."),
            new("Improve the stability of placements by recruiting more local foster carers", "Head of Looked After Children", null, 24, InProgress),
        ]),
        new("Museums, Libraries and Archives Council (MLA)", "Public library service: assessment against the national standards (demo)", "CCRA", 26,
        [
            new("Extend opening hours at the largest libraries into evenings and Sundays", "Head of Libraries", null, 12, Complete,
                "New opening hours in place at the five largest libraries since the spring (demo)."),
            new("Develop the mobile library service for rural communities", "Head of Libraries", null, 9, Complete,
                "Two new mobile routes serving 40 villages, agreed with the parish councils (demo)."),
            new("Consult users and people who do not use libraries about the service", "Head of Libraries", null, 6, Complete,
                "Survey of 2,000 residents reported to the Culture, Communities and Rural Affairs DMT (demo)."),
            new("Replace the library management system and offer reservations online", "Head of Libraries", null, 24, InProgress,
                "Supplier chosen; the data migration has slipped by a quarter (demo)."),
        ]),
        new("Local Better Regulation Office (LBRO)", "Trading standards: regulatory services review (demo)", "PBR", 20,
        [
            new("Base the inspection programme on an assessment of the risk each business presents", "Head of Trading Standards", null, 6, Complete,
                "Risk-based inspection programme adopted for the year (demo)."),
            new("Give businesses clearer advice and guidance on compliance", "Head of Trading Standards", null, 9, Complete,
                "Business advice pages and a helpline launched with the Chamber of Commerce (demo)."),
            new("Work with the police against doorstep crime and rogue traders", "Head of Trading Standards", null, 12, Complete,
                "Joint rapid response protocol signed with the police; 24 no cold calling zones set up (demo)."),
            new("Measure the outcomes of enforcement work, not only the activity", "Head of Trading Standards", null, 18, InProgress),
        ]),
        new("Audit Commission", "Use of resources (demo)", "CED", 15,
        [
            new("Link the medium term financial strategy to the priorities of the Corporate Improvement Plan", "Director of Resources", "CED", 6, Complete,
                "Medium term financial strategy approved by Council with each priority area costed (demo)."),
            new("Manage the council's property as a corporate asset, with an asset management plan", "Head of Property Services", "PBR", 9, InProgress,
                "Draft asset management plan written; the condition surveys are not finished (demo)."),
            new("Make data quality arrangements consistent across departments, with a named owner for every indicator", "Head of Improvement", "CED", 6, Complete,
                "Data quality policy agreed by CMT; every indicator has a Service Manager named (demo)."),
            new("Report value for money comparisons for the highest-cost services to Cabinet", "Head of Finance", "CED", 12, InProgress),
            new("Set out how the council will reduce carbon emissions from its own buildings and vehicles", "Head of Sustainability", "ENV", 12, NotStarted),
            new("Save money through procurement shared with neighbouring councils", "Head of Procurement", "CED", 18, InProgress,
                "Joint framework for highways materials let with two neighbouring councils (demo)."),
        ]),
        new("Audit Commission", "Highways maintenance and street lighting (demo)", "ENV", 11,
        [
            new("Adopt a highway asset management plan that sets priorities for structural maintenance", "Head of Highways", null, 6, Complete,
                "Highway asset management plan approved by the Executive Member for Environment (demo)."),
            new("Clear the backlog of reported defects and meet the response times of the highways maintenance policy", "Head of Highways", null, 9, InProgress,
                "Backlog down by half; response times met for urgent defects only (demo)."),
            new("Tell the public about planned road works and how to report a defect", "Customer Services Manager (Environment)", null, 4, Complete,
                "Road works map and online defect reporting on the council's website (demo)."),
            new("Monitor the street lighting PFI contractor against the output specification", "Street Lighting PFI Contract Manager", null, 6, NotStarted),
            new("Agree a winter maintenance plan with the district councils", "Head of Highways", null, 12, NotStarted),
        ]),
        new("Care Quality Commission (CQC)", "Adult social care: annual performance assessment (demo)", "AS", 7,
        [
            new("Offer a personal budget to every eligible new service user", "Head of Personalisation", null, 12, InProgress,
                "Personal budgets offered to new users in two of the four localities (demo)."),
            new("Audit the quality of safeguarding investigations every quarter", "Head of Safeguarding Adults", null, 3, Complete,
                "First two quarterly audits reported to the Safeguarding Adults Board (demo)."),
            new("Agree joint commissioning plans with the primary care trust for people with learning disabilities", "Head of Commissioning (Adult Services)", null, 6, NotStarted),
            new("Publish information about services in accessible formats", "Head of Customer Services (Adult Services)", null, 9, NotStarted),
        ]),
        new("Ofsted", "Adult and community learning (demo)", "CCRA", 4,
        [
            new("Record learners' progress and achievement on every course", "Head of Adult Learning", null, 6, InProgress),
            new("Widen participation among learners from the most deprived communities", "Head of Adult Learning", null, 12, NotStarted),
            new("Strengthen the observation of teaching and learning", "Head of Adult Learning", null, 3, Complete,
                "Observation scheme in place; every tutor observed this term (demo)."),
        ]),
    ];

    /// <summary>Example judgements of the strategic demo inspections, by service: "example" in the words, so nobody takes them for real.</summary>
    private static readonly Dictionary<string, string> Judgements = new(StringComparer.Ordinal)
    {
        ["Children's services: safeguarding and looked after children (demo)"] = "Example rating: adequate (demo)",
        ["Use of resources (demo)"] = "Example score: 3 out of 4, performing well (demo)",
        ["Adult social care: annual performance assessment (demo)"] = "Example judgement: good, 2 stars (demo)",
    };

    private sealed record DemoExpected(string Inspectorate, string Service, string? Department, int MonthsAhead, string Scope);

    /// <summary>The forward programme: a few inspections expected over the coming year (invented, marked demo).</summary>
    private static readonly DemoExpected[] Expected =
    [
        new("Ofsted", "Children's services: unannounced inspection of contact, referral and assessment (demo)", "CS", 2,
            "Example scope: front-door arrangements for children in need and child protection (demo)."),
        new("Audit Commission", "Use of resources and value for money (demo)", null, 5,
            "Example scope: managing finances, governing the business and managing resources, council-wide (demo)."),
        new("Care Quality Commission (CQC)", "Adult social care: safeguarding adults (demo)", "AS", 8,
            "Example scope: how well people are kept safe, and the council's work with its partners (demo)."),
    ];

    private sealed record DemoIntelligence(string Source, int DaysAgo, string Summary, string? Department, string? Reference);

    /// <summary>Intelligence from inspectorates outside their formal recommendations (invented, marked demo).</summary>
    private static readonly DemoIntelligence[] Intelligence =
    [
        new("Ofsted annual performance assessment letter (demo)", 40,
            "Example text, not a real letter: the letter notes improving attendance in secondary schools and asks for faster placement of looked after children (demo).",
            "CS", "Example reference: CS/APA/demo-1"),
        new("Audit Commission annual audit letter (demo)", 95,
            "Example text, not a real letter: the auditor's letter records sound financial management and suggests sharing back-office services with neighbouring councils (demo).",
            null, "Example reference: CED/AAL/demo-2"),
        new("Care Quality Commission feedback after a visit (demo)", 150,
            "Example text, not real feedback: inspectors' feedback praises the take-up of personal budgets and asks for clearer information for self-funders (demo).",
            "AS", null),
    ];

    /// <summary>The forward programme and the intelligence register, each skipped when it already holds anything.</summary>
    public async Task SeedProgrammeAsync(CancellationToken ct = default)
    {
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!await db.ExpectedInspections.AnyAsync(ct))
        {
            db.ExpectedInspections.AddRange(Expected.Select(e => new ExpectedInspection(e.Inspectorate, e.Service,
                e.Department is { } d ? departments[d] : null, today.AddMonths(e.MonthsAhead), e.Scope)));
        }

        if (!await db.IntelligenceRecords.AnyAsync(ct))
        {
            db.IntelligenceRecords.AddRange(Intelligence.Select(i => new IntelligenceRecord(i.Source, today.AddDays(-i.DaysAgo), i.Summary,
                i.Department is { } d ? departments[d] : null, i.Reference, today)));
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Inspections.AnyAsync(ct))
        {
            return;
        }

        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var inspections = Inspections.Select(i => (Demo: i, Entity: new Inspection(i.Body, i.Service, departments[i.Department], today.AddMonths(-i.MonthsAgo)))).ToList();
        foreach (var (demo, inspection) in inspections)
        {
            // Issue 18: the strategic ones carry a judgement, plainly an example and never an inspectorate's real words.
            if (Judgements.TryGetValue(demo.Service, out var judgement))
            {
                inspection.Judge(judgement, isStrategic: true);
            }
        }

        db.Inspections.AddRange(inspections.Select(i => i.Entity));
        await db.SaveChangesAsync(ct);

        foreach (var (demo, inspection) in inspections)
        {
            foreach (var r in demo.Recommendations)
            {
                var due = inspection.ReportedOn.AddMonths(r.DueMonths);
                var recommendation = new Recommendation(inspection.Id, inspection.ReportedOn, r.Text, r.Owner, departments[r.Department ?? demo.Department], due);
                if (r.Status != NotStarted || r.Evidence is not null)
                {
                    // Completed a fortnight before it fell due, or a few days ago when it falls due soon.
                    var completedOn = new[] { due.AddDays(-14), today.AddDays(-3) }.Min();
                    recommendation.Update(r.Status, r.Evidence, completedOn < inspection.ReportedOn ? inspection.ReportedOn : completedOn);
                }

                db.Recommendations.Add(recommendation);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
