using System.Net;
using AngleSharp.Dom;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace HccPerformance.IntegrationTests.Demo;

/// <summary>
/// Issue 17: a demo record keeps its mark wherever it is listed, not only on its own page. For the demo's risks, emerging
/// risks, inspections, concerns, indicator results, plan areas, self-assessments and issued report, every page that lists
/// them shows each mention with the demo mark in the same row, list item or heading, and the report PDFs say "(demo)".
/// These tests only read the seeded demo council.
/// </summary>
public sealed class DemoRecordMarkTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Mark = ".demo-mark";

    // The smallest things a page lists one record in: a mention must carry the mark inside the same one.
    private const string Containers = "tr, li, h1, h2, h3, h4, dd, p";

    [Fact]
    public async Task Every_demo_record_is_seeded_as_demo_and_reference_data_is_not()
    {
        var (demo, reference) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var demoCounts = new[]
            {
                await db.Risks.CountAsync(r => !r.IsDemo), await db.EmergingRisks.CountAsync(r => !r.IsDemo),
                await db.Inspections.CountAsync(r => !r.IsDemo), await db.AreasOfConcern.CountAsync(r => !r.IsDemo),
                await db.SelfAssessments.CountAsync(r => !r.IsDemo), await db.IndicatorResults.CountAsync(r => !r.IsDemo),
                await db.IssuedReports.CountAsync(r => !r.IsDemo), await db.AalborgScores.CountAsync(r => !r.IsDemo),
                await db.BenchmarkResults.CountAsync(r => !r.IsDemo), await db.CaseStudies.CountAsync(r => !r.IsDemo),
            };
            // The national indicators' titles are reference; who answers for them is the demo's.
            var nationalMarkedDemo = await db.Indicators.CountAsync(i => i.IsNational && i.IsDemo);
            var nationalWithDemoDepartment = await db.Indicators.CountAsync(i => i.IsNational && i.DepartmentId != null && i.ResponsibilityIsDemo);
            return (demoCounts, (nationalMarkedDemo, nationalWithDemoDepartment));
        });

        Assert.All(demo, count => Assert.Equal(0, count));
        Assert.Equal(0, reference.nationalMarkedDemo);
        Assert.True(reference.nationalWithDemoDepartment > 0);
    }

    [Fact]
    public async Task The_risk_register_and_the_dashboard_mark_every_demo_risk_they_list()
    {
        var titles = await DemoAsync(db => db.Risks.Where(r => r.IsDemo && r.ClosedOn == null).Select(r => r.Title));
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        AssertMarkedWherever(await cabinet.PageAsync("/risks"), titles, everyOne: true);
        AssertMarkedWherever(await cabinet.PageAsync("/dashboard"), titles, everyOne: false);
    }

    [Fact]
    public async Task The_emerging_risk_register_marks_every_demo_issue_and_the_self_assessments_risks()
    {
        var titles = await DemoAsync(db => db.EmergingRisks.Where(r => r.IsDemo).Select(r => r.Title));
        using var hoi = await SignedInAsync(TestUsers.HeadOfImprovement);

        var page = await hoi.PageAsync("/emerging-risks");

        AssertMarkedWherever(page, titles, everyOne: true);
        var fromAssessments = page.Document.QuerySelectorAll("main tr").Where(r => r.QuerySelector("a[href*='/self-assessments/']") is not null).ToList();
        Assert.NotEmpty(fromAssessments);
        Assert.All(fromAssessments, row => Assert.NotNull(row.QuerySelector(Mark)));
        AssertMarkedWherever(await hoi.PageAsync("/dashboard"), titles, everyOne: false);
    }

    [Fact]
    public async Task The_inspection_register_marks_every_demo_inspection_and_overdue_recommendation()
    {
        var services = await DemoAsync(db => db.Inspections.Where(i => i.IsDemo).Select(i => i.Service));
        var recommendations = await DemoAsync(db => db.Recommendations.Where(r => r.IsDemo).Select(r => r.Text));
        using var cpeg = await SignedInAsync(TestUsers.CpegMember);

        var page = await cpeg.PageAsync("/inspections");

        AssertMarkedWherever(page, services, everyOne: true);
        AssertMarkedWherever(page, recommendations, everyOne: false);
        AssertMarkedWherever(await cpeg.PageAsync("/dashboard"), recommendations, everyOne: false);
    }

    [Fact]
    public async Task The_concern_register_marks_every_demo_area_of_concern()
    {
        var titles = await DemoAsync(db => db.AreasOfConcern.Where(c => c.IsDemo).Select(c => c.Title));
        using var cpeg = await SignedInAsync(TestUsers.CpegMember);

        AssertMarkedWherever(await cpeg.PageAsync("/concerns"), titles, everyOne: true);
    }

    [Fact]
    public async Task Every_scorecard_marks_each_demo_result_against_a_real_title_and_the_department_the_demo_made_answer_for_it()
    {
        var scorecards = await DemoAsync(db => db.Scorecards.Select(s => s.Id));
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        var figures = 0;
        foreach (var id in scorecards)
        {
            var page = await cabinet.PageAsync($"/scorecards/{id}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            foreach (var row in page.Document.QuerySelectorAll("main table tbody tr"))
            {
                var cells = row.QuerySelectorAll("td").ToList();
                // Department, then the result: every figure the demo invented carries the mark beside it.
                var result = cells[2];
                // "None": no result in the quarter (the national indicators' demo results end in March 2011), so nothing to mark.
                if (result.TextContent.Trim() is { Length: > 0 } shown && shown != "None" && !shown.Contains("No data", StringComparison.Ordinal))
                {
                    figures++;
                    Assert.True(result.QuerySelector(Mark) is not null, $"Scorecard {id}: the result of {row.TextContent.Trim()} is not marked as demo");
                }

                if (!cells[1].TextContent.Contains("Not assigned", StringComparison.Ordinal))
                {
                    Assert.True(cells[1].QuerySelector(Mark) is not null, $"Scorecard {id}: the department answering for {cells[0].TextContent.Trim()} is not marked as demo");
                }
            }
        }

        // The local measures' current figures (13 on Local PIs, and again on the other scorecards they sit on).
        Assert.True(figures > 15, $"Only {figures} figures were found on the scorecards");
    }

    [Fact]
    public async Task Every_dashboard_tile_that_shows_demo_figures_says_so_including_aalborg_and_benchmarking()
    {
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync("/dashboard");

        // The glance view's boxes (issue 18), each with the items it lists.
        var tiles = page.Document.QuerySelectorAll("main .glance section").ToList();
        Assert.NotEmpty(tiles);
        // A scorecard box of national indicators shows only "no data" now (their demo results end with the set, in March 2011):
        // no demo figure, so no mark. Every other box shows demo figures and says so.
        var showingData = tiles.Where(t => !OnlyNoData(t.QuerySelectorAll("[data-figure]")
            .ToDictionary(f => f.GetAttribute("data-figure")!, f => f.GetAttribute("data-value")!))).ToList();
        Assert.InRange(tiles.Count - showingData.Count, 0, 2);
        Assert.All(tiles.Except(showingData), tile => Assert.Null(tile.QuerySelector("h2 " + Mark)));
        Assert.All(showingData, tile => Assert.True(tile.QuerySelector("h2 " + Mark) is not null,
            $"The tile {tile.QuerySelector("h2")?.TextContent.Trim()} does not say it shows demo data"));
        foreach (var item in page.Document.QuerySelectorAll("main .glance li").Where(li => li.QuerySelector("a") is not null))
        {
            Assert.True(item.QuerySelector(Mark) is not null, $"The dashboard lists {item.TextContent.Trim()} without its demo mark");
        }

        // Aalborg's box in full: each commitment's demo score, and each quarter of its trend.
        var detail = await cabinet.PageAsync(tiles.Single(t => t.QuerySelector("h2")!.TextContent.Contains("Aalborg", StringComparison.Ordinal))
            .QuerySelector("h2 a")!.GetAttribute("href")!);
        var aalborg = detail.Document.QuerySelectorAll("main .dashboard section")[0];
        Assert.True(aalborg.QuerySelector("h2 " + Mark) is not null, "Aalborg's box in full does not say it shows demo data");
        Assert.All(aalborg.QuerySelectorAll("tbody tr").Where(r => r.QuerySelectorAll("td")[0].TextContent.Trim().Length > 0),
            row => Assert.NotNull(row.QuerySelector(Mark)));
    }

    [Fact]
    public async Task The_case_studies_the_aalborg_scores_and_the_benchmarking_overview_mark_the_demos_records()
    {
        var studies = await DemoAsync(db => db.CaseStudies.Where(c => c.IsDemo).Select(c => c.Title));
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        AssertMarkedWherever(await cabinet.PageAsync("/case-studies"), studies, everyOne: false);
        var aalborg = await cabinet.PageAsync("/aalborg");
        var scored = aalborg.Document.QuerySelectorAll("main table tbody tr")
            .Where(r => r.QuerySelector("td")?.TextContent.Trim() is { Length: > 0 } score && char.IsDigit(score[0])).ToList();
        Assert.NotEmpty(scored);
        Assert.All(scored, row => Assert.NotNull(row.QuerySelector(Mark)));
        var benchmarking = await cabinet.PageAsync("/benchmarking");
        var compared = benchmarking.Document.QuerySelectorAll("main table tbody tr").ToList();
        Assert.NotEmpty(compared);
        Assert.All(compared, row => Assert.NotNull(row.QuerySelector(Mark)));
    }

    [Fact]
    public async Task The_plan_marks_the_accountability_and_statuses_the_demo_invented()
    {
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        // The demo's next plan is a draft with no progress yet (issue 16): the 2008-2011 plan carries the demo's statuses.
        var year = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ImprovementPlans
            .Where(p => p.IsCurrent && p.Term!.StartYear == 2008).Select(p => p.Id).SingleAsync());
        var page = await cabinet.PageAsync($"/plan?year={year}");

        var rows = page.Document.QuerySelectorAll("main table tbody tr").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").ToList();
            if (!cells[^2].TextContent.Contains("Not assigned", StringComparison.Ordinal))
            {
                Assert.True(cells[^2].QuerySelector(Mark) is not null, $"The plan shows who answers for {row.QuerySelector("th")!.TextContent.Trim()} without the demo mark");
            }
        }

        var withProgress = await DemoAsync(db => db.PriorityAreas
            .Where(a => a.CorporateImprovementPlanId == year && a.Progress.Any(p => p.IsDemo))
            .Select(a => a.Id.ToString()));
        Assert.NotEmpty(withProgress);
        foreach (var id in withProgress)
        {
            var row = rows.Single(r => r.QuerySelector($"a[href='/plan/areas/{id}']") is not null);
            Assert.NotNull(row.QuerySelectorAll("td")[^1].QuerySelector(Mark));
        }
    }

    [Fact]
    public async Task Department_pages_the_tracker_and_collation_mark_every_demo_self_assessment()
    {
        var departments = await DemoAsync(db => db.SelfAssessments.Where(a => a.IsDemo).Select(a => a.DepartmentId.ToString()).Distinct());
        using var hoi = await SignedInAsync(TestUsers.HeadOfImprovement);

        foreach (var id in departments)
        {
            var page = await hoi.PageAsync($"/departments/{id}");
            var earlier = page.Document.QuerySelectorAll("main table").FirstOrDefault(t => t.QuerySelector("caption")?.TextContent.Contains("Earlier self-assessments", StringComparison.Ordinal) == true);
            Assert.NotNull(earlier);
            Assert.All(earlier.QuerySelectorAll("tbody tr"), row => Assert.NotNull(row.QuerySelector(Mark)));
            var red = page.Document.QuerySelectorAll("main table").FirstOrDefault(t => t.QuerySelector("caption")?.TextContent.Contains("indicators that are red", StringComparison.Ordinal) == true);
            if (red is not null)
            {
                Assert.All(red.QuerySelectorAll("tbody tr"), row => Assert.NotNull(row.QuerySelector(Mark)));
            }
        }

        var tracker = await hoi.PageAsync("/self-assessments/tracker");
        var started = tracker.Document.QuerySelectorAll("main table tbody tr").Where(r => !r.TextContent.Contains("Not started", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(started);
        Assert.All(started, row => Assert.NotNull(row.QuerySelector(Mark)));
    }

    [Fact]
    public async Task The_issued_demo_report_is_marked_in_the_list_on_its_page_and_in_its_pdf()
    {
        var report = await app.WithScopeAsync(async s => await s.GetRequiredService<AppDbContext>().IssuedReports.Where(r => r.IsDemo).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        using var cabinet = await SignedInAsync(TestUsers.Cabinet);

        var list = await cabinet.PageAsync("/reports");
        var row = list.Document.QuerySelectorAll("main tr").Single(r => r.QuerySelector($"a[href='/reports/{report}']") is not null);
        Assert.NotNull(row.QuerySelector(Mark));

        var page = await cabinet.PageAsync($"/reports/{report}");
        var departments = page.Document.QuerySelectorAll("main h3[id^='department-']").ToList();
        Assert.NotEmpty(departments);
        Assert.All(departments, h => Assert.NotNull(h.QuerySelector(Mark)));
        // Red, amber, green and no data in the row's first four cells: a scorecard tile that counts only "no data" (the national
        // indicators after March 2011) shows no demo figure.
        Assert.All(page.Document.QuerySelectorAll("main table tbody tr").Where(r => r.QuerySelector("th")?.TextContent.Contains("scorecard", StringComparison.Ordinal) == true)
                .Where(r => r.QuerySelectorAll("td").Take(3).Any(c => c.TextContent.Trim() != "0")),
            tile => Assert.NotNull(tile.QuerySelector(Mark)));

        var pdf = await cabinet.GetAsync($"/reports/{report}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        foreach (var department in departments.Select(h => h.TextContent.Replace("Demo", "", StringComparison.Ordinal).Trim()))
        {
            Assert.Contains($"{department} (demo)", text, StringComparison.Ordinal);
        }

        // The dashboard's tiles and the plan's areas are marked too, beyond the department headings and their contents entries.
        Assert.True(text.Split("(demo)").Length - 1 > 2 * departments.Count, "The PDF marks only the departments as demo");
    }

    [Fact]
    public async Task A_demo_self_assessments_pdf_marks_its_department_as_demo()
    {
        var (department, period) = await app.WithScopeAsync(async s => await s.GetRequiredService<AppDbContext>().SelfAssessments
            .Where(a => a.IsDemo && a.DepartmentId != 0).OrderByDescending(a => a.ReportingPeriodId)
            .Select(a => new ValueTuple<int, int>(a.DepartmentId, a.ReportingPeriodId)).FirstAsync());
        using var hoi = await SignedInAsync(TestUsers.HeadOfImprovement);

        var page = await hoi.PageAsync($"/departments/{department}/self-assessments/{period}");
        var link = page.Document.QuerySelector("main a[href$='/pdf']")?.GetAttribute("href");
        Assert.NotNull(link);
        var pdf = await hoi.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains("(demo)", PdfText(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cpeg_meetings_their_decisions_and_the_concern_pages_mark_the_demos_meetings()
    {
        var meetings = await DemoAsync(db => db.CpegMeetings.Where(m => m.IsDemo).Select(m => m.Id));
        var decided = await app.WithScopeAsync(async s => await s.GetRequiredService<AppDbContext>().Set<MeetingDecision>()
            .Where(d => d.IsDemo).Select(d => new { MeetingId = d.CpegMeetingId, d.AreaOfConcernId, d.Summary }).ToListAsync());
        Assert.NotEmpty(meetings);
        Assert.NotEmpty(decided);
        using var cpeg = await SignedInAsync(TestUsers.CpegMember);

        var list = await cpeg.PageAsync("/cpeg/meetings");
        foreach (var id in meetings)
        {
            var row = list.Document.QuerySelectorAll("main tr").Single(r => r.QuerySelector($"a[href='/cpeg/meetings/{id}']") is not null);
            Assert.True(row.QuerySelector(Mark) is not null, $"The CPEG meeting list shows meeting {id} without the demo mark");
        }

        foreach (var meeting in decided.GroupBy(d => d.MeetingId))
        {
            var page = await cpeg.PageAsync($"/cpeg/meetings/{meeting.Key}");
            Assert.NotNull(page.Document.QuerySelector("main h1 " + Mark));
            AssertMarkedWherever(page, [.. meeting.Select(d => d.Summary)], everyOne: true);
        }

        foreach (var concern in decided.GroupBy(d => d.AreaOfConcernId).Take(3))
        {
            AssertMarkedWherever(await cpeg.PageAsync($"/concerns/{concern.Key}"), [.. concern.Select(d => d.Summary)], everyOne: true);
        }
    }

    [Fact]
    public async Task Questions_are_marked_beside_the_report_they_were_put_on_and_on_their_own_page()
    {
        var questions = await app.WithScopeAsync(async s => await s.GetRequiredService<AppDbContext>().Questions
            .Where(q => q.IsDemo && q.IssuedReportId != null).Select(q => new { q.Id, q.IssuedReportId, q.Text }).ToListAsync());
        Assert.NotEmpty(questions);
        using var hoi = await SignedInAsync(TestUsers.HeadOfImprovement);

        foreach (var report in questions.GroupBy(q => q.IssuedReportId))
        {
            AssertMarkedWherever(await hoi.PageAsync($"/reports/{report.Key}"), [.. report.Select(q => q.Text)], everyOne: true);
        }

        var first = questions[0];
        var page = await hoi.PageAsync($"/questions/{first.Id}");
        Assert.NotNull(page.Document.QuerySelector("main h1 " + Mark));
        AssertMarkedWherever(page, [first.Text], everyOne: true);
    }

    [Fact]
    public async Task Scrutiny_reviews_and_their_recommendations_are_marked_in_the_list_on_their_page_and_on_the_committees_home()
    {
        var topics = await DemoAsync(db => db.ScrutinyReviews.Where(r => r.IsDemo).Select(r => r.Topic));
        var recommendations = await app.WithScopeAsync(async s => await s.GetRequiredService<AppDbContext>().ScrutinyRecommendations
            .Where(r => r.IsDemo).Select(r => new { r.ScrutinyReviewId, r.Text }).ToListAsync());
        Assert.NotEmpty(recommendations);
        using var committee = await SignedInAsync(TestUsers.SelectCommittee);

        AssertMarkedWherever(await committee.PageAsync("/scrutiny"), topics, everyOne: true);
        foreach (var review in recommendations.GroupBy(r => r.ScrutinyReviewId))
        {
            var page = await committee.PageAsync($"/scrutiny/{review.Key}");
            Assert.NotNull(page.Document.QuerySelector("main h1 " + Mark));
            AssertMarkedWherever(page, [.. review.Select(r => r.Text)], everyOne: true);
        }

        var home = await committee.PageAsync("/what-needs-you");
        AssertMarkedWherever(home, topics, everyOne: false);
        Assert.NotNull(home.Document.QuerySelector("main a[href^='/scrutiny/']"));
    }

    [Fact]
    public async Task Ambitions_and_what_cpeg_asked_are_marked_in_the_list_and_on_cpegs_ambition_view()
    {
        var positions = await DemoAsync(db => db.Ambitions.Where(a => a.IsDemo).Select(a => a.Position));
        var requests = await DemoAsync(db => db.AmbitionRequests.Where(r => r.IsDemo).Select(r => r.Text));
        using var cpeg = await SignedInAsync(TestUsers.CpegMember);

        var list = await cpeg.PageAsync("/ambition");
        AssertMarkedWherever(list, positions, everyOne: false);
        Assert.NotNull(list.Document.QuerySelector("main table " + Mark));
        var review = await cpeg.PageAsync("/ambition/review");
        AssertMarkedWherever(review, positions, everyOne: false);
        AssertMarkedWherever(review, requests, everyOne: false);
        Assert.NotNull(review.Document.QuerySelector("main table " + Mark));
    }

    [Fact]
    public async Task Escalations_and_their_responses_are_marked_on_the_concern_and_in_escalations_to_you()
    {
        var escalations = await app.WithScopeAsync(async s => await s.GetRequiredService<AppDbContext>().Set<Escalation>()
            .Where(e => e.IsDemo).Select(e => new { ConcernId = e.AreaOfConcernId, e.Reason }).ToListAsync());
        var responses = await app.WithScopeAsync(async s => await s.GetRequiredService<AppDbContext>().Set<EscalationResponse>()
            .Where(r => r.IsDemo).Select(r => r.Text).ToListAsync());
        Assert.NotEmpty(escalations);
        using var cpeg = await SignedInAsync(TestUsers.CpegMember);

        foreach (var concern in escalations.GroupBy(e => e.ConcernId))
        {
            var page = await cpeg.PageAsync($"/concerns/{concern.Key}");
            AssertMarkedWherever(page, [.. concern.Select(e => e.Reason)], everyOne: true);
            AssertMarkedWherever(page, responses, everyOne: false);
        }

        foreach (var member in new[] { TestUsers.Leader, TestUsers.Cabinet, TestUsers.SelectCommittee })
        {
            using var client = await SignedInAsync(member);
            var home = await client.PageAsync("/what-needs-you");
            var items = home.Document.QuerySelectorAll("#escalations-to-you li").ToList();
            Assert.True(items.Count > 0, $"{member} sees no escalations to them");
            Assert.All(items, li => Assert.True(li.QuerySelector(Mark) is not null, $"{member}'s home lists {Squash(li)} without the demo mark"));
        }
    }

    [Fact]
    public async Task Cpegs_report_to_cmt_marks_demo_concerns_on_the_page_and_says_demo_beside_them_in_its_pdf()
    {
        using var cpeg = await SignedInAsync(TestUsers.CpegMember);

        var page = await cpeg.PageAsync("/cpeg/report");
        var rows = page.Document.QuerySelectorAll("main tr").Where(r => r.QuerySelector("th a[href^='/concerns/']") is not null).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.True(row.QuerySelector(Mark) is not null, $"CPEG's report lists {Squash(row)} without the demo mark"));

        var pdf = await cpeg.GetAsync("/cpeg/report.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        foreach (var title in rows.Select(r => Squash(r.QuerySelector("th a")!)).Distinct())
        {
            Assert.Contains($"{title} (demo)", text, StringComparison.Ordinal);
        }

        var issued = await DemoAsync(db => db.IssuedCpegReports.Where(r => r.IsDemo).Select(r => r.Id));
        if (issued.Count > 0)
        {
            var list = await cpeg.PageAsync("/cpeg/reports");
            Assert.All(issued, id => Assert.NotNull(list.Document.QuerySelectorAll("main tr").Single(r => r.QuerySelector($"a[href='/cpeg/reports/{id}']") is not null).QuerySelector(Mark)));
        }
    }

    private async Task<SiteClient> SignedInAsync(string user)
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        return client;
    }

    private Task<List<string>> DemoAsync(Func<AppDbContext, IQueryable<string>> query) =>
        app.WithScopeAsync(async s => await query(s.GetRequiredService<AppDbContext>()).ToListAsync());

    private Task<List<int>> DemoAsync(Func<AppDbContext, IQueryable<int>> query) =>
        app.WithScopeAsync(async s => await query(s.GetRequiredService<AppDbContext>()).ToListAsync());

    /// <summary>
    /// Each mention of each text on the page (its innermost row, list item or heading in the main content) carries the demo
    /// mark; with <paramref name="everyOne"/>, every text must be mentioned at least once.
    /// </summary>
    internal static void AssertMarkedWherever(Page page, IReadOnlyCollection<string> texts, bool everyOne)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(texts);
        var main = page.Document.QuerySelector("main")!;
        foreach (var text in texts)
        {
            var mentions = main.QuerySelectorAll(Containers)
                .Where(e => e.TextContent.Contains(text, StringComparison.Ordinal))
                .Where(e => !e.QuerySelectorAll(Containers).Any(inner => inner.TextContent.Contains(text, StringComparison.Ordinal)))
                .ToList();
            if (everyOne)
            {
                Assert.True(mentions.Count > 0, $"{page.Path} does not list \"{text}\"");
            }

            foreach (var mention in mentions)
            {
                Assert.True(mention.QuerySelector(Mark) is not null, $"{page.Path} shows \"{text}\" without the demo mark: {Squash(mention)}");
            }
        }
    }

    private static string Squash(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    /// <summary>A box whose only figure above nought is its "no data" count.</summary>
    private static bool OnlyNoData(Dictionary<string, string> figures) =>
        figures.ContainsKey("No data") && figures.Where(f => f.Key != "No data").All(f => f.Value == "0");
}
