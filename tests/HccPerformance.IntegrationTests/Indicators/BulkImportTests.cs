using System.Net;
using System.Text;
using HccPerformance.Core.Data;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Indicators.Import;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Indicators;

/// <summary>
/// Issue 17: the Performance Team imports scorecard membership (LAA designations with stretch targets) and who submits
/// each national indicator, all or nothing with row-by-row problems; every import has a template; nobody else may.
/// </summary>
public sealed class BulkImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Membership = "/scorecards/import";
    private const string Sources = "/indicators/import-sources";

    public static TheoryData<string, string> EveryoneElse()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in TestUsers.AllButAdmin.Where(u => u != TestUsers.PerformanceTeam))
        {
            foreach (var path in new[] { Membership, Sources, "/imports/templates/scorecard-membership.csv", "/imports/templates/results.xlsx" })
            {
                data.Add(user, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryoneElse))]
    public async Task Only_the_Performance_Team_opens_the_imports_and_their_templates(string user, string path)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Membership)]
    [InlineData(Sources)]
    public async Task Anyone_else_posting_a_file_is_refused_and_nothing_is_written(string path)
    {
        using var chief = app.CreateSiteClient();
        await chief.SignInAsync(TestUsers.ChiefOfficer);
        var chiefToken = (await chief.PageAsync("/account/change-password")).AntiforgeryToken();
        var before = await MembersAsync("LAA");

        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(chiefToken), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(Csv("Indicator code,Scorecard,Source", "NI 185,LAA,Council")), "file", "sneaky.csv");
        var response = await chief.Http.PostAsync(new Uri(path, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await MembersAsync("LAA"));
    }

    [Fact]
    public async Task Membership_goes_in_with_LAA_stretch_targets_and_repeating_the_file_changes_nothing()
    {
        var (laaNewcomer, otherNewcomer) = await NewcomersAsync();
        var file = Csv(
            "Indicator code,Scorecard,Weight,Stretch,Year,Stretch target",
            $"{laaNewcomer},LAA,2,Yes,2008/09,7.5",
            $"{laaNewcomer},LAA,,Yes,2009/10,7.1",
            $"{otherNewcomer},Aalborg,,,,");
        using var team = await TeamAsync();

        var page = await team.FollowAsync(await team.UploadAsync(Membership, "laa.csv", file));

        Assert.Equal("/scorecards", page.Path);
        Assert.Equal("laa.csv is imported: 2 added, 1 changed, 0 already as the file gives them.", page.Status());
        Assert.Equal(2m, (await MembersAsync("LAA"))[laaNewcomer]);
        Assert.Equal(1m, (await MembersAsync("Aalborg"))[otherNewcomer]);
        var targets = await TargetsAsync(laaNewcomer);
        Assert.Equal((7.5m, true), targets[2008]);
        Assert.Equal((7.1m, true), targets[2009]);

        // The scorecard's page lists the new member.
        var laaId = await ScorecardIdAsync("LAA");
        var card = await team.PageAsync($"/scorecards/{laaId}");
        Assert.Contains(card.Document.QuerySelectorAll("#scorecard tbody tr"), r => r.TextContent.Contains(laaNewcomer, StringComparison.Ordinal));

        var again = await team.FollowAsync(await team.UploadAsync(Membership, "laa.csv", file));
        Assert.Equal("laa.csv is imported: 0 added, 0 changed, 3 already as the file gives them.", again.Status());
    }

    [Fact]
    public async Task A_membership_file_with_bad_rows_writes_nothing_and_lists_each_rows_problem()
    {
        var (laaNewcomer, _) = await NewcomersAsync();
        var file = Csv(
            "Indicator code,Scorecard,Weight,Stretch,Year,Stretch target",
            $"{laaNewcomer},LAA,1,,,",
            "NI 999,LAA,1,,,",
            $"{laaNewcomer},LAA,1,,,",
            $"{laaNewcomer},Nowhere,1,,,",
            $"{laaNewcomer},LAA,,Yes,2012/13,5");
        using var team = await TeamAsync();
        var before = await MembersAsync("LAA");

        var response = await team.UploadAsync(Membership, "bad.csv", file);
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nothing was imported: 4 rows have problems. Put them right and upload the file again.", page.ErrorFor("file"));
        var problems = Problems(page);
        Assert.Equal(["3", "4", "5", "6"], problems.Select(p => p.Row));
        Assert.Equal("there is no indicator NI 999", problems[0].Message);
        Assert.Equal($"row 2 already puts {laaNewcomer} on LAA", problems[1].Message);
        Assert.StartsWith("there is no scorecard \"Nowhere\"", problems[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("2012/13 is not a year of the Local Area Agreement", problems[3].Message, StringComparison.Ordinal);
        Assert.Equal(before, await MembersAsync("LAA"));
        Assert.False((await TargetsAsync(laaNewcomer)).ContainsKey(2012));
    }

    [Fact]
    public async Task Sources_are_marked_in_bulk_and_a_bad_file_marks_nothing()
    {
        var unmarked = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators
            .Where(i => i.IsNational && i.Source == null).OrderBy(i => i.Code).Select(i => i.Code).Take(2).ToListAsync());
        Assert.Equal(2, unmarked.Count);
        using var team = await TeamAsync();

        var bad = await Page.ReadAsync(await team.UploadAsync(Sources, "bad.csv", Csv(
            "Indicator code,Source",
            $"{unmarked[0]},Council",
            "DEMO 4,Data Hub",
            "NI 999,Council",
            $"{unmarked[0]},Data Hub")));

        Assert.Equal(["3", "4", "5"], Problems(bad).Select(p => p.Row));
        Assert.Null(await SourceAsync(unmarked[0]));

        var page = await team.FollowAsync(await team.UploadAsync(Sources, "sources.csv", Csv(
            "Indicator code,Source",
            $"{unmarked[0]},Council",
            $"{unmarked[1]},Data Hub")));

        Assert.Equal(Sources, page.Path);
        Assert.Equal("sources.csv is imported: 2 marked, 0 changed, 0 already as the file gives them.", page.Status());
        Assert.Equal(IndicatorSource.Council, await SourceAsync(unmarked[0]));
        Assert.Equal(IndicatorSource.DataHub, await SourceAsync(unmarked[1]));
        Assert.Contains("marked as submitted by the council", page.Document.QuerySelector("#source-counts")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("results", "/indicators/import", "Indicator code,Period,Value,Note,Data quality")]
    [InlineData("indicator-definitions", "/indicators/import-definitions", "Code,Title,Frequency,Theme,Unit,Polarity,Source,Department,Service manager,Definition notes,Amber tolerance")]
    [InlineData("comparator-figures", "/benchmarking/import", "Indicator code,Year,Comparator,Value")]
    [InlineData("scorecard-membership", Membership, "Indicator code,Scorecard,Weight,Stretch,Year,Stretch target")]
    [InlineData("indicator-sources", Sources, "Indicator code,Source")]
    public async Task Every_import_links_its_templates_and_an_unchanged_template_imports_nothing(string name, string importPage, string header)
    {
        using var team = await TeamAsync();
        var page = await team.PageAsync(importPage);
        var links = page.Document.QuerySelectorAll(".import-template a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/imports/templates/{name}.csv", $"/imports/templates/{name}.xlsx"], links);

        var csv = await team.GetAsync(links[0]!);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(header, lines[0].Replace("\"", "", StringComparison.Ordinal));
        Assert.StartsWith($"\"{ImportExample.Code}\"", lines[1], StringComparison.Ordinal);

        var excel = await team.GetAsync(links[1]!);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        var workbook = await excel.Content.ReadAsByteArrayAsync();

        foreach (var (file, content) in new[] { ($"{name}-template.csv", await csv.Content.ReadAsByteArrayAsync()), ($"{name}-template.xlsx", workbook) })
        {
            var response = await team.UploadAsync(importPage, file, content);
            var result = await Page.ReadAsync(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("Nothing was imported: 1 row has a problem", result.ErrorFor("file"), StringComparison.Ordinal);
            Assert.Contains(Problems(result), p => p.Row == "2");
        }
    }

    /// <summary>A national indicator not on the LAA scorecard, and a local measure not on the Aalborg scorecard.</summary>
    private Task<(string Laa, string Other)> NewcomersAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var laa = await db.Scorecards.Where(c => c.Name == "LAA").SelectMany(c => c.Members.Select(m => m.IndicatorId)).ToListAsync();
        var aalborg = await db.Scorecards.Where(c => c.Name == "Aalborg").SelectMany(c => c.Members.Select(m => m.IndicatorId)).ToListAsync();
        var national = await db.Indicators.Where(i => i.IsNational && !laa.Contains(i.Id))
            .OrderByDescending(i => i.Code).Select(i => i.Code).FirstAsync();
        var local = await db.Indicators.Where(i => !i.IsNational && !aalborg.Contains(i.Id)).OrderByDescending(i => i.Code).Select(i => i.Code).FirstAsync();
        return (national, local);
    });

    private Task<Dictionary<string, decimal>> MembersAsync(string scorecard) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var members = await db.Scorecards.Where(c => c.Name == scorecard).SelectMany(c => c.Members).ToListAsync();
        var codes = await db.Indicators.ToDictionaryAsync(i => i.Id, i => i.Code);
        return members.ToDictionary(m => codes[m.IndicatorId], m => m.Weight);
    });

    private Task<int> ScorecardIdAsync(string name) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Scorecards.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private Task<Dictionary<int, (decimal Value, bool IsStretch)>> TargetsAsync(string code) => app.WithScopeAsync(async s =>
    {
        var indicator = await s.GetRequiredService<AppDbContext>().Indicators.AsNoTracking().Include(i => i.Targets).SingleAsync(i => i.Code == code);
        return indicator.Targets.ToDictionary(t => t.FinancialYear, t => (t.Value, t.IsStretch));
    });

    private Task<IndicatorSource?> SourceAsync(string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.Where(i => i.Code == code).Select(i => i.Source).SingleAsync());

    private async Task<SiteClient> TeamAsync()
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.PerformanceTeam);
        return client;
    }

    private static byte[] Csv(params string[] lines) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    private static List<(string Row, string Column, string Message)> Problems(Page page) =>
    [
        .. page.Document.QuerySelectorAll(".import-problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .Select(c => (c[0], c[1], c[2])),
    ];
}
