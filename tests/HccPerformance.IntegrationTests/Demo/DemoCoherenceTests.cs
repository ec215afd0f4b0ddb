using System.Text.RegularExpressions;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Demo;

/// <summary>
/// Walks the seeded Development demo (issue 17) and checks that it could be true: figures within their measure's range and
/// near the public figures, owners from the department the record is about, dated events in order, and the Local Area
/// Agreement (2008-2011) named only for its own years. Each failure names the record, so the demo can be fixed.
/// </summary>
public sealed partial class DemoCoherenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The last day of the LAA 2008-11 and of the National Indicator Set (public-reference-notes.md, section 1).</summary>
    private static readonly DateOnly LaaEnded = new(2011, 3, 31);
    private const int LastLaaFinancialYear = 2010;

    /// <summary>
    /// Public figures where shared/data gives them: NI 195's national benchmarks 2007/08 run from 1 (fly-posting) to 21
    /// (detritus) % of sites below grade B; NI 1's regional range is 60.8-85.1 %.
    /// </summary>
    private static readonly Dictionary<string, (decimal Min, decimal Max)> PublicFigures = new()
    {
        ["NI 195"] = (1m, 21m),
        ["NI 1"] = (60.8m, 85.1m),
    };

    [Fact]
    public async Task Every_demo_result_and_target_is_within_its_measures_range()
    {
        var problems = await WithDbAsync(async db =>
        {
            var indicators = await db.Indicators.AsNoTracking().Include(i => i.Targets).ToListAsync();
            var results = await db.IndicatorResults.AsNoTracking().Select(r => new { r.IndicatorId, r.PeriodEnd, r.Value }).ToListAsync();
            var found = new List<string>();
            foreach (var indicator in indicators)
            {
                var (min, max) = RangeOf(indicator);
                found.AddRange(results.Where(r => r.IndicatorId == indicator.Id && (r.Value < min || r.Value > max))
                    .Select(r => $"{indicator.Code} result {r.Value} for the period to {r.PeriodEnd:d MMM yyyy} is outside {min}-{max}"));
                found.AddRange(indicator.Targets.Where(t => t.Value < min || t.Value > max)
                    .Select(t => $"{indicator.Code} target {t.Value} for {t.FinancialYear} is outside {min}-{max}"));
            }

            return found;
        });

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Every_owner_and_responsible_person_belongs_to_the_records_department()
    {
        var problems = await WithDbAsync(async db =>
        {
            var people = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.UserName, u.DepartmentId));
            var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
            var found = new List<string>();

            foreach (var indicator in await db.Indicators.AsNoTracking().Where(i => i.ServiceManagerId != null).ToListAsync())
            {
                var (name, department) = people[indicator.ServiceManagerId!];
                if (department != indicator.DepartmentId)
                {
                    found.Add($"{name} answers for {indicator.Code}, which belongs to {Name(departments, indicator.DepartmentId)}");
                }
            }

            var concerns = await db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ToListAsync();
            foreach (var concern in concerns)
            {
                foreach (var intervention in concern.Interventions)
                {
                    // Corporate people (no department: the Head of Improvement, CPEG) may act for any department.
                    var (name, department) = people[intervention.ResponsibleUserId];
                    if (department is not null && department != concern.DepartmentId)
                    {
                        found.Add($"{name} ({Name(departments, department)}) is responsible for '{intervention.Name}' on '{concern.Title}' ({Name(departments, concern.DepartmentId)})");
                    }
                }
            }

            // Owners named by role: a role naming a department must name the record's own.
            var risks = await db.Risks.AsNoTracking().Select(r => new { r.Reference, r.Owner, r.DepartmentId }).ToListAsync();
            found.AddRange(risks.Where(r => NamesAnotherDepartment(r.Owner, r.DepartmentId, departments))
                .Select(r => $"Risk {r.Reference} is owned by {r.Owner}, outside {Name(departments, r.DepartmentId)}"));
            var recommendations = await db.Recommendations.AsNoTracking().Select(r => new { r.Text, r.Owner, r.DepartmentId }).ToListAsync();
            found.AddRange(recommendations.Where(r => NamesAnotherDepartment(r.Owner, r.DepartmentId, departments))
                .Select(r => $"'{r.Text}' is owned by {r.Owner}, outside {Name(departments, r.DepartmentId)}"));
            return found;
        });

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Dated_events_agree_with_each_other()
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var problems = await WithDbAsync(async db =>
        {
            var found = new List<string>();
            void Before(DateOnly? earlier, DateOnly? later, string what)
            {
                if (earlier is { } e && later is { } l && e > l)
                {
                    found.Add($"{what}: {e:d MMM yyyy} is after {l:d MMM yyyy}");
                }
            }

            var concerns = await db.AreasOfConcern.AsNoTracking()
                .Include(c => c.Interventions).ThenInclude(i => i.ReportBacks)
                .Include(c => c.Escalations).ThenInclude(e => e.Response)
                .ToListAsync();
            foreach (var c in concerns)
            {
                var title = $"'{c.Title}'";
                Before(c.RaisedOn, today, $"{title} raised in the future");
                Before(c.RaisedOn, c.DecidedOn, $"{title} decided before it was raised");
                Before(c.DecidedOn ?? c.RaisedOn, c.ClosedOn, $"{title} closed before CPEG decided");
                foreach (var i in c.Interventions)
                {
                    Before(c.DecidedOn ?? c.RaisedOn, i.AssignedOn, $"{title}: '{i.Name}' assigned before CPEG decided");
                    foreach (var r in i.ReportBacks)
                    {
                        Before(i.AssignedOn, r.SubmittedOn, $"{title}: a report-back on '{i.Name}' submitted before the intervention");
                        Before(r.SubmittedOn, r.ReviewedOn, $"{title}: a report-back on '{i.Name}' reviewed before it came");
                        Before(r.SubmittedOn, today, $"{title}: a report-back on '{i.Name}' submitted in the future");
                        Before(r.ReviewedOn, today, $"{title}: a report-back on '{i.Name}' reviewed in the future");
                    }
                }

                foreach (var e in c.Escalations)
                {
                    Before(c.RaisedOn, e.On, $"{title} escalated to {e.Body} before it was raised");
                    Before(e.On, e.Response?.RespondedOn, $"{title}: {e.Body} answered before it was asked");
                    Before(e.Response?.RespondedOn, today, $"{title}: {e.Body} answered in the future");
                }
            }

            // CPEG's minutes: a decision about a concern is taken after it is raised, and never proposes sending it to a body
            // that already has it (the Leader sits on Cabinet, so a concern with the Leader has reached Cabinet).
            var byId = concerns.ToDictionary(c => c.Id);
            foreach (var meeting in await db.CpegMeetings.AsNoTracking().Include(m => m.Decisions).ToListAsync())
            {
                foreach (var decision in meeting.Decisions)
                {
                    var concern = byId[decision.AreaOfConcernId];
                    Before(concern.RaisedOn, meeting.MeetsOn, $"CPEG minuted a decision on '{concern.Title}' before it was raised");
                    if (EscalateToCabinet().IsMatch(decision.Summary)
                        && concern.Escalations.FirstOrDefault(e => e.Body is EscalatedTo.Cabinet or EscalatedTo.Leader && e.On < meeting.MeetsOn) is { } already)
                    {
                        found.Add($"CPEG on {meeting.MeetsOn:d MMM yyyy} speaks of escalating '{concern.Title}' to Cabinet, already escalated to {already.Body} on {already.On:d MMM yyyy}");
                    }
                }
            }

            foreach (var urgent in await db.UrgentDecisions.AsNoTracking().ToListAsync())
            {
                Before(byId[urgent.AreaOfConcernId].RaisedOn, urgent.DecidedOn, $"An urgent decision on '{byId[urgent.AreaOfConcernId].Title}' before it was raised");
            }

            var inspections = await db.Inspections.AsNoTracking().ToDictionaryAsync(i => i.Id);
            foreach (var r in await db.Recommendations.AsNoTracking().ToListAsync())
            {
                var reported = inspections[r.InspectionId].ReportedOn;
                Before(reported, r.DueOn, $"'{r.Text}' due before its inspection reported");
                Before(reported, r.CompletedOn, $"'{r.Text}' completed before its inspection reported");
                Before(r.CompletedOn, today, $"'{r.Text}' completed in the future");
            }

            foreach (var r in await db.IndicatorResults.AsNoTracking().Select(r => new { r.IndicatorId, r.PeriodEnd, r.RecordedUtc }).ToListAsync())
            {
                var recorded = DateOnly.FromDateTime(r.RecordedUtc);
                Before(r.PeriodEnd, recorded, $"A result of indicator {r.IndicatorId} recorded before its period ended");
                Before(recorded, today, $"A result of indicator {r.IndicatorId} recorded in the future");
            }

            foreach (var risk in await db.Risks.AsNoTracking().ToListAsync())
            {
                Before(risk.ReviewedOn, today, $"Risk {risk.Reference} reviewed in the future");
                Before(risk.ReviewedOn, risk.ClosedOn, $"Risk {risk.Reference} closed before its last review");
            }

            return found;
        });

        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_LAA_and_its_stretch_targets_appear_only_for_2008_to_2011()
    {
        var problems = await WithDbAsync(async db =>
        {
            var found = new List<string>();
            var stretch = await (
                from t in db.Set<IndicatorTarget>().AsNoTracking()
                join i in db.Indicators.AsNoTracking() on t.IndicatorId equals i.Id
                where t.IsStretch && t.FinancialYear > LastLaaFinancialYear
                select new { i.Code, t.FinancialYear }).ToListAsync();
            found.AddRange(stretch.Select(s => $"{s.Code} has an LAA stretch target for {s.FinancialYear}/{(s.FinancialYear + 1) % 100:00}"));

            void Text(DateOnly on, string what, params string?[] texts)
            {
                if (on > LaaEnded && texts.Any(t => t is not null && Laa().IsMatch(t)))
                {
                    found.Add($"{what} ({on:d MMM yyyy}) speaks of the LAA after it ended");
                }
            }

            foreach (var c in await db.AreasOfConcern.AsNoTracking().Include(c => c.Interventions).ThenInclude(i => i.ReportBacks)
                .Include(c => c.Escalations).ThenInclude(e => e.Response).ToListAsync())
            {
                Text(c.RaisedOn, $"Concern '{c.Title}'", c.Title, c.Evidence);
                Text(c.DecidedOn ?? c.RaisedOn, $"CPEG's decision on '{c.Title}'", c.LocalImportanceReason);
                Text(c.ClosedOn ?? c.RaisedOn, $"The outcome of '{c.Title}'", c.Outcome);
                foreach (var r in c.Interventions.SelectMany(i => i.ReportBacks))
                {
                    Text(r.SubmittedOn ?? r.DueOn, $"A report-back on '{c.Title}'", r.Progress, r.Evidence, r.ReviewNote);
                }

                foreach (var e in c.Escalations)
                {
                    Text(e.On, $"An escalation of '{c.Title}'", e.Reason, e.Response?.Text);
                }
            }

            foreach (var m in await db.CpegMeetings.AsNoTracking().Include(m => m.Decisions).ToListAsync())
            {
                Text(m.MeetsOn, "CPEG's minutes", [m.Notes, .. m.Decisions.Select(d => d.Summary)]);
            }

            foreach (var r in await db.Risks.AsNoTracking().ToListAsync())
            {
                Text(r.ReviewedOn, $"Risk {r.Reference}", r.Title, r.Description, r.Controls);
            }

            foreach (var r in await db.EmergingRisks.AsNoTracking().ToListAsync())
            {
                Text(r.RaisedOn, $"Emerging risk '{r.Title}'", r.Title, r.Description, r.Outcome);
            }

            foreach (var r in await db.Recommendations.AsNoTracking().ToListAsync())
            {
                Text(r.CompletedOn ?? r.DueOn, $"Recommendation '{r.Text}'", r.Text, r.Evidence);
            }

            return found;
        });

        Assert.Empty(problems);
    }

    [Fact]
    public async Task No_national_indicator_has_a_result_or_target_after_the_set_was_abolished()
    {
        // The National Indicator Set ran from April 2008 to March 2011: an NI figure dated later is an impossible fact, and the
        // demo's current years belong to the council's own (demo) local measures.
        var problems = await WithDbAsync(async db =>
        {
            var results = await (
                from r in db.IndicatorResults.AsNoTracking()
                join i in db.Indicators.AsNoTracking() on r.IndicatorId equals i.Id
                where i.IsNational && r.PeriodEnd > LaaEnded
                select new { i.Code, r.PeriodEnd }).ToListAsync();
            var targets = await (
                from t in db.Set<IndicatorTarget>().AsNoTracking()
                join i in db.Indicators.AsNoTracking() on t.IndicatorId equals i.Id
                where i.IsNational && t.FinancialYear > LastLaaFinancialYear
                select new { i.Code, t.FinancialYear }).ToListAsync();
            return [
                .. results.Select(r => $"{r.Code} has a result for the period to {r.PeriodEnd:d MMM yyyy}, after the national indicators ended"),
                .. targets.Select(t => $"{t.Code} has a target for {t.FinancialYear}/{(t.FinancialYear + 1) % 100:00}, after the national indicators ended"),
            ];
        });

        Assert.Empty(problems);
    }

    /// <summary>
    /// The range a figure of this measure can take: a percentage 0-100, a level 0-4 (NI 188), anything else a count or an
    /// amount that is never negative; narrowed to the public figures where shared/data gives them.
    /// </summary>
    private static (decimal Min, decimal Max) RangeOf(Indicator indicator)
    {
        if (PublicFigures.TryGetValue(indicator.Code, out var figures))
        {
            return figures;
        }

        if (indicator.Unit == "%" || indicator.Title.StartsWith('%') || indicator.Title.StartsWith("Percentage", StringComparison.Ordinal))
        {
            return (0m, 100m);
        }

        return indicator.Unit is { } unit && unit.StartsWith("level", StringComparison.OrdinalIgnoreCase) ? (0m, 4m) : (0m, decimal.MaxValue);
    }

    private static bool NamesAnotherDepartment(string owner, int? departmentId, Dictionary<int, string> departments) =>
        departments.Any(d => d.Key != departmentId && owner.Contains(d.Value, StringComparison.OrdinalIgnoreCase)
            && !(departmentId is { } own && owner.Contains(departments[own], StringComparison.OrdinalIgnoreCase)));

    private static string Name(Dictionary<int, string> departments, int? id) => id is { } i ? departments[i] : "no department";

    private Task<List<string>> WithDbAsync(Func<AppDbContext, Task<List<string>>> walk) =>
        app.WithScopeAsync(s => walk(s.GetRequiredService<AppDbContext>()));

    [GeneratedRegex(@"\bLAA\b|Local Area Agreement|stretch target", RegexOptions.IgnoreCase)]
    private static partial Regex Laa();

    [GeneratedRegex(@"escalat\w* (it )?to Cabinet", RegexOptions.IgnoreCase)]
    private static partial Regex EscalateToCabinet();
}
