using System.Data.Common;
using System.Net;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Inspections;
using HccPerformance.Core.Risks;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Dashboard;

/// <summary>Counts the SQL commands the site sends, so a page's queries can be held to a budget.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}

public sealed class CountingAppFactory : AppFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands)));
    }
}

/// <summary>The Corporate Dashboard (issue 6): each tile says what its register holds, cheaply, to everyone signed in.</summary>
public sealed class DashboardTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    [Fact]
    public async Task Every_box_is_one_SQL_command_at_most_and_a_change_rebuilds_only_the_box_it_touched()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        await client.PageAsync("/guidance");
        var first = await client.PageAsync("/dashboard");
        // Past the first look at the audit trail, which only marks where it stands.
        await Task.Delay(TimeSpan.FromSeconds(2.2));
        await client.PageAsync("/dashboard");

        // A signed-in page with no data of its own costs the session and sign-in checks; the dashboard adds its boxes.
        var before = app.Commands.Count;
        await client.PageAsync("/guidance");
        var baseline = app.Commands.Count - before;

        // Built afresh for a quarter not yet shown: one command per box (the scorecards share theirs), the quarter and
        // department lists are kept, the latest issued report, and at most the one read that says what others changed.
        var earlier = first.Document.QuerySelectorAll("#period option").Where(o => !o.HasAttribute("selected")).Select(o => o.GetAttribute("value")).Last();
        before = app.Commands.Count;
        var page = await client.PageAsync($"/dashboard?period={earlier}");
        var fresh = app.Commands.Count - before;
        var boxes = page.Document.QuerySelectorAll(".glance > section").Length;
        Assert.Equal(14, boxes);
        Assert.InRange(fresh - baseline, 8, boxes + 2);

        // A change to a risk (one no box shows, a departmental one) rebuilds the risk register's box alone: its one command,
        // the latest report, at most the look at the audit trail, and the session read again after a commit (not the
        // dashboard's). Rebuilding every box would cost twelve or more.
        await client.PageAsync("/dashboard");
        await BumpTheAuditTrailAsync();
        before = app.Commands.Count;
        await client.PageAsync("/dashboard");
        Assert.InRange(app.Commands.Count - before - baseline, 1, 4);

        // Asked again with nothing changed: no more than a page with no data of its own.
        before = app.Commands.Count;
        await client.PageAsync("/dashboard");
        Assert.InRange(app.Commands.Count - before, 0, baseline + 1);
    }

    [Fact]
    public async Task A_box_opens_its_detail_with_the_same_figures_for_the_quarter_and_its_last_eight_quarters()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        await AssertEveryBoxAgreesWithItsDetailAsync(client);
    }

    /// <summary>Every box of the glance opens its page, whose last quarter holds each figure the glance gives (issue 18).</summary>
    internal static async Task AssertEveryBoxAgreesWithItsDetailAsync(SiteClient client)
    {
        var glance = await client.PageAsync("/dashboard");
        var period = glance.Document.QuerySelector("#period option[selected]")!.GetAttribute("value");

        foreach (var box in glance.Document.QuerySelectorAll(".glance > section"))
        {
            var title = box.QuerySelector("h2 a")!.TextContent.Trim();
            var detail = await client.PageAsync(box.QuerySelector("h2 a")!.GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.OK, detail.Status);
            Assert.StartsWith(title, detail.Document.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
            if (box.QuerySelector("[data-figure]") is null)
            {
                // Nothing to count says so in words, and its page says the same: the plan box while no plan is live (issue 16).
                Assert.Equal("plan", box.GetAttribute("data-box"));
                Assert.StartsWith("No improvement plan is live for", box.QuerySelector(".box-figures")!.TextContent.Trim(), StringComparison.Ordinal);
                // The glance says it in fewer words; the box's page in full. Both say first that none is live for the quarter.
                var glanceWords = box.QuerySelector(".box-figures")!.TextContent.Trim();
                var fullWords = detail.Document.QuerySelector(".tile-summary")!.TextContent.Trim();
                Assert.Equal(glanceWords[..(glanceWords.IndexOf('.', StringComparison.Ordinal) + 1)], fullWords[..(fullWords.IndexOf('.', StringComparison.Ordinal) + 1)]);
                Assert.Contains("is being prepared", fullWords, StringComparison.Ordinal);
                continue;
            }

            var rows = detail.Document.QuerySelectorAll("#trend-table tbody tr");
            Assert.InRange(rows.Length, 1, 8);
            // The last row is the quarter the glance shows, and every figure the glance says in words is the same there.
            var last = rows[^1];
            Assert.Equal(period, last.GetAttribute("data-period"));
            var figures = box.QuerySelectorAll("[data-figure]").ToList();
            Assert.NotEmpty(figures);
            foreach (var figure in figures)
            {
                var cell = last.QuerySelector($"td[data-figure='{figure.GetAttribute("data-figure")}']");
                Assert.True(cell is not null, $"{title}: {figure.GetAttribute("data-figure")} is not in the trend table");
                Assert.Equal(decimal.Parse(figure.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture),
                    decimal.Parse(cell.TextContent, System.Globalization.CultureInfo.InvariantCulture));
            }

            // The quarters run oldest first, each one once.
            var quarters = rows.Select(r => int.Parse(r.GetAttribute("data-period")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(quarters.Count, quarters.Distinct().Count());
        }
    }

    [Fact]
    public async Task An_unknown_box_is_not_found()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard/box/scorecard-99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard/box/frame")).StatusCode);
    }

    [Fact]
    public async Task A_page_kept_for_one_person_is_never_served_to_another()
    {
        using var cabinet = app.CreateSiteClient();
        using var cpeg = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        await cpeg.SignInAsync(TestUsers.CpegMember);

        for (var i = 0; i < 3; i++)
        {
            var forCabinet = await cabinet.PageAsync("/dashboard");
            var forCpeg = await cpeg.PageAsync("/dashboard");
            var cabinetToken = forCabinet.AntiforgeryToken();
            Assert.NotEqual(cabinetToken, forCpeg.AntiforgeryToken());
            Assert.Contains("Cabinet", forCabinet.Document.QuerySelector("#main-nav")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Cabinet", forCpeg.Document.QuerySelector("#main-nav")!.TextContent, StringComparison.Ordinal);
        }

        // The token a kept page carries still signs its person out.
        var page = await cabinet.PageAsync("/dashboard");
        var signedOut = await cabinet.Http.PostAsync(new Uri("/account/sign-out", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.AntiforgeryToken())]));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await cabinet.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task The_scorecard_tiles_count_what_the_scorecard_pages_show()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        var dashboard = await client.PageAsync("/dashboard");

        foreach (var name in new[] { "LAA", "NIS", "Value for Money", "Community Intelligence", "Local PIs" })
        {
            var box = Box(dashboard, $"{name} scorecard");
            var tile = await TileAsync(client, dashboard, $"{name} scorecard");
            var link = tile.QuerySelector("h2 a")!.GetAttribute("href")!;
            var scorecard = await client.PageAsync(link);
            var rags = scorecard.Document.QuerySelectorAll("#scorecard tbody tr td .tag").Select(t => t.TextContent.Trim()).ToList();
            var summary = tile.QuerySelector(".tile-summary")!.TextContent;
            Assert.StartsWith($"{rags.Count(r => r == "Red")} of {rags.Count} indicators red, {rags.Count(r => r == "Amber")} amber, {rags.Count(r => r == "Green")} green",
                summary, StringComparison.Ordinal);
            Assert.Equal(rags.Count(r => r == "Red"), tile.QuerySelectorAll(".tile-list li").Length);
            Assert.Equal(rags.Count(r => r == "Red").ToString(System.Globalization.CultureInfo.InvariantCulture), box.QuerySelector("[data-figure=Red]")!.GetAttribute("data-value"));
        }
    }

    [Fact]
    public async Task A_change_to_a_register_shows_on_the_next_request()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.CpegMember);
        var glance = await client.PageAsync("/dashboard");
        var redBefore = RedOnGlance(glance, "Corporate risk register");
        var before = await TileAsync(client, glance, "Corporate risk register");
        var count = OpenStrategicRisks(before);
        var severe = SevereCell(before);

        var end = await PeriodEndAsync(client);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var risk = new Risk("ZZ99", "Dashboard test risk", isStrategic: true);
            risk.Describe("Dashboard test risk", null, "Chief Executive", null, true, "Tested");
            risk.Assess(5, 5, end.AddDays(-10), null, "Test");
            db.Risks.Add(risk);
            return await db.SaveChangesAsync();
        });

        var glanceAfter = await client.PageAsync("/dashboard");
        Assert.Equal(redBefore + 1, RedOnGlance(glanceAfter, "Corporate risk register"));
        var after = await TileAsync(client, glanceAfter, "Corporate risk register");
        Assert.Equal(count + 1, OpenStrategicRisks(after));
        Assert.Equal(severe + 1, SevereCell(after));
    }

    /// <summary>Any change made through the site (here a departmental risk, which no tile shows).</summary>
    private Task<int> BumpTheAuditTrailAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var risk = new Risk($"ZZ{Random.Shared.Next(10_000)}", "Command count test", isStrategic: false);
        risk.Describe("Command count test", null, "Chief Executive", null, false, "None");
        risk.Assess(1, 1, DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime), null, "Test");
        db.Risks.Add(risk);
        return await db.SaveChangesAsync();
    });

    private static int OpenStrategicRisks(AngleSharp.Dom.IElement tile) =>
        int.Parse(tile.QuerySelector(".tile-summary")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The heat map's likelihood 5, impact 5 cell.</summary>
    private static int SevereCell(AngleSharp.Dom.IElement tile) =>
        int.TryParse(tile.QuerySelectorAll(".heat-map tbody tr")[0].QuerySelectorAll("td")[^1].FirstChild?.TextContent, out var n) ? n : 0;

    [Fact]
    public async Task The_risk_and_inspection_tiles_hold_the_registers_figures()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        var page = await client.PageAsync("/dashboard");
        // The registers are live: for the latest quarter the dashboard shows them as they are today.
        var end = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        var (risks, recommendations) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var open = await db.Risks.Include(r => r.Reviews).Where(r => r.IsStrategic && (r.ClosedOn == null || r.ClosedOn > end)).ToListAsync();
            var recs = await db.Recommendations.Where(r => db.Inspections.Any(i => i.Id == r.InspectionId && i.ReportedOn <= end)).ToListAsync();
            return (open, recs);
        });
        var scored = risks.Select(r => r.Reviews.Where(v => v.ReviewedOn <= end).OrderByDescending(v => v.ReviewedOn).ThenByDescending(v => v.Id).FirstOrDefault())
            .OfType<RiskReview>().Select(v => v.Likelihood * v.Impact).ToList();
        var riskTile = await TileAsync(client, page, "Corporate risk register");
        Assert.StartsWith($"{scored.Count} open strategic risks: {scored.Count(s => s >= 15)} red", riskTile.QuerySelector(".tile-summary")!.TextContent, StringComparison.Ordinal);
        var heat = riskTile.QuerySelectorAll(".heat-map tbody td").Select(td => int.TryParse(td.FirstChild?.TextContent, out var n) ? n : 0).Sum();
        Assert.Equal(scored.Count, heat);

        var complete = recommendations.Count(r => r.CompletedOn is { } c && c <= end);
        var overdue = recommendations.Count(r => !(r.CompletedOn is { } c && c <= end) && r.DueOn < end);
        var inspectionTile = await TileAsync(client, page, "Inspection recommendations");
        Assert.StartsWith(recommendations.Count == 0 ? "No inspection" : $"{complete} of {recommendations.Count} recommendations complete",
            inspectionTile.QuerySelector(".tile-summary")!.TextContent, StringComparison.Ordinal);
        if (recommendations.Count > 0)
        {
            Assert.Contains($"{overdue} overdue", inspectionTile.QuerySelector(".tile-summary")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_dashboard_and_all_it_loads_weigh_under_200_KB_as_sent()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        var page = await client.PageAsync("/dashboard");
        long total = (await page.Response.Content.ReadAsByteArrayAsync()).Length;
        Assert.Null(page.Response.Content.Headers.ContentEncoding.FirstOrDefault());

        var assets = page.Document.QuerySelectorAll("script[src], link[rel=stylesheet]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            using var response = await client.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            total += (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        Assert.InRange(total, 1, 200 * 1024);
    }

    [Fact]
    public async Task The_benchmarking_and_Aalborg_tiles_agree_with_their_registers_pages()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        var dashboard = await client.PageAsync("/dashboard");

        var bench = await TileAsync(client, dashboard, "Benchmarking");
        var year = bench.QuerySelector("h3")!.TextContent.Split(", ")[1].TrimEnd(')');
        var register = await client.PageAsync($"/benchmarking?year={year}");
        var outliers = register.Document.QuerySelectorAll("#outliers ~ ul li a").Select(a => a.TextContent.Split(':')[0].Trim()).ToList();
        var onTile = bench.QuerySelectorAll("ul.tile-list li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.NotEmpty(outliers);
        Assert.Equal(outliers.Take(5).Order(StringComparer.Ordinal), onTile.Select(t => string.Join(' ', t.Split(' ').Take(2))).Order(StringComparer.Ordinal));

        var aalborg = await TileAsync(client, dashboard, "Aalborg scorecard");
        var page = await client.PageAsync("/aalborg");
        var overall = page.Document.QuerySelector("#overall strong")!.TextContent.Split(' ')[0];
        Assert.StartsWith($"Overall {overall} out of 4", aalborg.QuerySelector(".tile-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dashboard?department=99999", "There is no department with that number")]
    [InlineData("/dashboard?department=abc", "There is no department with that number")]
    [InlineData("/dashboard?period=99999", "There is no reporting period with that number")]
    public async Task An_unknown_department_or_period_is_explained_not_an_error(string path, string message)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);

        var page = await client.PageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(14, page.Document.QuerySelectorAll(".glance > section").Length);
    }

    [Fact]
    public async Task A_department_filter_narrows_the_tiles_to_that_department()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        var environment = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == "ENV").Select(d => d.Id).SingleAsync());

        var page = await client.PageAsync($"/dashboard?department={environment}&changes=true");

        Assert.Contains("Environment", page.Document.QuerySelector("p.lead")!.TextContent, StringComparison.Ordinal);
        var top = (await TileAsync(client, page, "Corporate risk register")).QuerySelectorAll("ul.tile-list")[0].QuerySelectorAll("li");
        Assert.All(top, li => Assert.Contains("ENV,", li.TextContent, StringComparison.Ordinal));
        Assert.Contains(page.Document.QuerySelectorAll("h3"), h => h.TextContent.StartsWith("Since ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_strategic_inspections_box_shows_the_latest_judgement_the_next_inspection_and_the_latest_intelligence_as_links_marked_demo()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.ChiefExecutive);
        var glance = await client.PageAsync("/dashboard");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var (strategic, expected, intelligence) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var judged = await db.Inspections.AsNoTracking().Where(i => i.IsStrategic && i.ReportedOn <= today).OrderByDescending(i => i.ReportedOn).ToListAsync();
            var programme = await db.ExpectedInspections.AsNoTracking().Where(e => e.InspectionId == null && e.RemovedOn == null).OrderBy(e => e.ExpectedMonth).ToListAsync();
            var received = await db.IntelligenceRecords.AsNoTracking().Where(r => r.ReceivedOn <= today).OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id).ToListAsync();
            return (judged, programme, received);
        });
        Assert.NotEmpty(strategic);
        Assert.NotEmpty(expected);
        Assert.NotEmpty(intelligence);

        // At a glance: the latest strategic judgement, the next inspection expected and the latest intelligence, each a link to its record.
        var box = Box(glance, "Strategic inspections and intelligence");
        var items = box.QuerySelectorAll(".box-worst li").ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal($"/inspections/{strategic[0].Id}", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(strategic[0].Judgement!, items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/inspections/programme#expected-{expected[0].Id}", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/inspections/intelligence#intelligence-{intelligence[0].Id}", items[2].QuerySelector("a")!.GetAttribute("href"));
        Assert.All(items, li => Assert.NotNull(li.QuerySelector(".demo-mark")));
        Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), box.QuerySelector("[data-figure='Inspections expected']")!.GetAttribute("data-value"));
        Assert.Matches("(More|Fewer|Same|No earlier)", box.QuerySelector(".box-direction")!.TextContent);
        Assert.DoesNotMatch("(Better|Worse)", box.QuerySelector(".box-direction")!.TextContent);

        // The detail lists each in a table, every row a link to its record and marked demo.
        var detail = await client.PageAsync(box.QuerySelector("h2 a")!.GetAttribute("href")!);
        foreach (var (table, count, link) in new[]
                 {
                     ("#strategic-inspections", strategic.Count, "/inspections/"), ("#forward-programme", expected.Count, "/inspections/programme#expected-"),
                     ("#latest-intelligence", Math.Min(5, intelligence.Count), "/inspections/intelligence#intelligence-"),
                 })
        {
            Assert.NotNull(detail.Document.QuerySelector($"{table} caption"));
            var rows = detail.Document.QuerySelectorAll($"{table} tbody tr");
            Assert.Equal(count, rows.Length);
            Assert.All(rows, r => Assert.StartsWith(link, r.QuerySelector("th a")!.GetAttribute("href"), StringComparison.Ordinal));
            Assert.All(rows, r => Assert.NotNull(r.QuerySelector(".demo-mark")));
        }

        // Each link finds its record on the page it opens.
        Assert.NotNull((await client.PageAsync("/inspections/programme")).Document.QuerySelector($"#expected-{expected[0].Id}"));
        Assert.NotNull((await client.PageAsync("/inspections/intelligence")).Document.QuerySelector($"#intelligence-{intelligence[0].Id}"));
        Assert.Contains(strategic[0].Judgement!, (await client.PageAsync($"/inspections/{strategic[0].Id}")).Document.QuerySelector("#inspection-judgement")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_intelligence_and_a_change_to_the_forward_programme_show_on_the_glance_at_once_rebuilding_that_box_alone()
    {
        using var cabinet = app.CreateSiteClient();
        using var team = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        await cabinet.PageAsync("/guidance");
        var glance = await cabinet.PageAsync("/dashboard");
        int Figure(Page page, string name) => int.Parse(Box(page, "Strategic inspections and intelligence").QuerySelector($"[data-figure='{name}']")!.GetAttribute("data-value")!,
            System.Globalization.CultureInfo.InvariantCulture);
        var received = Figure(glance, "New intelligence");
        var expected = Figure(glance, "Inspections expected");

        Assert.Equal(HttpStatusCode.Redirect, (await team.PostFormAsync("/inspections/intelligence/new",
            ("Input.Source", "Audit Commission letter on the dashboard test"), ("Input.ReceivedOn", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Summary", "Notes the council's grip on its forward programme"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostFormAsync("/inspections/programme/new",
            ("Input.Inspectorate", "Ofsted"), ("Input.Service", "Dashboard test: youth service"), ("Input.DepartmentId", ""),
            ("Input.ExpectedMonth", today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)), ("Input.Scope", ""))).StatusCode);
        var (record, entry) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return (await db.IntelligenceRecords.Where(r => r.Source == "Audit Commission letter on the dashboard test").Select(r => r.Id).SingleAsync(),
                await db.ExpectedInspections.Where(e => e.Service == "Dashboard test: youth service").Select(e => e.Id).SingleAsync());
        });

        // The next request, with no wait: the new figures, and the new records as the box's links (the next expected, the latest received).
        var baseline = app.Commands.Count;
        await cabinet.PageAsync("/guidance");
        baseline = app.Commands.Count - baseline;
        var before = app.Commands.Count;
        var after = await cabinet.PageAsync("/dashboard");
        var cost = app.Commands.Count - before - baseline;
        Assert.Equal(received + 1, Figure(after, "New intelligence"));
        Assert.Equal(expected + 1, Figure(after, "Inspections expected"));
        var links = Box(after, "Strategic inspections and intelligence").QuerySelectorAll(".box-worst li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/inspections/programme#expected-{entry}", links);
        Assert.Contains($"/inspections/intelligence#intelligence-{record}", links);
        // That box's one command, the latest report and at most the look at the audit trail: not the other thirteen boxes.
        Assert.InRange(cost, 1, 4);

        // Taken off the programme: gone from the glance at once.
        var version = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ExpectedInspections.Where(e => e.Id == entry).Select(e => e.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostFormToAsync("/inspections/programme", $"/inspections/programme/{entry}/remove", ("Version", version.ToString()))).StatusCode);
        var removed = await cabinet.PageAsync("/dashboard");
        Assert.Equal(expected, Figure(removed, "Inspections expected"));
        Assert.DoesNotContain($"/inspections/programme#expected-{entry}",
            Box(removed, "Strategic inspections and intelligence").QuerySelectorAll(".box-worst li a").Select(a => a.GetAttribute("href")));
    }

    /// <summary>A box of the glance view.</summary>
    private static AngleSharp.Dom.IElement Box(Page page, string title) =>
        page.Document.QuerySelectorAll(".glance > section").Single(s => s.QuerySelector("h2 a")!.TextContent.Trim() == title);

    private static int RedOnGlance(Page page, string title) =>
        int.Parse(Box(page, title).QuerySelector("[data-figure=Red]")!.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A box's tile in full, on the detail page its glance box opens (with the glance's quarter, department and changes).</summary>
    private static async Task<AngleSharp.Dom.IElement> TileAsync(SiteClient client, Page glance, string title)
    {
        var detail = await client.PageAsync(Box(glance, title).QuerySelector("h2 a")!.GetAttribute("href")!);
        return detail.Document.QuerySelectorAll(".dashboard > section")[0];
    }

    private async Task<DateOnly> PeriodEndAsync(SiteClient client)
    {
        var page = await client.PageAsync("/dashboard");
        var id = int.Parse(page.Document.QuerySelector("#period option[selected]")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
        return await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods.Where(p => p.Id == id).Select(p => p.EndDate).SingleAsync());
    }
}
