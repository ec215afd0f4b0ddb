using System.Globalization;
using System.Net;
using System.Text.Json;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Indicators;

/// <summary>
/// Entering and correcting results on an indicator's page, and setting targets. Each test works on its own indicator, since
/// they share one database: NI 192 and NI 1 (entry), NI 193 (bad input), DEMO 13 (a closed period), NI 191 (corrections), NI 48 (targets).
/// </summary>
public sealed class ResultEntryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string ServiceManagerName = "Service Manager, Environment";

    [Fact]
    public async Task A_Service_Manager_enters_a_result_for_their_indicator_and_the_table_and_chart_show_it()
    {
        var id = await app.IndicatorIdAsync("NI 192");
        var quarter = app.CurrentQuarter();
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var before = await manager.PageAsync($"/indicators/{id}");
        Assert.Null(before.ResultRow(quarter));
        Assert.Contains(quarter.Label, before.Document.QuerySelectorAll("#Result_Period option").Select(o => o.TextContent.Trim()));

        var response = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "47.25"), ("Result.Quality", "Estimated"), ("Result.Note", "Two months in; December follows."));

        var page = await manager.FollowAsync(response);
        Assert.Equal($"/indicators/{id}", page.Path);
        Assert.Equal($"The result for {quarter.Label} is saved. The chart and scorecards show it now.", page.Status());
        var row = page.ResultRow(quarter);
        Assert.NotNull(row);
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("47.25", cells[0]);
        Assert.Contains("Estimated", cells);
        Assert.Contains("Two months in; December follows.", cells);
        Assert.Contains($"Entered by {ServiceManagerName}", row.TextContent, StringComparison.Ordinal);

        using var chart = JsonDocument.Parse(page.Document.QuerySelector("script#indicator-chart-data")!.TextContent);
        var labels = chart.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList();
        var results = chart.RootElement.GetProperty("results").EnumerateArray().Select(v => v.GetDecimal()).ToList();
        Assert.Equal(quarter.ShortLabel, labels[^1]);
        Assert.Equal(47.25m, results[^1]);
        Assert.Equal(labels.Count, results.Count);

        var saved = await app.ResultAsync("NI 192", quarter);
        Assert.Equal(47.25m, saved!.Value);
        Assert.Equal(DataQuality.Estimated, saved.Quality);
        Assert.Equal(ResultSource.Entered, saved.Source);
    }

    [Fact]
    public async Task A_Service_Manager_cannot_enter_results_for_an_indicator_that_is_not_theirs()
    {
        var id = await app.IndicatorIdAsync("NI 1");
        var quarter = app.CurrentQuarter();
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);

        var page = await manager.PageAsync($"/indicators/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector($"form[action='/indicators/{id}/results']"));
        Assert.Null(page.Document.QuerySelector("#result-form"));

        var response = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "60"), ("Result.Quality", "Confirmed"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await app.ResultAsync("NI 1", quarter));
    }

    [Theory]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.HeadOfImprovement)]
    public async Task Others_read_an_indicator_but_get_no_form_and_may_not_post_results(string user)
    {
        var id = await app.IndicatorIdAsync("NI 192");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        var page = await client.PageAsync($"/indicators/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Percentage of household waste sent for reuse, recycling and composting", page.H1, StringComparison.Ordinal);
        Assert.NotEmpty(page.Document.QuerySelectorAll("#results tbody tr"));
        Assert.Null(page.Document.QuerySelector($"form[action='/indicators/{id}/results']"));
        Assert.Null(page.Document.QuerySelector($"form[action='/indicators/{id}/targets']"));
        var before = await app.ResultCountAsync();

        var response = await client.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", app.CurrentQuarter().Label), ("Result.Value", "12"), ("Result.Quality", "Confirmed"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.ResultCountAsync());
    }

    [Fact]
    public async Task The_Performance_Team_enters_results_for_any_indicator()
    {
        var id = await app.IndicatorIdAsync("NI 1");
        var quarter = app.CurrentQuarter();
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        Assert.NotNull((await team.PageAsync($"/indicators/{id}")).Document.QuerySelector($"form[action='/indicators/{id}/results']"));

        var response = await team.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "61.5"), ("Result.Quality", "Confirmed"));

        var page = await team.FollowAsync(response);
        Assert.Equal("61.5", page.ResultRow(quarter)!.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(61.5m, (await app.ResultAsync("NI 1", quarter))!.Value);
    }

    [Fact]
    public async Task A_result_without_a_value_is_refused_beside_the_field_keeping_what_was_typed()
    {
        var id = await app.IndicatorIdAsync("NI 193");
        var quarter = app.CurrentQuarter();
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var before = await app.ResultCountAsync();

        var response = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", ""), ("Result.Quality", "Estimated"), ("Result.Note", "Landfill tonnage from the weighbridge"));
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter the result as a number, like 42 or 12.5", page.ErrorFor("Result.Value"));
        Assert.Contains("Enter the result as a number", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("Landfill tonnage from the weighbridge", page.TextAreaValue("Result.Note"));
        Assert.Equal("Estimated", page.FormFields("Result.Value")["Result.Quality"]);
        Assert.Equal(quarter.Label, page.FormFields("Result.Value")["Result.Period"]);
        Assert.Equal(before, await app.ResultCountAsync());
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_refused_and_stays_in_the_field()
    {
        var id = await app.IndicatorIdAsync("NI 193");
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var before = await app.ResultCountAsync();

        var response = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", app.CurrentQuarter().Label), ("Result.Value", "about 40"), ("Result.Quality", "Confirmed"));
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("about 40", page.ErrorFor("Result.Value"), StringComparison.Ordinal);
        Assert.Equal("about 40", page.ValueOf("Result.Value"));
        Assert.Equal(before, await app.ResultCountAsync());
    }

    [Fact]
    public async Task A_figure_in_doubt_needs_a_note_saying_why()
    {
        var id = await app.IndicatorIdAsync("NI 193");
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var before = await app.ResultCountAsync();

        var response = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", app.CurrentQuarter().Label), ("Result.Value", "38.5"), ("Result.Quality", "InDoubt"), ("Result.Note", "  "));
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Say why the figure is in doubt, so readers know what to make of it", page.ErrorFor("Result.Note"));
        Assert.Null(page.ErrorFor("Result.Value"));
        Assert.Equal("38.5", page.ValueOf("Result.Value"));
        Assert.Equal("InDoubt", page.FormFields("Result.Value")["Result.Quality"]);
        Assert.Equal(before, await app.ResultCountAsync());
    }

    [Fact]
    public async Task A_period_that_is_not_open_is_refused_beside_the_period()
    {
        // A local measure of the Service Manager's: the national indicators' demo results end in March 2011.
        var id = await app.IndicatorIdAsync("DEMO 13");
        var closed = app.ClosedQuarter();
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var before = await app.ResultCountAsync();
        var demoFigure = (await app.ResultAsync("DEMO 13", closed))!.Value;

        var response = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", closed.Label), ("Result.Value", "5"), ("Result.Quality", "Confirmed"), ("Result.Note", "Back-dated"));
        var page = await Page.ReadAsync(response);
        var nonsense = await Page.ReadAsync(await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", "next Tuesday"), ("Result.Value", "5"), ("Result.Quality", "Confirmed")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith($"{closed.Label} is not open for results", page.ErrorFor("Result.Period"), StringComparison.Ordinal);
        Assert.Equal("5", page.ValueOf("Result.Value"));
        Assert.Equal("Back-dated", page.TextAreaValue("Result.Note"));
        Assert.Equal("Choose a quarterly period, like Q1 2009/10", nonsense.ErrorFor("Result.Period"));
        Assert.Equal(before, await app.ResultCountAsync());
        Assert.Equal(demoFigure, (await app.ResultAsync("DEMO 13", closed))!.Value);
    }

    [Fact]
    public async Task A_correction_keeps_the_figure_it_replaces_and_a_stale_one_never_overwrites_silently()
    {
        var id = await app.IndicatorIdAsync("NI 191");
        var quarter = app.CurrentQuarter();
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var entered = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "140"), ("Result.Quality", "Estimated"), ("Result.Note", "Estimate"));
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        var resultId = (await app.ResultAsync("NI 191", quarter))!.Id;

        // The correction form shows the figure and carries the version it was read with.
        var form = await manager.PageAsync($"/indicators/{id}?correct={resultId}");
        Assert.Equal($"Correct the result for {quarter.Label}", form.Document.QuerySelector("#result-form")!.TextContent.Trim());
        Assert.Equal(140m, decimal.Parse(form.ValueOf("Result.Value")!, CultureInfo.InvariantCulture));
        var readVersion = form.ValueOf("Result.Version")!;
        Assert.Equal((await app.ResultAsync("NI 191", quarter))!.Version.ToString(), readVersion);

        var corrected = await manager.PostFormToAsync($"/indicators/{id}?correct={resultId}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "152"), ("Result.Quality", "Confirmed"), ("Result.Note", "Confirmed by the contractor"),
            ("Result.Version", readVersion));
        var page = await manager.FollowAsync(corrected);
        Assert.Equal($"The result for {quarter.Label} is corrected; the figure it replaced is kept in its history.", page.Status());
        Assert.Equal("152", page.ResultRow(quarter)!.QuerySelector("td")!.TextContent.Trim());
        var history = page.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Figures that corrections replaced, latest first");
        var was = history.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == quarter.Label);
        var wasCells = was.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("140", wasCells[0]);
        Assert.Equal("Estimated", wasCells[1]);
        Assert.Equal("Estimate", wasCells[2]);
        Assert.StartsWith(ServiceManagerName, wasCells[3], StringComparison.Ordinal);
        Assert.StartsWith($"by {ServiceManagerName}", wasCells[4], StringComparison.Ordinal);

        // Someone still looking at the first version tries to correct it: refused, theirs shown, nothing overwritten.
        var stale = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "99"), ("Result.Quality", "Confirmed"), ("Result.Version", readVersion));
        var refused = await Page.ReadAsync(stale);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains($"A result for {quarter.Label} was saved by {ServiceManagerName} while you were typing", refused.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("152", refused.ResultRow(quarter)!.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("99", refused.ValueOf("Result.Value"));
        var current = (await app.ResultAsync("NI 191", quarter))!;
        Assert.Equal(152m, current.Value);
        Assert.Equal([140m], current.History.Select(h => h.Value));
        var rows = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IndicatorResults.CountAsync(r => r.IndicatorId == id && r.PeriodStart == quarter.Start));
        Assert.Equal(1, rows);

        // Having seen theirs, saving again (the form now carries the current version) corrects it on purpose.
        Assert.Equal(current.Version.ToString(), refused.ValueOf("Result.Version"));
        var onPurpose = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "99"), ("Result.Quality", "Confirmed"), ("Result.Version", refused.ValueOf("Result.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, onPurpose.StatusCode);
        var last = (await app.ResultAsync("NI 191", quarter))!;
        Assert.Equal(99m, last.Value);
        Assert.Equal([140m, 152m], last.History.Select(h => h.Value).Order());
    }

    [Fact]
    public async Task A_target_set_by_the_Performance_Team_turns_the_result_green_or_red()
    {
        var id = await app.IndicatorIdAsync("NI 48");
        var quarter = app.CurrentQuarter();
        var year = quarter.FinancialYear.ToString(CultureInfo.InvariantCulture);
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        await team.FollowAsync(await team.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "50"), ("Result.Quality", "Confirmed")));

        var easy = await SetTargetAsync(team, id, year, "40");
        Assert.Equal($"The target for {ReportingYear(quarter)} is saved.", easy.Status());
        Assert.Equal("40", easy.ResultRow(quarter)!.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal("Green", IndicatorSite.RagOf(easy.ResultRow(quarter)!));

        var hard = await SetTargetAsync(team, id, year, "80");
        Assert.Equal("80", hard.ResultRow(quarter)!.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal("Red", IndicatorSite.RagOf(hard.ResultRow(quarter)!));
        var targets = hard.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Targets by financial year");
        var targetRow = targets.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == ReportingYear(quarter));
        Assert.Equal("80", targetRow.QuerySelector("td")!.TextContent.Trim());

        var removed = await SetTargetAsync(team, id, year, "");
        Assert.Equal($"The target for {ReportingYear(quarter)} is removed.", removed.Status());
        Assert.Equal("None", removed.ResultRow(quarter)!.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal("No data", IndicatorSite.RagOf(removed.ResultRow(quarter)!));
        Assert.Null(await TargetAsync(id, quarter.FinancialYear));
    }

    [Fact]
    public async Task A_second_person_entering_the_same_period_is_shown_the_first_figure_instead_of_replacing_it()
    {
        var id = await app.IndicatorIdAsync("NI 185");
        var quarter = app.CurrentQuarter();
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        // Both open the page while the quarter has no result; the Service Manager saves first.
        var teamPage = await team.PageAsync($"/indicators/{id}");
        Assert.Contains(quarter.Label, teamPage.Document.QuerySelectorAll("#Result_Period option").Select(o => o.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "310"), ("Result.Quality", "Confirmed"))).StatusCode);

        var second = await team.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/results",
            ("Result.Period", quarter.Label), ("Result.Value", "290"), ("Result.Quality", "Estimated"));
        var page = await Page.ReadAsync(second);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains($"A result for {quarter.Label} was saved by {ServiceManagerName} while you were typing", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("310", page.ResultRow(quarter)!.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("290", page.ValueOf("Result.Value"));
        Assert.Equal($"Correct the result for {quarter.Label}", page.Document.QuerySelector("#result-form")!.TextContent.Trim());
        var saved = (await app.ResultAsync("NI 185", quarter))!;
        Assert.Equal(310m, saved.Value);
        Assert.Empty(saved.History);
    }

    [Fact]
    public async Task A_Service_Manager_cannot_set_targets()
    {
        var id = await app.IndicatorIdAsync("NI 185");
        var year = app.CurrentQuarter().FinancialYear;
        var before = await TargetAsync(id, year);
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var page = await manager.PageAsync($"/indicators/{id}");
        Assert.Null(page.Document.QuerySelector($"form[action='/indicators/{id}/targets']"));
        var version = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());

        var response = await manager.PostFormToAsync($"/indicators/{id}", $"/indicators/{id}/targets",
            ("Target.FinancialYear", year.ToString(CultureInfo.InvariantCulture)), ("Target.Value", "1"), ("Target.Version", version.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await TargetAsync(id, year));
    }

    private static async Task<Page> SetTargetAsync(SiteClient team, int id, string year, string value)
    {
        var page = await team.PageAsync($"/indicators/{id}");
        var fields = page.FormFields("Target.Value");
        fields["Target.FinancialYear"] = year;
        fields["Target.Value"] = value;
        return await team.FollowAsync(await team.PostFormAsync($"/indicators/{id}", fields, $"/indicators/{id}/targets"));
    }

    private static string ReportingYear(ResultPeriod period) => HccPerformance.Core.Organisation.ReportingPeriod.FinancialYearName(period.FinancialYear);

    private Task<decimal?> TargetAsync(int id, int year) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<IndicatorTarget>()
            .Where(t => t.IndicatorId == id && t.FinancialYear == year).Select(t => (decimal?)t.Value).SingleOrDefaultAsync());
}
