using HccPerformance.Core.Organisation;
using HccPerformance.Core.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Data.Seeding;

/// <summary>
/// Demo community outcome case studies (titled "Demo: ...", people named by role only) for every department over the last
/// few quarters, and the council's Aalborg scores per commitment for each year from 2008/09 to this one. The public record
/// gives only the overall Sustainability Score (2.02 out of 4 in 2006, 2.18 in 2009); the split by commitment and every
/// later year here are invented, set so that the overall score is near those figures early on.
/// </summary>
public sealed class DemoOutcomes(AppDbContext db, TimeProvider clock)
{
    private sealed record Study(string Department, int QuartersAgo, string Title, string Outcome, string Narrative);

    private static readonly Study[] Studies =
    [
        new("AS", 0, "Demo: people leaving hospital home sooner with reablement",
            "Older people discharged from hospital spent fewer days waiting for care, and more of them were living at home three months later.",
            "The Head of Adult Care Services and the local NHS trust set up a joint discharge team on two wards. Reablement workers met people before they left hospital and agreed a six-week plan with them and their families. Waiting days fell over the quarter, and the team is now covering a third ward. (Demo case study: the figures behind it are invented.)"),
        new("CS", 0, "Demo: fewer young people not in education, employment or training",
            "More 16 to 18 year olds in two market towns moved into college places and apprenticeships after a summer of targeted support.",
            "The Head of Youth Support worked with colleges and employers to follow up every school leaver without a confirmed place. Youth workers made home visits and arranged taster days. The department will repeat the approach across the county next summer. (Demo case study.)"),
        new("ENV", 1, "Demo: more household waste recycled after the kerbside trial",
            "Households in the trial area recycled a larger share of their waste and sent less to landfill.",
            "The Head of Waste and Resources ran a trial of fortnightly kerbside collections of mixed recycling with a district council partner. Crews left feedback tags on contaminated bins and the contact centre answered questions. Recycling rose over the trial period and the service is planning the county-wide roll-out. (Demo case study.)"),
        new("ENV", 3, "Demo: safer routes to school in three villages",
            "Parents reported feeling safer letting children walk to school, and traffic speeds near the schools fell.",
            "The Head of Highways worked with parish councils and head teachers on new crossings, 20 mph zones and a walking bus. Speed checks before and after show lower speeds at school times. (Demo case study.)"),
        new("CCRA", 1, "Demo: a mobile library reaching isolated rural residents",
            "Residents of outlying villages borrowed more books and used the online services more often, and fewer said they felt cut off.",
            "The Head of Library Services changed the mobile library's route after listening to parish councils, adding evening stops and help with getting online. Volunteers from the voluntary and community sector joined the crew. (Demo case study.)"),
        new("CCRA", 4, "Demo: a community centre run by local people",
            "A village community centre that was due to close stayed open, run by a residents' trust with more activities than before.",
            "The Head of Community Development supported residents to form a trust, take on the lease and apply for grants. The centre now hosts a lunch club and youth sessions each week. (Demo case study.)"),
        new("PBR", 2, "Demo: faster help for small businesses starting up",
            "New small businesses got their licences and advice in fewer days, and more said the council was easy to deal with.",
            "The Head of Trading Standards and Regulatory Services brought licensing, food safety and business advice into one first contact. A single visit now covers what used to take three. (Demo case study.)"),
        new("PBR", 5, "Demo: lower energy bills in council buildings",
            "Energy use in the council's office buildings fell, saving money and carbon.",
            "The Head of Property Services fitted smart meters, changed heating times and replaced old lighting in the largest buildings. Staff champions in each building report waste. (Demo case study.)"),
        new("CED", 2, "Demo: residents shaping the budget through a county-wide survey",
            "More residents took part in the budget consultation than in any earlier year, and their priorities changed two spending decisions.",
            "The Head of Policy and Performance ran an online and paper survey with libraries and parish councils, with easy-read and large-print versions. Cabinet's budget report shows how the results were used. (Demo case study.)"),
        new("AS", 6, "Demo: carers supported to keep caring and working",
            "Carers who used the new support service were more able to stay in work and said they felt less alone.",
            "The Head of Commissioning, Adult Services funded a carers' support service with a voluntary organisation: advice, short breaks and a helpline in the evenings. (Demo case study.)"),
    ];

    /// <summary>Scores per commitment for 2009/10 (mean 2.18, the published 2009 figure) and each commitment's yearly drift after.</summary>
    private static readonly decimal[] Scores2009 = [2.60m, 2.25m, 2.30m, 1.90m, 2.35m, 1.75m, 2.20m, 2.30m, 2.25m, 1.90m];

    /// <summary>How far below 2009/10 each commitment stood in 2008/09 (mean 2.10).</summary>
    private static readonly decimal[] Below2009 = [0.10m, 0.05m, 0.10m, 0.05m, 0.10m, 0.05m, 0.10m, 0.10m, 0.05m, 0.10m];

    private static readonly decimal[] Drift = [0.04m, 0.06m, 0.05m, 0.04m, 0.05m, 0.05m, 0.04m, 0.04m, 0.03m, 0.05m];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!await db.CaseStudies.AnyAsync(ct))
        {
            var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
            var periods = await db.ReportingPeriods.Where(p => p.StartDate <= today)
                .OrderByDescending(p => p.StartDate).Select(p => p.Id).ToListAsync(ct);
            foreach (var s in Studies.Where(s => departments.ContainsKey(s.Department) && s.QuartersAgo < periods.Count))
            {
                db.CaseStudies.Add(new CaseStudy(s.Title, departments[s.Department], periods[s.QuartersAgo], s.Outcome, s.Narrative));
            }

            await db.SaveChangesAsync(ct);
        }

        if (!await db.AalborgScores.AnyAsync(ct))
        {
            var current = ReportingPeriod.FinancialYearOf(today);
            for (var year = DatabaseInitialiser.FirstFinancialYear; year <= current; year++)
            {
                for (var i = 0; i < Scores2009.Length; i++)
                {
                    db.AalborgScores.Add(new AalborgScore(i + 1, year, ScoreFor(i, year), NoteFor(i)));
                }
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private static decimal ScoreFor(int i, int year)
    {
        if (year <= 2008)
        {
            return Scores2009[i] - Below2009[i];
        }

        if (year == 2009)
        {
            return Scores2009[i];
        }

        // A steady climb with a small wobble, fixed by the year and commitment so the demo is the same every time.
        var wobble = ((((year * 7) + (i * 3)) % 5) - 2) * 0.02m;
        return Math.Clamp(Math.Round(Scores2009[i] + (Drift[i] * (year - 2009)) + wobble, 2), 0m, 4m);
    }

    private static string? NoteFor(int i) => i switch
    {
        0 => "Demo figure: the split of the council's score by commitment is invented for the demo.",
        1 => "Demo figure. Members chose sub-commitment 2.4 (sustainability central to decision-making and resource allocation) as the improvement priority.",
        _ => null,
    };
}
