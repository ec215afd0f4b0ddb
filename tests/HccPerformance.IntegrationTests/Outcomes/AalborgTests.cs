using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.Core.Outcomes;
using HccPerformance.IntegrationTests.Indicators;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Outcomes;

/// <summary>
/// The Aalborg scorecard: the ten commitments' scores out of 4, the overall score as their mean, and the change from the
/// year before; the Performance Team saves a year's ten scores all together or not at all.
/// </summary>
public sealed class AalborgTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private int ThisYear => ReportingPeriod.FinancialYearOf(app.Today());

    [Fact]
    public async Task The_scorecard_shows_the_ten_scores_their_mean_and_the_change_as_the_register_holds_them()
    {
        var year = ThisYear - 2;
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var now = await ScoresAsync(year);
        var before = await ScoresAsync(year - 1);

        var page = await cabinet.PageAsync($"/aalborg?year={year}");

        Assert.Equal("Aalborg scorecard", page.H1);
        Assert.Contains("2.02 out of 4 in 2006 and 2.18 in 2009", page.Text, StringComparison.Ordinal);
        Assert.Contains("The scores here are demo figures", page.Text, StringComparison.Ordinal);
        var rows = page.Document.QuerySelectorAll("#aalborg tbody tr").ToList();
        Assert.Equal(AalborgScore.Commitments.Select((c, i) => $"{i + 1}. {c}"), rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        for (var i = 0; i < 10; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").Select(c => c.TextWithoutDemoMarks()).ToList();
            Assert.Equal(now[i + 1].ToString("0.00", EnGb), cells[0]);
            var change = now[i + 1] - before[i + 1];
            Assert.Equal(change == 0 ? "No change" : change > 0 ? $"Up {change:0.00}" : $"Down {-change:0.00}", cells[2]);
        }

        var overall = Math.Round(now.Values.Average(), 2, MidpointRounding.AwayFromZero);
        var previous = Math.Round(before.Values.Average(), 2, MidpointRounding.AwayFromZero);
        Assert.Equal(overall.ToString("0.00", EnGb), page.Document.QuerySelector("#aalborg tfoot td")!.TextWithoutDemoMarks());
        Assert.Contains($"Overall score for {ReportingPeriod.FinancialYearName(year)}: {overall:0.00} out of 4", page.Document.QuerySelector("#overall")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"from {previous:0.00} in {ReportingPeriod.FinancialYearName(year - 1)}", page.Document.QuerySelector("#overall")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_scores_average_near_the_published_figures_early_on_and_run_to_this_year()
    {
        var first = await ScoresAsync(2008);
        var second = await ScoresAsync(2009);

        Assert.Equal(2.10m, Math.Round(first.Values.Average(), 2));
        Assert.Equal(2.18m, Math.Round(second.Values.Average(), 2));
        Assert.Equal(10, (await ScoresAsync(ThisYear)).Count);
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        Assert.Equal(ReportingPeriod.FinancialYearName(ThisYear), (await cabinet.PageAsync("/aalborg")).Document.QuerySelector("#year option[selected]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_score_out_of_range_is_refused_beside_its_field_and_none_of_the_ten_is_written()
    {
        var year = ThisYear - 1;
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var held = await ScoresAsync(year);
        var versions = await VersionsAsync(year);
        var fields = (await team.PageAsync($"/aalborg/edit?year={year}")).FormFields("Input.Scores[0].Score");
        fields["Input.Scores[0].Score"] = "3.5";
        fields["Input.Scores[3].Score"] = "4.5";
        fields["Input.Scores[3].Note"] = "We did very well.";
        fields["Input.Scores[7].Score"] = "-1";

        var page = await Page.ReadAsync(await team.PostFormAsync($"/aalborg/edit?year={year}", fields));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("4. Responsible consumption and lifestyle choices: the score is out of 4, so it must be from 0 to 4", Error(page, 3));
        Assert.Equal("8. Vibrant and sustainable local economy: the score is out of 4, so it must be from 0 to 4", Error(page, 7));
        Assert.Null(Error(page, 0));
        Assert.Equal("4.5", page.ValueOf("Input.Scores[3].Score"));
        Assert.Equal("3.5", page.ValueOf("Input.Scores[0].Score"));
        Assert.Equal("We did very well.", page.TextAreaValue("Input.Scores[3].Note"));
        var summary = page.Document.QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_Scores_3__Score", "#Input_Scores_7__Score"], summary);
        Assert.Equal(held, await ScoresAsync(year));
        Assert.Equal(versions, await VersionsAsync(year));
    }

    [Fact]
    public async Task The_Performance_Team_changes_a_years_scores_and_the_overall_is_their_mean()
    {
        var year = ThisYear - 3;
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var fields = (await team.PageAsync($"/aalborg/edit?year={year}")).FormFields("Input.Scores[0].Score");
        for (var i = 0; i < 10; i++)
        {
            fields[$"Input.Scores[{i}].Score"] = (1.5m + (0.25m * i)).ToString(CultureInfo.InvariantCulture);
        }

        fields["Input.Scores[1].Note"] = "Sub-commitment 2.4 is the priority.";

        var page = await team.FollowAsync(await team.PostFormAsync($"/aalborg/edit?year={year}", fields));

        Assert.Equal($"The Aalborg scores for {ReportingPeriod.FinancialYearName(year)} are saved. The overall score is the mean of the ten.", page.Status());
        var saved = await ScoresAsync(year);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => 1.5m + (0.25m * i)), saved.OrderBy(s => s.Key).Select(s => s.Value));
        Assert.Equal("2.63", page.Document.QuerySelector("#aalborg tfoot td")!.TextWithoutDemoMarks());
        Assert.Contains("Sub-commitment 2.4 is the priority.", page.Document.QuerySelector("#aalborg")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_not_yet_scored_is_scored_for_the_first_time()
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var form = await team.PageAsync("/aalborg/edit?year=2005/06");
        Assert.Equal("Aalborg scores for 2005/06", form.H1);
        var fields = form.FormFields("Input.Scores[0].Score");
        for (var i = 0; i < 10; i++)
        {
            fields[$"Input.Scores[{i}].Score"] = "2";
        }

        var missing = new Dictionary<string, string>(fields) { ["Input.Scores[9].Score"] = "" };
        var refused = await Page.ReadAsync(await team.PostFormAsync("/aalborg/edit?year=2005", missing));
        Assert.Equal("10. Local to global: enter a score from 0 to 4, like 2.25", Error(refused, 9));
        Assert.Empty(await ScoresAsync(2005));

        var page = await team.FollowAsync(await team.PostFormAsync("/aalborg/edit?year=2005", fields));

        Assert.Equal(10, (await ScoresAsync(2005)).Count);
        Assert.Equal("2.00", page.Document.QuerySelector("#aalborg tfoot td")!.TextWithoutDemoMarks());
        Assert.Contains("there is no score for 2004/05 to compare with", page.Document.QuerySelector("#overall")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_over_someone_elses_newer_scores_is_refused_and_theirs_kept()
    {
        var year = ThisYear - 4;
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var mine = (await team.PageAsync($"/aalborg/edit?year={year}")).FormFields("Input.Scores[0].Score");
        var theirs = (await team.PageAsync($"/aalborg/edit?year={year}")).FormFields("Input.Scores[0].Score");
        theirs["Input.Scores[2].Score"] = "3.75";
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostFormAsync($"/aalborg/edit?year={year}", theirs)).StatusCode);

        mine["Input.Scores[2].Score"] = "1.25";
        mine["Input.Scores[4].Score"] = "1.5";
        var page = await Page.ReadAsync(await team.PostFormAsync($"/aalborg/edit?year={year}", mine));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Someone else saved the scores", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("3.75", page.ValueOf("Input.Scores[2].Score"));
        var saved = await ScoresAsync(year);
        Assert.Equal(3.75m, saved[3]);
        Assert.NotEqual(1.5m, saved[5]);
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.HeadOfImprovement)]
    public async Task Only_the_Performance_Team_records_Aalborg_scores(string userName)
    {
        var year = ThisYear;
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);
        var held = await ScoresAsync(year);

        var page = await client.PageAsync("/aalborg");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("a[href*='/aalborg/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/aalborg/edit?year={year}")).StatusCode);
        var fields = Enumerable.Range(0, 10).Select(i => ($"Input.Scores[{i}].Score", "4")).ToArray();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync("/aalborg", $"/aalborg/edit?year={year}", fields)).StatusCode);
        Assert.Equal(held, await ScoresAsync(year));
    }

    [Fact]
    public async Task An_unknown_year_is_named_on_the_scorecard_and_the_404_page_on_the_form()
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);

        var page = await team.PageAsync("/aalborg?year=2003/04");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("2003/04 has no Aalborg scores: showing", page.Document.QuerySelector("[role=alert]")!.TextContent.Trim(), StringComparison.Ordinal);
        var words = await team.PageAsync("/aalborg?year=soon");
        Assert.StartsWith("\u201csoon\u201d is not a financial year", words.Document.QuerySelector("[role=alert]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(10, words.Document.QuerySelectorAll("#aalborg tbody tr").Length);

        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync("/aalborg/edit?year=2003")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync($"/aalborg/edit?year={ThisYear + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync("/aalborg/edit?year=soon")).StatusCode);
    }

    private static string? Error(Page page, int index) => page.Document.QuerySelector($"#Input_Scores_{index}__Score-error")?.TextContent.Trim();

    private Task<Dictionary<int, decimal>> ScoresAsync(int year) => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AalborgScores
        .AsNoTracking().Where(a => a.FinancialYear == year).ToDictionaryAsync(a => a.Commitment, a => a.Score));

    private Task<List<Guid>> VersionsAsync(int year) => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AalborgScores
        .AsNoTracking().Where(a => a.FinancialYear == year).OrderBy(a => a.Commitment).Select(a => a.Version).ToListAsync());
}
