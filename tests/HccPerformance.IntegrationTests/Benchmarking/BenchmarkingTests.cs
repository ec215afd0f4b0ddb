using System.Net;
using System.Text;
using AngleSharp.Dom;
using HccPerformance.Core.Auditing;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Organisation;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Support;
using HccPerformance.Web.Models.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Benchmarking;

/// <summary>
/// Benchmarking against comparator councils (issue 6): the page's figures and quartiles are what the register holds, the
/// Performance Team alone enters and imports comparators' figures, and bad input or an unknown year writes nothing.
/// Tests that write use their own indicators and years, since they share one database.
/// </summary>
public sealed class BenchmarkingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Import = "/benchmarking/import";

    private int LastYear => ReportingPeriod.FinancialYearOf(app.Today()) - 1;

    [Fact]
    public async Task The_page_shows_each_indicators_quartile_median_and_best_as_the_register_holds_them_bottom_quartile_first()
    {
        // A known set for last year: DEMO 4 (higher is better) with every comparator above the council, so it is a
        // bottom-quartile outlier; DEMO 3 (higher is better) with two of four comparators above, so it is second.
        var year = LastYear;
        var demo4 = await CouncilFigureAsync("DEMO 4", year);
        var demo3 = await CouncilFigureAsync("DEMO 3", year);
        await AddFiguresAsync("DEMO 4", year, [.. Enumerable.Range(1, 6).Select(n => demo4 + n)]);
        await AddFiguresAsync("DEMO 3", year, [demo3 + 2, demo3 + 1, demo3 - 1, demo3 - 3]);
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync($"/benchmarking?year={year}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Benchmarking", page.H1);
        Assert.Contains("Comparator figures in the demo are invented", page.Text, StringComparison.Ordinal);
        var rows = page.Document.QuerySelectorAll("#benchmarks tbody tr").ToList();
        var expected = await ExpectedRowsAsync(year);
        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in rows)
        {
            var code = row.QuerySelector("th a")!.TextContent.Trim();
            var e = expected[code];
            var cells = row.QuerySelectorAll("td").Select(c => c.TextWithoutDemoMarks()).ToList();
            Assert.Equal(e.Department ?? "Not assigned", cells[0]);
            Assert.Equal(e.Council is null ? "No result" : IndicatorDisplay.Figure(e.Council, e.Unit), cells[1]);
            Assert.Equal(e.Values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[2]);
            Assert.Equal(IndicatorDisplay.Figure(BenchmarkingService.Median(e.Values), e.Unit), cells[3]);
            Assert.StartsWith(QuartileWords.Name(Quartiles.Of(e.Council, e.Values, e.Polarity)), cells[5], StringComparison.Ordinal);
        }

        // The known set, worked by hand.
        Assert.StartsWith("Bottom", Cells(Row(page, "DEMO 4"))[5], StringComparison.Ordinal);
        Assert.Equal(IndicatorDisplay.Figure(demo4 + 3.5m, null), Cells(Row(page, "DEMO 4"))[3]);
        Assert.Equal(IndicatorDisplay.Figure(demo4 + 6, null), Cells(Row(page, "DEMO 4"))[4]);
        Assert.StartsWith("Second", Cells(Row(page, "DEMO 3"))[5], StringComparison.Ordinal);
        Assert.Equal(IndicatorDisplay.Figure(demo3 + 2, "%"), Cells(Row(page, "DEMO 3"))[4]);

        // Bottom quartile first, and the outliers listed by indicator and service.
        var quartiles = rows.Select(r => r.QuerySelector(".tag")!.TextContent.Trim()).ToList();
        var order = new[] { "Bottom", "Third", "Second", "Top", "No quartile" };
        Assert.Equal(quartiles.OrderBy(q => Array.IndexOf(order, q)), quartiles);
        var outliers = page.Document.QuerySelectorAll("ul[aria-labelledby=outliers] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(quartiles.Count(q => q == "Bottom"), outliers.Count);
        Assert.Contains(outliers, o => o.StartsWith("DEMO 4: Demo local measure: library visits", StringComparison.Ordinal)
            && o.EndsWith("(Culture, Communities and Rural Affairs)", StringComparison.Ordinal));

        // The indicator's page: the comparators best first, the council's row among them where its figure puts it.
        var detail = await cabinet.PageAsync($"/benchmarking/{await app.IndicatorIdAsync("DEMO 3")}?year={year}");
        var table = detail.Document.QuerySelectorAll("#comparators tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Equal(5, table.Count);
        Assert.Equal("This council", table[2]);
        Assert.Single(detail.Document.QuerySelectorAll("#comparators tbody tr.benchmark-council"));
        Assert.Empty(detail.Document.QuerySelectorAll("form[method=post] input[name='Input.Comparator']"));
    }

    [Fact]
    public async Task The_demo_puts_a_few_indicators_in_the_bottom_quartile_of_last_year()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync("/benchmarking");

        Assert.Equal($"Financial year", page.Document.QuerySelector("label[for=year]")!.TextContent.Trim());
        // DEMO 10 (which no test here changes) has the eight demo counties for each of the last three years that have ended;
        // NI 192 for the three years of the National Indicator Set only, which ended in March 2011.
        foreach (var (code, years) in new[] { ("DEMO 10", new[] { LastYear - 2, LastYear - 1, LastYear }), ("NI 192", [2008, 2009, 2010]) })
        {
            var id = await app.IndicatorIdAsync(code);
            var figures = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().BenchmarkResults
                .Where(b => b.IndicatorId == id).Select(b => new { b.FinancialYear, b.Comparator }).ToListAsync());
            Assert.Equal(years, figures.Select(f => f.FinancialYear).Distinct().Order());
            Assert.All(figures.GroupBy(f => f.FinancialYear), g =>
                Assert.Equal([.. "ABCDEFGH".Select(c => $"Demo County {c}")], g.Select(f => f.Comparator).Order()));
        }

        Assert.InRange(page.Document.QuerySelectorAll("ul[aria-labelledby=outliers] li").Length, 2, 5);
    }

    [Fact]
    public async Task The_Performance_Team_adds_and_changes_a_comparators_figure_on_the_indicators_page()
    {
        var year = LastYear - 5;
        var id = await app.IndicatorIdAsync("NI 154");
        var path = $"/benchmarking/{id}?year={year}";
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var before = await CountAsync();

        var added = await team.FollowAsync(await team.PostFormToAsync(path, $"/benchmarking/{id}",
            ("Input.Year", $"{year}"), ("Input.Comparator", "Demo County J"), ("Input.Value", "1234.5")));
        Assert.Equal($"Demo County J's figure for {FinancialYears.Name(year)} is added. The quartile below takes it into account.", added.Status());
        Assert.Contains("1,234.5", added.Document.QuerySelector("#comparators")!.TextContent, StringComparison.Ordinal);

        var form = await team.PageAsync($"{path}&change=demo%20county%20j");
        Assert.Equal("Demo County J", form.ValueOf("Input.Comparator"));
        Assert.Equal("1234.5", form.ValueOf("Input.Value"));
        var changed = await team.FollowAsync(await team.PostFormToAsync(path, $"/benchmarking/{id}",
            ("Input.Year", $"{year}"), ("Input.Comparator", "demo county j"), ("Input.Value", "1200")));

        Assert.Equal($"Demo County J's figure for {FinancialYears.Name(year)} is changed. The quartile below takes it into account.", changed.Status());
        Assert.Equal(before + 1, await CountAsync());
        var held = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().BenchmarkResults.AsNoTracking()
            .SingleAsync(b => b.IndicatorId == id && b.FinancialYear == year));
        Assert.Equal(("Demo County J", 1200m), (held.Comparator, held.Value));
    }

    [Theory]
    [InlineData("", "12", "Input.Comparator", "Name the comparator council, like Demo County A")]
    [InlineData("This council", "12", "Input.Comparator", "\"This council\" is the council's own row: name the comparator council instead")]
    [InlineData("Demo County K", "", "Input.Value", "Enter the comparator's figure as a number, like 42 or 12.5")]
    [InlineData("Demo County K", "lots", "Input.Value", "\u201clots\u201d is not something the site can read here: enter a number like 75 or 12.5, or a date like 31/03/2010")]
    public async Task A_figure_the_form_cannot_take_is_named_beside_its_field_and_nothing_is_written(string comparator, string value, string field, string message)
    {
        var id = await app.IndicatorIdAsync("NI 193");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var before = await CountAsync();

        var page = await Page.ReadAsync(await team.PostFormToAsync($"/benchmarking/{id}", $"/benchmarking/{id}",
            ("Input.Year", $"{LastYear}"), ("Input.Comparator", comparator), ("Input.Value", value)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.ErrorFor(field));
        Assert.Equal(comparator, page.ValueOf("Input.Comparator"));
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.HeadOfImprovement)]
    [InlineData(TestUsers.ServiceManager)]
    public async Task Only_the_Performance_Team_changes_comparator_figures(string userName)
    {
        var id = await app.IndicatorIdAsync("NI 192");
        var figure = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().BenchmarkResults.Where(b => b.IndicatorId == id).Select(b => b.Id).FirstAsync());
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);
        var before = await CountAsync();

        var page = await client.PageAsync($"/benchmarking/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("input[name='Input.Comparator']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Import)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync($"/benchmarking/{id}", $"/benchmarking/{id}",
            ("Input.Year", $"{LastYear}"), ("Input.Comparator", "Demo County Z"), ("Input.Value", "5"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync($"/benchmarking/{id}", $"/benchmarking/{id}/comparators/{figure}/remove")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.UploadAsync(Import, "figures.csv",
            Csv("Indicator code,Year,Comparator,Value", "NI 192,2009/10,Demo County Z,5"), tokenPage: "/benchmarking")).StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_good_file_is_imported_and_importing_it_again_changes_nothing()
    {
        // NI 155, which the demo does not benchmark: the demo's comparator figures for NI 191 cover these years.
        var file = Csv(
            "Indicator code,Year,Comparator,Value",
            "NI 155,2009/10,Demo County A,610",
            "ni 155,2009/10,Demo County B,580.25",
            "NI 155,2010/11,Demo County A,600");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var before = await CountAsync();

        var first = await team.FollowAsync(await team.UploadAsync(Import, "club.csv", file));

        Assert.Equal(Import, first.Path);
        Assert.Equal("club.csv is imported: 3 added, 0 changed, 0 already as the file gives them.", first.Status());
        Assert.Equal(before + 3, await CountAsync());
        var id = await app.IndicatorIdAsync("NI 155");
        var held = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().BenchmarkResults.AsNoTracking()
            .Where(b => b.IndicatorId == id && b.FinancialYear == 2009).OrderBy(b => b.Comparator).Select(b => new { b.Comparator, b.Value }).ToListAsync());
        Assert.Equal([("Demo County A", 610m), ("Demo County B", 580.25m)], held.Select(h => (h.Comparator, h.Value)));

        var audit = await AuditCountAsync();
        var again = await team.FollowAsync(await team.UploadAsync(Import, "club.csv", file));
        Assert.Equal("club.csv is imported: 0 added, 0 changed, 3 already as the file gives them.", again.Status());
        Assert.Equal(before + 3, await CountAsync());
        Assert.Equal(audit, await AuditCountAsync());

        var changed = await team.FollowAsync(await team.UploadAsync(Import, "club.csv", Csv(
            "Indicator code,Year,Comparator,Value", "NI 155,2009/10,DEMO COUNTY A,615", "NI 155,2010/11,Demo County A,600")));
        Assert.Equal("club.csv is imported: 0 added, 1 changed, 1 already as the file gives them.", changed.Status());
        Assert.Equal(before + 3, await CountAsync());

        // The figures show on the indicator's page for the year.
        var page = await team.PageAsync($"/benchmarking/{id}?year=2009/10");
        Assert.Contains("615", page.Document.QuerySelector("#comparators")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_lists_each_row_and_what_is_wrong()
    {
        var future = FinancialYears.Name(ReportingPeriod.FinancialYearOf(app.Today()) + 1);
        var file = Csv(
            "Indicator code,Year,Comparator,Value",
            "NI 195,2009/10,Demo County A,12",
            "NI 999,2009/10,Demo County A,12",
            "NI 195,2009,Demo County B,12",
            "NI 195,2009/10,Demo County C,abc",
            "NI 195,2009/10,demo county a,13",
            $"NI 195,{future},Demo County D,12",
            "NI 195,2009/10,This council,12",
            "NI 195,2009/10,,12");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var before = await CountAsync();

        var response = await team.UploadAsync(Import, "mixed.csv", file);
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nothing was imported: 7 rows have problems. Put them right and upload the file again.", page.ErrorFor("file"));
        Assert.Equal(
        [
            ("3", "Indicator code", "there is no indicator NI 999"),
            ("4", "Year", "\"2009\" is not a financial year: write it like 2009/10"),
            ("5", "Value", "\"abc\" is not a number"),
            ("6", "Comparator", "row 2 already gives demo county a's NI 195 for 2009/10"),
            ("7", "Year", $"{future} has not begun yet"),
            ("8", "Comparator", "\"This council\" is the council's own figure, which comes from its results: name a comparator council"),
            ("9", "Comparator", "the comparator council is missing"),
        ], Problems(page));
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("figures.txt", "NI 195,2009/10,Demo County A,12", "Upload a CSV file (.csv) or an Excel workbook (.xlsx); figures.txt is neither.")]
    [InlineData("figures.csv", "", "The file is empty.")]
    [InlineData("figures.csv", "Indicator code,Period,Value\nNI 195,2009/10,12", "figures.csv is missing the columns Year and Comparator.")]
    public async Task A_file_the_import_cannot_take_is_refused_beside_the_file_input(string fileName, string content, string message)
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var before = await CountAsync();

        var page = await Page.ReadAsync(await team.UploadAsync(Import, fileName, Encoding.UTF8.GetBytes(content)));

        Assert.StartsWith(message, page.ErrorFor("file"), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_Excel_workbook_is_imported_like_a_CSV_file()
    {
        using var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, new[]
        {
            new Dictionary<string, object> { ["Indicator code"] = "DEMO 9", ["Year"] = "2011/12", ["Comparator"] = "Demo County E", ["Value"] = 97.5m },
        });
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);

        var page = await team.FollowAsync(await team.UploadAsync(Import, "club.xlsx", stream.ToArray()));

        Assert.Equal("club.xlsx is imported: 1 added, 0 changed, 0 already as the file gives them.", page.Status());
    }

    [Theory]
    [InlineData("/benchmarking?year=2001", "There are no comparator figures for 2001/02: showing")]
    [InlineData("/benchmarking?year=1999", "\u201c1999\u201d is not a financial year")]
    [InlineData("/benchmarking?year=next", "\u201cnext\u201d is not a financial year")]
    public async Task An_unknown_year_in_the_address_is_named_and_the_latest_year_shown(string path, string message)
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith(message, page.Document.QuerySelector("[role=alert]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotEmpty(page.Document.QuerySelectorAll("#benchmarks tbody tr"));
    }

    [Fact]
    public async Task An_unknown_indicator_is_the_404_page_and_an_unknown_year_of_a_known_one_a_message()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/benchmarking/99999")).StatusCode);
        var page = await cabinet.PageAsync($"/benchmarking/{await app.IndicatorIdAsync("NI 192")}?year=2101/02");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("is not a financial year", page.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var far = await cabinet.PageAsync($"/benchmarking/{await app.IndicatorIdAsync("NI 192")}?year=2001");
        Assert.StartsWith("2001/02 is not a year the register covers", far.Document.QuerySelector("[role=alert]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    private sealed record Expected(string? Department, string? Unit, Polarity? Polarity, decimal? Council, List<decimal> Values);

    /// <summary>What the register holds for a year, worked out here from the tables themselves.</summary>
    private Task<Dictionary<string, Expected>> ExpectedRowsAsync(int year) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var figures = await db.BenchmarkResults.AsNoTracking().Where(b => b.FinancialYear == year).ToListAsync();
        var ids = figures.Select(f => f.IndicatorId).Distinct().ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        var results = await db.IndicatorResults.AsNoTracking().Where(r => ids.Contains(r.IndicatorId)).ToListAsync();
        return indicators.ToDictionary(i => i.Code, i => new Expected(
            i.DepartmentId is { } d ? departments[d] : null, i.Unit, i.Polarity,
            results.Where(r => r.IndicatorId == i.Id && ReportingPeriod.FinancialYearOf(r.PeriodStart) == year).OrderBy(r => r.PeriodStart).LastOrDefault()?.Value,
            [.. figures.Where(f => f.IndicatorId == i.Id).Select(f => f.Value)]));
    });

    private Task<decimal> CouncilFigureAsync(string code, int year) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var id = await db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync();
        var results = await db.IndicatorResults.AsNoTracking().Where(r => r.IndicatorId == id).ToListAsync();
        return results.Where(r => ReportingPeriod.FinancialYearOf(r.PeriodStart) == year).OrderBy(r => r.PeriodStart).Last().Value;
    });

    private Task<int> AddFiguresAsync(string code, int year, IReadOnlyList<decimal> values) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var id = await db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync();
        for (var n = 0; n < values.Count; n++)
        {
            db.BenchmarkResults.Add(new BenchmarkResult(id, year, $"Test County {n + 1}", values[n]));
        }

        return await db.SaveChangesAsync();
    });

    private static IElement Row(Page page, string code) =>
        page.Document.QuerySelectorAll("#benchmarks tbody tr").Single(r => r.QuerySelector("th a")!.TextContent.Trim() == code);

    private static List<string> Cells(IElement row) => [.. row.QuerySelectorAll("td").Select(c => c.TextContent.Trim())];

    private Task<int> CountAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().BenchmarkResults.CountAsync());

    private Task<int> AuditCountAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<AuditEntry>().CountAsync());

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    private static List<(string Row, string Column, string Message)> Problems(Page page) =>
        [.. page.Document.QuerySelectorAll(".import-problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .Select(c => (c[0], c[1], c[2]))];
}
