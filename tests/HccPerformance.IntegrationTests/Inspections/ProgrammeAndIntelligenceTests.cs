using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.Inspections;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Inspections;

/// <summary>
/// Issue 18: strategic inspections with their judgement as the inspectorate words it, the forward programme of inspections,
/// and intelligence from inspectorates, kept by the Performance Team and read by everyone.
/// </summary>
public sealed class ProgrammeAndIntelligenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private DateOnly Today => InspectionSite.TodayOf(app);

    private string NextMonth => Today.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task<SiteClient> TeamAsync()
    {
        var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.PerformanceTeam);
        return client;
    }

    private static (string, string)[] Inspection(string service, string judgement, bool strategic, string reported) =>
    [
        ("Input.Body", "Audit Commission"), ("Input.Service", service), ("Input.DepartmentId", ""), ("Input.ReportedOn", reported),
        ("Input.Judgement", judgement), ("Input.IsStrategic", strategic ? "true" : "false"),
    ];

    [Fact]
    public async Task A_strategic_inspection_keeps_its_judgement_in_the_inspectorates_words_and_shows_it()
    {
        using var client = await TeamAsync();

        var response = await client.PostFormAsync("/inspections/new", Inspection("Corporate assessment", "Performing strongly: 4 out of 4", true, InspectionSite.Iso(Today.AddDays(-10))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var page = await cabinet.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Performing strongly: 4 out of 4", page.Document.QuerySelector("#inspection-judgement")!.TextContent.Trim());
        var register = await cabinet.PageAsync("/inspections");
        Assert.Contains("Performing strongly: 4 out of 4", register.Document.QuerySelector("#inspections")!.TextContent, StringComparison.Ordinal);
        var strategic = await app.WithScopeAsync(s => s.GetRequiredService<InspectionReads>().StrategicInspections.Select(i => i.Service).FirstAsync());
        Assert.Equal("Corporate assessment", strategic);
    }

    [Fact]
    public async Task A_judgement_longer_than_100_characters_is_refused_beside_it_and_nothing_is_written()
    {
        using var client = await TeamAsync();
        var before = await app.InspectionCountAsync();

        var page = await Page.ReadAsync(await client.PostFormAsync("/inspections/new", Inspection("Too long", new string('x', 101), true, InspectionSite.Iso(Today))));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("100 characters or fewer", page.ErrorFor("Input.Judgement"), StringComparison.Ordinal);
        Assert.Equal("Too long", page.ValueOf("Input.Service"));
        Assert.Equal(before, await app.InspectionCountAsync());
    }

    [Fact]
    public async Task The_demo_holds_example_judgements_an_expected_programme_and_intelligence_all_marked_demo()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.SelectCommittee);

        var programme = await client.PageAsync("/inspections/programme");
        var intelligence = await client.PageAsync("/inspections/intelligence");

        var expected = programme.Document.QuerySelectorAll("#programme tbody tr");
        Assert.True(expected.Length >= 3);
        Assert.All(expected, row => Assert.NotNull(row.QuerySelector(".demo-mark")));
        var records = intelligence.Document.QuerySelectorAll("#intelligence tbody tr");
        Assert.True(records.Length >= 3);
        Assert.All(records, row => Assert.NotNull(row.QuerySelector(".demo-mark")));
        Assert.All(records, row => Assert.Contains("Example", row.TextContent, StringComparison.Ordinal));
        var judgements = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Inspections.Where(i => i.IsDemo && i.Judgement != null).Select(i => i.Judgement!).ToListAsync());
        Assert.NotEmpty(judgements);
        Assert.All(judgements, j => Assert.StartsWith("Example", j, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_expected_inspection_joins_the_programme_and_leaves_it_when_recorded_as_happened()
    {
        using var client = await TeamAsync();
        var added = await client.PostFormAsync("/inspections/programme/new",
            ("Input.Inspectorate", "Ofsted"), ("Input.Service", "Youth offending service"), ("Input.DepartmentId", ""),
            ("Input.ExpectedMonth", NextMonth), ("Input.Scope", "Supervision of young people on orders"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var expected = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ExpectedInspections.AsNoTracking().SingleAsync(e => e.Service == "Youth offending service"));
        var programme = await client.PageAsync("/inspections/programme");
        Assert.Contains("Youth offending service", programme.Document.QuerySelector($"#expected-{expected.Id}")!.TextContent, StringComparison.Ordinal);

        var form = await client.PageAsync($"/inspections/new?expected={expected.Id}");
        Assert.Equal("Youth offending service", form.ValueOf("Input.Service"));
        var recorded = await client.PostFormAsync($"/inspections/new?expected={expected.Id}",
            [.. Inspection("Youth offending service", "", false, InspectionSite.Iso(Today)), ("Input.ExpectedInspectionId", expected.Id.ToString(CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var after = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ExpectedInspections.AsNoTracking().SingleAsync(e => e.Id == expected.Id));
        Assert.NotNull(after.InspectionId);
        Assert.Null((await client.PageAsync("/inspections/programme")).Document.QuerySelector($"#expected-{expected.Id}"));
    }

    [Fact]
    public async Task An_expected_inspection_in_a_past_month_is_refused_and_one_removed_leaves_the_programme()
    {
        using var client = await TeamAsync();
        var past = await Page.ReadAsync(await client.PostFormAsync("/inspections/programme/new",
            ("Input.Inspectorate", "Ofsted"), ("Input.Service", "Fostering"), ("Input.ExpectedMonth", Today.AddMonths(-2).ToString("yyyy-MM", CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.OK, past.Status);
        Assert.Contains("this month or later", past.ErrorFor("Input.ExpectedMonth"), StringComparison.Ordinal);
        var notAMonth = await Page.ReadAsync(await client.PostFormAsync("/inspections/programme/new",
            ("Input.Inspectorate", "Ofsted"), ("Input.Service", "Fostering"), ("Input.ExpectedMonth", "soon")));
        Assert.Contains("like 2010-03", notAMonth.ErrorFor("Input.ExpectedMonth"), StringComparison.Ordinal);
        Assert.Equal("soon", notAMonth.ValueOf("Input.ExpectedMonth"));

        await client.PostFormAsync("/inspections/programme/new", ("Input.Inspectorate", "Ofsted"), ("Input.Service", "Adoption"), ("Input.ExpectedMonth", NextMonth));
        var expected = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ExpectedInspections.AsNoTracking().SingleAsync(e => e.Service == "Adoption"));
        var removed = await client.PostFormToAsync("/inspections/programme", $"/inspections/programme/{expected.Id}/remove", ("Version", expected.Version.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await client.PageAsync("/inspections/programme")).Document.QuerySelector($"#expected-{expected.Id}"));
        Assert.Equal(Today, (await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ExpectedInspections.AsNoTracking().SingleAsync(e => e.Id == expected.Id))).RemovedOn);
    }

    [Fact]
    public async Task Intelligence_is_recorded_shown_latest_first_and_a_future_date_is_refused_beside_it()
    {
        using var client = await TeamAsync();
        var department = await app.DepartmentIdAsync("CS");
        var before = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IntelligenceRecords.CountAsync());

        var future = await Page.ReadAsync(await client.PostFormAsync("/inspections/intelligence/new",
            ("Input.Source", "Ofsted letter"), ("Input.ReceivedOn", InspectionSite.Iso(Today.AddDays(1))), ("Input.Summary", "Tomorrow's news")));
        Assert.Equal(HttpStatusCode.OK, future.Status);
        Assert.Contains("cannot be in the future", future.ErrorFor("Input.ReceivedOn"), StringComparison.Ordinal);
        Assert.Equal("Ofsted letter", future.ValueOf("Input.Source"));
        Assert.Equal(before, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IntelligenceRecords.CountAsync()));

        var added = await client.PostFormAsync("/inspections/intelligence/new",
            ("Input.Source", "Ofsted feedback after a visit"), ("Input.ReceivedOn", InspectionSite.Iso(Today)), ("Input.Summary", "Strong partnership working noted"),
            ("Input.DepartmentId", department.ToString(CultureInfo.InvariantCulture)), ("Input.DocumentReference", "CS/2009/17"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        using var member = app.CreateSiteClient();
        await member.SignInAsync(TestUsers.Leader);
        var register = await member.PageAsync("/inspections/intelligence");
        var first = register.Document.QuerySelector("#intelligence tbody tr")!;
        Assert.Contains("Ofsted feedback after a visit", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("CS/2009/17", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ofsted feedback after a visit", (await member.PageAsync("/inspections")).Document.QuerySelector("#intelligence-latest li")!.TextContent, StringComparison.Ordinal);
        var latest = await app.WithScopeAsync(s => s.GetRequiredService<InspectionReads>().LatestIntelligence.Select(r => r.Source).FirstAsync());
        Assert.Equal("Ofsted feedback after a visit", latest);
    }

    [Fact]
    public async Task Changing_intelligence_from_a_stale_form_is_refused_with_their_version_and_keeps_the_typing()
    {
        using var client = await TeamAsync();
        var record = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IntelligenceRecords.AsNoTracking().OrderBy(r => r.Id).FirstAsync());
        var stale = record.Version.ToString();
        (string, string)[] Fields(string summary) =>
        [
            ("Input.Source", record.Source), ("Input.ReceivedOn", InspectionSite.Iso(record.ReceivedOn)), ("Input.Summary", summary), ("Input.Version", stale),
        ];

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/inspections/intelligence/{record.Id}/edit", Fields("First change"))).StatusCode);
        var conflict = await Page.ReadAsync(await client.PostFormAsync($"/inspections/intelligence/{record.Id}/edit", Fields("Second change")));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("changed this record while you were editing it", conflict.Text, StringComparison.Ordinal);
        Assert.Equal("Second change", conflict.Document.QuerySelector("textarea[name='Input.Summary']")!.TextContent.Trim());
        Assert.Equal("First change", (await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().IntelligenceRecords.AsNoTracking().SingleAsync(r => r.Id == record.Id))).Summary);
    }
}
