using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CsvHelper;
using CsvHelper.Configuration;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Indicators;

/// <summary>
/// The LAA scorecard as the demo seeds it: reds first, counts, sorting, earlier quarters, and its downloads. Its indicators are
/// national ones, whose demo results end with the LAA in March 2011, so the colours are read as at that quarter; today it
/// shows no data. The quarter-by-quarter test reads the Value for Money scorecard, whose local measures have current results.
/// </summary>
public sealed partial class ScorecardTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] RagOrder = ["Red", "Amber", "Green", "No data"];

    [Fact]
    public async Task The_LAA_scorecard_lists_reds_then_ambers_then_greens_then_no_data_and_counts_them()
    {
        var id = await ScorecardIdAsync("LAA");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.ChiefExecutive);

        var page = await client.PageAsync($"/scorecards/{id}?period={await LaaEndPeriodIdAsync()}");

        Assert.Equal("LAA scorecard", page.H1);
        var rows = Rows(page);
        Assert.Equal(await MemberCountAsync(id), rows.Count);
        var rags = rows.Select(IndicatorSite.RagOf).ToList();
        Assert.All(rags, r => Assert.Contains(r, RagOrder));
        Assert.Equal(rags.OrderBy(r => Array.IndexOf(RagOrder, r)), rags);
        Assert.True(rags.Distinct().Count() >= 3, $"The demo mixes colours on the LAA scorecard; the page shows {string.Join(", ", rags)}");
        // NI 117 takes its direction from reference document 5.8 (issue 17), so it has a RAG like the others.
        Assert.NotEqual("No data", IndicatorSite.RagOf(rows.Single(r => Code(r) == "NI 117")));

        var counts = Counts(page);
        Assert.Equal(RagOrder, counts.Keys);
        foreach (var rag in RagOrder)
        {
            Assert.Equal(rags.Count(r => r == rag), counts[rag]);
        }

        Assert.Equal(rows.Count, counts.Values.Sum());
        Assert.Contains($"of {rows.Count} indicators.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_code_orders_the_rows_by_code()
    {
        var id = await ScorecardIdAsync("LAA");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.PerformanceMember);
        var period = await LaaEndPeriodIdAsync();
        var byRag = Rows(await client.PageAsync($"/scorecards/{id}?period={period}")).Select(Code).ToList();

        var page = await client.PageAsync($"/scorecards/{id}?period={period}&sort=code");

        var codes = Rows(page).Select(Code).ToList();
        Assert.Equal(byRag.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        Assert.NotEqual(byRag, codes);
        Assert.Equal("NI 1", codes[0]);
        Assert.Equal("ascending", page.Document.QuerySelectorAll("#scorecard thead th").Single(th => th.TextContent.Trim() == "Code").GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task An_earlier_quarter_shows_that_quarters_figures()
    {
        var id = await ScorecardIdAsync("Value for Money");
        var latest = app.LastEndedQuarter();
        var yearAgo = latest.SameTimeLastYear;
        var periodId = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods
            .Where(p => p.StartDate == yearAgo.Start).Select(p => p.Id).SingleAsync());
        var figures = await FiguresAsync(id, yearAgo);
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.SelectCommittee);

        var now = await client.PageAsync($"/scorecards/{id}");
        var then = await client.PageAsync($"/scorecards/{id}?period={periodId}");

        Assert.Contains($"As at the end of Quarter {yearAgo.Label[1]} {HccPerformance.Core.Organisation.ReportingPeriod.FinancialYearName(yearAgo.FinancialYear)}",
            then.Text, StringComparison.Ordinal);
        Assert.Equal(periodId.ToString(CultureInfo.InvariantCulture), then.Document.QuerySelector("#period option[selected]")!.GetAttribute("value"));
        var rows = Rows(then);
        Assert.Equal(figures.Count, rows.Count);
        foreach (var row in rows)
        {
            var result = row.QuerySelectorAll("td")[2];
            Assert.Equal(yearAgo.Label, result.QuerySelector("span:not(.demo-mark)")!.TextContent.Trim());
            Assert.StartsWith(figures[Code(row)].ToString("#,0.##", EnGb), result.TextContent.Trim().TrimStart('£'), StringComparison.Ordinal);
        }

        Assert.All(Rows(now), r => Assert.Equal(latest.Label, r.QuerySelectorAll("td")[2].QuerySelector("span:not(.demo-mark)")!.TextContent.Trim()));
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.ServiceManager)]
    public async Task Readers_see_the_scorecard_without_the_forms_that_keep_it(string user)
    {
        var id = await ScorecardIdAsync("LAA");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        var page = await client.PageAsync($"/scorecards/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(Rows(page));
        Assert.Null(page.Document.QuerySelector($"form[action='/scorecards/{id}/members']"));
        Assert.Null(page.Document.QuerySelector($"form[action='/scorecards/{id}/settings']"));
    }

    [Fact]
    public async Task The_scorecard_downloads_as_CSV_in_the_pages_order()
    {
        var id = await ScorecardIdAsync("LAA");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        var page = await client.PageAsync($"/scorecards/{id}");

        var response = await client.GetAsync($"/scorecards/{id}/export.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.StartsWith("scorecard-laa-", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var table = ReadCsv(bytes);
        var header = table[0].ToList();
        Assert.Equal(["Demo data", "Scorecard", "As at", "Code", "Indicator"], header.Take(5));
        Assert.Contains("RAG", header);
        Assert.Contains("Result", header);
        Assert.Contains("Target", header);
        var body = table.Skip(1).ToList();
        var rows = Rows(page);
        Assert.Equal(rows.Count, body.Count);
        Assert.Equal(rows.Select(Code), body.Select(r => r[header.IndexOf("Code")]));
        Assert.Equal(rows.Select(IndicatorSite.RagOf), body.Select(r => r[header.IndexOf("RAG")]));
        Assert.All(body, r => Assert.Equal(header.Count, r.Length));
        Assert.All(body.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+@".Contains(cell[0], StringComparison.Ordinal), $"A cell starts like a formula: {cell}"));
    }

    [Fact]
    public async Task A_title_that_looks_like_a_formula_is_defused_in_both_downloads()
    {
        const string Title = "=HYPERLINK(\"https://example.invalid/steal\",\"Click for the figures\")";
        var scorecard = await ScorecardIdAsync("LAA");
        var id = await app.IndicatorIdAsync("NI 195");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var edit = await team.PageAsync($"/indicators/{id}/edit");
        var fields = edit.FormFields("Input.Title");
        Assert.Equal("LowerIsBetter", fields["Input.Polarity"]);
        fields["Input.Title"] = Title;

        var saved = await team.FollowAsync(await team.PostFormAsync($"/indicators/{id}/edit", fields));
        Assert.Equal("The indicator's definition is saved.", saved.Status());
        Assert.Contains(Title, saved.H1, StringComparison.Ordinal);
        Assert.Equal(Polarity.LowerIsBetter, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.Where(i => i.Id == id).Select(i => i.Polarity).SingleAsync()));

        var csv = ReadCsv(await (await team.GetAsync($"/scorecards/{scorecard}/export.csv")).Content.ReadAsByteArrayAsync());
        var row = csv.Single(r => r[Array.IndexOf(csv[0], "Code")] == "NI 195");
        Assert.Equal("'" + Title, row[Array.IndexOf(csv[0], "Indicator")]);

        var workbook = await team.GetAsync($"/scorecards/{scorecard}/export.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync());
        var sheet = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(csv.Count - 1, sheet.Count);
        Assert.Equal("'" + Title, sheet.Single(r => (string)r["Code"] == "NI 195")["Indicator"]);
        Assert.All(sheet.SelectMany(r => r.Values).OfType<string>(), cell => Assert.False(cell.Length > 0 && "=+@".Contains(cell[0], StringComparison.Ordinal), $"A cell starts like a formula: {cell}"));
    }

    private static List<IElement> Rows(Page page) => [.. page.Document.QuerySelectorAll("#scorecard tbody tr")];

    private static string Code(IElement row) => row.QuerySelector("td")!.TextContent.Trim();

    /// <summary>The counts above the table ("Red: 2"), in the order shown.</summary>
    private static Dictionary<string, int> Counts(Page page) =>
        page.Document.QuerySelectorAll("p > span.tag").Select(s => CountPattern().Match(s.TextContent.Trim())).Where(m => m.Success)
            .ToDictionary(m => m.Groups["rag"].Value, m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = new StringReader(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return rows;
    }

    private Task<int> ScorecardIdAsync(string name) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Scorecards.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    /// <summary>The last quarter of the LAA and of the National Indicator Set: January to March 2011.</summary>
    private Task<int> LaaEndPeriodIdAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods
            .Where(p => p.FinancialYear == 2010 && p.Quarter == 4).Select(p => p.Id).SingleAsync());

    private Task<int> MemberCountAsync(int id) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Scorecards.Where(c => c.Id == id).Select(c => c.Members.Count).SingleAsync());

    /// <summary>Each member's result for a quarter, by code, straight from the database.</summary>
    private Task<Dictionary<string, decimal>> FiguresAsync(int scorecardId, ResultPeriod quarter) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var members = await db.Scorecards.Where(c => c.Id == scorecardId).SelectMany(c => c.Members.Select(m => m.IndicatorId)).ToListAsync();
            return await (from r in db.IndicatorResults
                          join i in db.Indicators on r.IndicatorId equals i.Id
                          where members.Contains(i.Id) && r.PeriodStart == quarter.Start
                          select new { i.Code, r.Value }).ToDictionaryAsync(x => x.Code, x => x.Value);
        });

    [GeneratedRegex(@"^(?<rag>Red|Amber|Green|No data): (?<n>\d+)$")]
    private static partial Regex CountPattern();
}
