// Found by review of issue 5: each case once did the wrong thing.
using System.Text;
using System.Text.RegularExpressions;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Indicators;

public sealed class RegressionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Sorting_by_code_puts_NI_48_before_NI_117()
    {
        var id = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Scorecards.Where(c => c.Name == "LAA").Select(c => c.Id).SingleAsync());
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);

        var page = await client.PageAsync($"/scorecards/{id}?sort=code");

        var codes = page.Document.QuerySelectorAll("#scorecard tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(["NI 1", "NI 48", "NI 117", "NI 154", "NI 191", "NI 192", "NI 195"], codes);
    }

    [Fact]
    public async Task A_definitions_file_without_the_optional_columns_leaves_them_as_they_are()
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var file = Encoding.UTF8.GetBytes("Code,Title,Frequency\r\nNI 193,Municipal waste land filled (tonnes),Quarterly\r\n");

        await team.FollowAsync(await team.UploadAsync("/indicators/import-definitions", "titles.csv", file));

        var after = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.Where(i => i.Code == "NI 193")
            .Select(i => new { i.Title, i.Polarity, i.DepartmentId, i.ServiceManagerId }).SingleAsync());
        Assert.Equal("Municipal waste land filled (tonnes)", after.Title);
        Assert.Equal(Polarity.LowerIsBetter, after.Polarity);
        Assert.NotNull(after.DepartmentId);
        Assert.NotNull(after.ServiceManagerId);
    }

    [Fact]
    public async Task One_row_with_two_problems_is_one_row()
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var file = Encoding.UTF8.GetBytes($"Indicator code,Period,Value\r\nNI 999,{app.CurrentQuarter().Label},abc\r\n");

        var page = await Page.ReadAsync(await team.UploadAsync("/indicators/import", "r.csv", file));

        Assert.Equal("Nothing was imported: 1 row has a problem. Put it right and upload the file again.", page.ErrorFor("file"));
        Assert.StartsWith("2 problems.", page.Document.QuerySelector(".import-problems caption")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_typed_in_Excel_is_a_date_cell_and_is_read_as_that_month()
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        await team.FollowAsync(await team.UploadAsync("/indicators/import-definitions", "d.csv", Encoding.UTF8.GetBytes("Code,Title,Frequency,Polarity\r\nTEST M,Monthly measure,Monthly,Higher\r\n")));
        var start = app.CurrentQuarter().Start;
        var rows = new List<Dictionary<string, object>> { new() { ["Indicator code"] = "TEST M", ["Period"] = new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Unspecified), ["Value"] = 5m } };
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows);

        var response = await team.UploadAsync("/indicators/import", "m.xlsx", stream.ToArray());

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task An_imported_figure_in_doubt_needs_a_note_as_an_entered_one_does()
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var file = Encoding.UTF8.GetBytes($"Indicator code,Period,Value,Data quality\r\nNI 195,{app.CurrentQuarter().Label},5,In doubt\r\n");

        var response = await team.UploadAsync("/indicators/import", "r.csv", file);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_code_in_lower_case_is_found_as_the_import_means_to()
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var file = Encoding.UTF8.GetBytes($"Indicator code,Period,Value\r\nni 154,{app.CurrentQuarter().Label},5\r\n");

        var response = await team.UploadAsync("/indicators/import", "r.csv", file);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }
}
