using System.Net;
using System.Text;
using HccPerformance.Core.Auditing;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Indicators;

/// <summary>
/// The Performance Team's imports of results and definitions: all or nothing, row by row problems, harmless to repeat.
/// Each test uses its own indicators for the current quarter, since they share one database.
/// </summary>
public sealed class ImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Results = "/indicators/import";
    private const string Definitions = "/indicators/import-definitions";

    [Fact]
    public async Task A_good_file_is_imported_and_importing_it_again_changes_nothing()
    {
        var quarter = app.CurrentQuarter().Label;
        var file = Csv(
            "Indicator code,Period,Value,Note,Data quality",
            $"NI 192,{quarter},44.5,,Confirmed",
            $"NI 191,{quarter},151,From the weighbridge,Estimated",
            $"DEMO 8,{quarter},91.2,,");
        using var team = await PerformanceTeamAsync();
        var results = await app.ResultCountAsync();

        var first = await team.FollowAsync(await team.UploadAsync(Results, "returns.csv", file));

        Assert.Equal(Results, first.Path);
        Assert.Equal("returns.csv is imported: 3 added, 0 changed, 0 already as the file gives them.", first.Status());
        Assert.Equal(results + 3, await app.ResultCountAsync());
        var ni192 = (await app.ResultAsync("NI 192", app.CurrentQuarter()))!;
        Assert.Equal(44.5m, ni192.Value);
        Assert.Equal(ResultSource.Imported, ni192.Source);
        var ni191 = (await app.ResultAsync("NI 191", app.CurrentQuarter()))!;
        Assert.Equal((151m, "From the weighbridge", DataQuality.Estimated), (ni191.Value, ni191.Note, ni191.Quality));
        Assert.Equal(91.2m, (await app.ResultAsync("DEMO 8", app.CurrentQuarter()))!.Value);

        var revisions = await app.RevisionCountAsync();
        var audit = await AuditCountAsync();
        var again = await team.FollowAsync(await team.UploadAsync(Results, "returns.csv", file));

        Assert.Equal("returns.csv is imported: 0 added, 0 changed, 3 already as the file gives them.", again.Status());
        Assert.Equal(results + 3, await app.ResultCountAsync());
        Assert.Equal(revisions, await app.RevisionCountAsync());
        Assert.Equal(audit, await AuditCountAsync());
        Assert.Equal(ni192.Version, (await app.ResultAsync("NI 192", app.CurrentQuarter()))!.Version);

        // The indicator's page shows the imported figure.
        var page = await team.PageAsync($"/indicators/{await app.IndicatorIdAsync("NI 192")}");
        Assert.Contains($"Imported by", page.ResultRow(app.CurrentQuarter())!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_lists_each_row_and_what_is_wrong()
    {
        var quarter = app.CurrentQuarter();
        var closed = app.ClosedQuarter();
        var file = Csv(
            "Indicator code,Period,Value",
            $"NI 48,{quarter.Label},12",
            $"NI 185,{quarter.Label},30",
            $"NI 999,{quarter.Label},5",
            $"NI 193,{quarter.Label},abc",
            $"NI 48,{quarter.Label},13",
            $"DEMO 13,{closed.Label},5");
        using var team = await PerformanceTeamAsync();
        var results = await app.ResultCountAsync();
        // A local measure: the national indicators' demo results end in March 2011.
        var closedFigure = (await app.ResultAsync("DEMO 13", closed))!.Value;

        var response = await team.UploadAsync(Results, "mixed.csv", file);
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nothing was imported: 4 rows have problems. Put them right and upload the file again.", page.ErrorFor("file"));
        var problems = Problems(page);
        Assert.Equal(
        [
            ("4", "Indicator code", "there is no indicator NI 999"),
            ("5", "Value", "\"abc\" is not a number"),
            ("6", "Period", $"row 2 already gives NI 48 for {quarter.Label}"),
            ("7", "Period", $"{closed.Label} is not open for results"),
        ], problems);
        Assert.Equal(results, await app.ResultCountAsync());
        Assert.Null(await app.ResultAsync("NI 48", quarter));
        Assert.Null(await app.ResultAsync("NI 185", quarter));
        Assert.Equal(closedFigure, (await app.ResultAsync("DEMO 13", closed))!.Value);
    }

    [Fact]
    public async Task A_cell_that_a_spreadsheet_would_run_as_a_formula_is_refused()
    {
        var quarter = app.CurrentQuarter();
        var file = Csv(
            "Indicator code,Period,Value,Note",
            $"NI 193,{quarter.Label},5,=cmd|' /C calc'!A0");
        using var team = await PerformanceTeamAsync();
        var results = await app.ResultCountAsync();

        var response = await team.UploadAsync(Results, "formula.csv", file);
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Nothing was imported", page.ErrorFor("file"), StringComparison.Ordinal);
        var problem = Assert.Single(Problems(page));
        Assert.Equal(("2", "Note"), (problem.Row, problem.Column));
        Assert.Contains("looks like a spreadsheet formula", problem.Message, StringComparison.Ordinal);
        Assert.Equal(results, await app.ResultCountAsync());
        Assert.Null(await app.ResultAsync("NI 193", quarter));
    }

    [Theory]
    [InlineData("returns.txt", "NI 193,Q1 2009/10,5", "Upload a CSV file (.csv) or an Excel workbook (.xlsx); returns.txt is neither.")]
    [InlineData("returns.pdf", "%PDF-1.7 not really", "Upload a CSV file (.csv) or an Excel workbook (.xlsx); returns.pdf is neither.")]
    [InlineData("returns.csv", "", "The file is empty.")]
    [InlineData("returns.csv", "Code;Period;Value\nNI 193;Q1 2009/10;5", "returns.csv is missing the columns Indicator code, Period and Value.")]
    public async Task A_file_the_import_cannot_take_is_refused_beside_the_file_input(string fileName, string content, string message)
    {
        using var team = await PerformanceTeamAsync();
        var results = await app.ResultCountAsync();

        var response = await team.UploadAsync(Results, fileName, Encoding.UTF8.GetBytes(content));
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(message, page.ErrorFor("file"), StringComparison.Ordinal);
        Assert.Equal("file-error", page.Document.QuerySelector("#file")!.GetAttribute("aria-describedby"));
        Assert.Empty(Problems(page));
        Assert.Equal(results, await app.ResultCountAsync());
    }

    [Fact]
    public async Task A_post_without_a_file_asks_for_one()
    {
        using var team = await PerformanceTeamAsync();
        var token = (await team.PageAsync(Results)).AntiforgeryToken();
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };

        var page = await Page.ReadAsync(await team.Http.PostAsync(new Uri(Results, UriKind.Relative), form));

        Assert.Equal("Choose a CSV or Excel file to upload", page.ErrorFor("file"));
    }

    [Fact]
    public async Task An_Excel_workbook_with_good_rows_is_imported()
    {
        var quarter = app.CurrentQuarter();
        var rows = new List<Dictionary<string, object>>
        {
            new() { ["Indicator code"] = "NI 154", ["Period"] = quarter.Label, ["Value"] = 212m, ["Data quality"] = "Confirmed", ["Note"] = "" },
            new() { ["Indicator code"] = "NI 155", ["Period"] = quarter.Label, ["Value"] = 48.5m, ["Data quality"] = "Estimated", ["Note"] = "Two months of three" },
        };
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows);
        using var team = await PerformanceTeamAsync();
        var results = await app.ResultCountAsync();

        var page = await team.FollowAsync(await team.UploadAsync(Results, "data-hub.xlsx", stream.ToArray()));

        Assert.Equal("data-hub.xlsx is imported: 2 added, 0 changed, 0 already as the file gives them.", page.Status());
        Assert.Equal(results + 2, await app.ResultCountAsync());
        Assert.Equal(212m, (await app.ResultAsync("NI 154", quarter))!.Value);
        var estimated = (await app.ResultAsync("NI 155", quarter))!;
        Assert.Equal((48.5m, DataQuality.Estimated, "Two months of three"), (estimated.Value, estimated.Quality, estimated.Note));
    }

    [Fact]
    public async Task A_file_of_thousands_of_bad_rows_lists_the_first_hundred_and_says_how_many_more()
    {
        var quarter = app.CurrentQuarter().Label;
        var file = Csv(["Indicator code,Period,Value", .. Enumerable.Range(1, 2000).Select(n => $"NI 9{n:0000},{quarter},{n}")]);
        using var team = await PerformanceTeamAsync();
        var results = await app.ResultCountAsync();

        var response = await team.UploadAsync(Results, "bad.csv", file);
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nothing was imported: 2,000 rows have problems. Put them right and upload the file again.", page.ErrorFor("file"));
        var problems = Problems(page);
        Assert.Equal(IndicatorLimits.ImportProblemsListed, problems.Count);
        Assert.Equal(Enumerable.Range(2, 100).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), problems.Select(p => p.Row));
        Assert.Contains("And 1,900 more.", page.Text, StringComparison.Ordinal);
        Assert.Equal(results, await app.ResultCountAsync());
    }

    [Theory]
    [InlineData(Results)]
    [InlineData(Definitions)]
    public async Task A_Service_Manager_cannot_import(string path)
    {
        var quarter = app.CurrentQuarter().Label;
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var results = await app.ResultCountAsync();
        var indicators = await IndicatorCountAsync();
        var ownIndicator = $"/indicators/{await app.IndicatorIdAsync("NI 193")}";

        var response = await manager.UploadAsync(path, "mine.csv",
            path == Results ? Csv("Indicator code,Period,Value", $"NI 193,{quarter},1") : Csv("Code,Title,Frequency", "MINE 1,My own measure,Quarterly"),
            tokenPage: ownIndicator);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(results, await app.ResultCountAsync());
        Assert.Equal(indicators, await IndicatorCountAsync());
    }

    [Fact]
    public async Task A_definitions_file_adds_a_local_indicator_and_importing_it_again_changes_nothing()
    {
        var file = Csv(
            "Code,Title,Frequency,Polarity,Department,Service manager",
            "TEST 1,Test local measure: potholes filled within 24 hours,Quarterly,Higher,ENV,service.manager@demo.invalid");
        using var team = await PerformanceTeamAsync();

        var first = await team.FollowAsync(await team.UploadAsync(Definitions, "definitions.csv", file));

        Assert.Equal("/indicators", first.Path);
        Assert.Equal("definitions.csv is imported: 1 added, 0 changed, 0 already as the file gives them.", first.Status());
        var created = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return await (from i in db.Indicators
                          where i.Code == "TEST 1"
                          join d in db.Departments on i.DepartmentId equals d.Id
                          join u in db.Users on i.ServiceManagerId equals u.Id
                          select new { i.Title, i.Frequency, i.Polarity, i.IsNational, Department = d.Code, Manager = u.UserName, i.Version }).SingleAsync();
        });
        Assert.Equal("Test local measure: potholes filled within 24 hours", created.Title);
        Assert.Equal(Frequency.Quarterly, created.Frequency);
        Assert.Equal(Polarity.HigherIsBetter, created.Polarity);
        Assert.False(created.IsNational);
        Assert.Equal("ENV", created.Department);
        Assert.Equal(TestUsers.ServiceManager, created.Manager);
        Assert.Contains(first.Document.QuerySelectorAll("a"), a => a.TextContent.Trim() == "TEST 1");

        var indicators = await IndicatorCountAsync();
        var audit = await AuditCountAsync();
        var again = await team.FollowAsync(await team.UploadAsync(Definitions, "definitions.csv", file));

        Assert.Equal("definitions.csv is imported: 0 added, 0 changed, 1 already as the file gives them.", again.Status());
        Assert.Equal(indicators, await IndicatorCountAsync());
        Assert.Equal(audit, await AuditCountAsync());
        Assert.Equal(created.Version, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.Where(i => i.Code == "TEST 1").Select(i => i.Version).SingleAsync()));
    }

    [Fact]
    public async Task A_definitions_file_with_a_frequency_the_site_does_not_know_is_refused_with_the_row_listed()
    {
        var file = Csv(
            "Code,Title,Frequency,Polarity",
            "TEST 2,Test local measure: bins emptied on the day,Quarterly,Higher",
            "TEST 3,Test local measure: street lights fixed,Fortnightly,Higher");
        using var team = await PerformanceTeamAsync();
        var indicators = await IndicatorCountAsync();

        var response = await team.UploadAsync(Definitions, "definitions.csv", file);
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Import indicator definitions", page.H1);
        Assert.Equal("Nothing was imported: 1 row has a problem. Put it right and upload the file again.", page.ErrorFor("file"));
        Assert.Equal([("3", "Frequency", "\"Fortnightly\" is not a frequency: write Monthly, Quarterly or Annual")], Problems(page));
        Assert.Equal(indicators, await IndicatorCountAsync());
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.AnyAsync(i => i.Code == "TEST 2")));
    }

    private async Task<SiteClient> PerformanceTeamAsync()
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.PerformanceTeam);
        return client;
    }

    /// <summary>A CSV file as Excel saves it ("CSV UTF-8"): a byte-order mark and CRLF line ends.</summary>
    private static byte[] Csv(params string[] lines) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    /// <summary>The problems table: row, column and message of each.</summary>
    private static List<(string Row, string Column, string Message)> Problems(Page page) =>
    [
        .. page.Document.QuerySelectorAll(".import-problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .Select(c => (c[0], c[1], c[2])),
    ];

    private Task<int> IndicatorCountAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.CountAsync());

    private Task<int> AuditCountAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<AuditEntry>().CountAsync());
}
