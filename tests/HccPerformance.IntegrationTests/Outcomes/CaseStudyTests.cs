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
/// Community outcome case studies: everyone reads them, newest first and filtered; the Performance Team keeps them and each
/// Chief Officer adds and edits their own department's (another department's is the 403 page).
/// </summary>
public sealed class CaseStudyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_list_shows_every_departments_case_studies_newest_first_and_filters_by_department_and_period()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var held = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return await (from c in db.CaseStudies join p in db.ReportingPeriods on c.ReportingPeriodId equals p.Id
                          select new { c.Title, c.DepartmentId, c.ReportingPeriodId, p.StartDate }).ToListAsync();
        });

        var page = await cabinet.PageAsync("/case-studies");

        Assert.Equal("Community outcome case studies", page.H1);
        var titles = Titles(page);
        Assert.Equal(held.Count, titles.Count);
        Assert.All(titles, t => Assert.StartsWith("Demo: ", t, StringComparison.Ordinal));
        var starts = titles.Select(t => held.First(h => h.Title == t).StartDate).ToList();
        Assert.Equal(starts.OrderByDescending(d => d), starts);
        Assert.Equal(6, held.Select(h => h.DepartmentId).Distinct().Count());
        Assert.Empty(page.Document.QuerySelectorAll("a[href='/case-studies/new']"));

        var environment = await DepartmentIdAsync("ENV");
        var byDepartment = Titles(await cabinet.PageAsync($"/case-studies?department={environment}"));
        Assert.Equal(held.Where(h => h.DepartmentId == environment).Select(h => h.Title).Order(), byDepartment.Order());
        var period = held[0].ReportingPeriodId;
        var byPeriod = Titles(await cabinet.PageAsync($"/case-studies?period={period}"));
        Assert.Equal(held.Where(h => h.ReportingPeriodId == period).Select(h => h.Title).Order(), byPeriod.Order());

        var first = await cabinet.PageAsync(page.Document.QuerySelector("#case-studies tbody a")!.GetAttribute("href")!);
        Assert.Equal(titles[0], first.H1);
        Assert.Contains("What was done and what changed", first.Text, StringComparison.Ordinal);
        Assert.Empty(first.Document.QuerySelectorAll("a[href$='/edit']"));
    }

    [Theory]
    [InlineData("/case-studies?department=99999", "The department in the address is not one the register knows")]
    [InlineData("/case-studies?department=environment", "The department in the address is not one the register knows")]
    [InlineData("/case-studies?period=99999", "The reporting period in the address is not one the register knows")]
    public async Task An_unknown_department_or_period_in_the_address_is_named_and_everything_shown(string path, string message)
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var page = await cabinet.PageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith(message, page.Document.QuerySelector("[role=alert]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotEmpty(Titles(page));
        Assert.Equal(HttpStatusCode.NotFound, (await cabinet.GetAsync("/case-studies/99999")).StatusCode);
    }

    [Fact]
    public async Task The_Chief_Officer_of_Environment_adds_and_edits_Environments_case_studies_but_not_another_departments()
    {
        var environment = await DepartmentIdAsync("ENV");
        var adults = await DepartmentIdAsync("AS");
        var period = await CurrentPeriodIdAsync();
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.env");
        var before = await CountAsync();

        var form = await officer.PageAsync("/case-studies/new");
        Assert.Equal([environment.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            form.Document.QuerySelectorAll("#Input_DepartmentId option").Select(o => o.GetAttribute("value")!).ToList());
        var created = await officer.FollowAsync(await officer.PostFormToAsync("/case-studies/new", "/case-studies/new",
            ("Input.Title", "Demo: cleaner streets in the town centre"), ("Input.DepartmentId", $"{environment}"), ("Input.ReportingPeriodId", $"{period}"),
            ("Input.Outcome", "Fewer complaints about litter."), ("Input.Narrative", "The Head of Highways changed the sweeping rota.")));
        Assert.Equal("Demo: cleaner streets in the town centre", created.H1);
        Assert.Equal(before + 1, await CountAsync());

        var id = int.Parse(created.Path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var edit = await officer.PageAsync($"/case-studies/{id}/edit");
        var fields = edit.FormFields("Input.Title");
        fields["Input.Outcome"] = "Far fewer complaints about litter.";
        var saved = await officer.FollowAsync(await officer.PostFormAsync($"/case-studies/{id}/edit", fields));
        Assert.Equal("The case study is saved.", saved.Status());
        Assert.Equal("Far fewer complaints about litter.", (await StudyAsync(id)).Outcome);

        // Another department's: neither a new one nor a change to one of theirs.
        var theirs = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().CaseStudies.Where(c => c.DepartmentId == adults).Select(c => c.Id).FirstAsync());
        var original = await StudyAsync(theirs);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormToAsync("/case-studies/new", "/case-studies/new",
            ("Input.Title", "Demo: not ours"), ("Input.DepartmentId", $"{adults}"), ("Input.ReportingPeriodId", $"{period}"),
            ("Input.Outcome", "Something."), ("Input.Narrative", "Something."))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/case-studies/{theirs}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormToAsync($"/case-studies/{theirs}", $"/case-studies/{theirs}/edit",
            ("Input.Title", "Changed"), ("Input.DepartmentId", $"{adults}"), ("Input.ReportingPeriodId", $"{period}"),
            ("Input.Outcome", "Changed."), ("Input.Narrative", "Changed."), ("Input.Version", original.Version.ToString()))).StatusCode);
        // Nor may they move their own case study to another department.
        var study = await StudyAsync(id);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormToAsync($"/case-studies/{id}", $"/case-studies/{id}/edit",
            ("Input.Title", "Moved"), ("Input.DepartmentId", $"{adults}"), ("Input.ReportingPeriodId", $"{period}"),
            ("Input.Outcome", "Moved."), ("Input.Narrative", "Moved."), ("Input.Version", study.Version.ToString()))).StatusCode);
        Assert.Equal(before + 1, await CountAsync());
        Assert.Equal(original.Title, (await StudyAsync(theirs)).Title);
        Assert.Equal(environment, (await StudyAsync(id)).DepartmentId);

        // The Adult Services Chief Officer may change theirs.
        using var adultsOfficer = app.CreateSiteClient();
        await adultsOfficer.SignInAsync(TestUsers.ChiefOfficer);
        Assert.Equal(HttpStatusCode.OK, (await adultsOfficer.GetAsync($"/case-studies/{theirs}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adultsOfficer.GetAsync($"/case-studies/{id}/edit")).StatusCode);
    }

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.ServiceManager)]
    [InlineData(TestUsers.ExecutiveMember)]
    [InlineData(TestUsers.HeadOfImprovement)]
    public async Task Only_the_Performance_Team_and_Chief_Officers_add_case_studies(string userName)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);
        var any = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().CaseStudies.Select(c => c.Id).FirstAsync());
        var before = await CountAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/case-studies/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/case-studies/{any}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormToAsync("/case-studies", "/case-studies/new",
            ("Input.Title", "Demo: no"), ("Input.DepartmentId", $"{await DepartmentIdAsync("ENV")}"), ("Input.ReportingPeriodId", $"{await CurrentPeriodIdAsync()}"),
            ("Input.Outcome", "No."), ("Input.Narrative", "No."))).StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Missing_words_are_named_beside_their_fields_what_was_typed_stays_and_nothing_is_written()
    {
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var before = await CountAsync();

        var page = await Page.ReadAsync(await team.PostFormToAsync("/case-studies/new", "/case-studies/new",
            ("Input.Title", ""), ("Input.DepartmentId", ""), ("Input.ReportingPeriodId", "99999"),
            ("Input.Outcome", "Residents noticed."), ("Input.Narrative", "")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enter the case study's title, like \"Demo: fewer missed bin collections\"", page.ErrorFor("Input.Title"));
        Assert.Equal("Choose the department whose work it tells", page.ErrorFor("Input.DepartmentId"));
        Assert.Equal("Tell the story: what was done and what changed", page.ErrorFor("Input.Narrative"));
        Assert.Equal("Residents noticed.", page.TextAreaValue("Input.Outcome"));
        Assert.Equal(before, await CountAsync());

        var unknownPeriod = await Page.ReadAsync(await team.PostFormToAsync("/case-studies/new", "/case-studies/new",
            ("Input.Title", "Demo: a title"), ("Input.DepartmentId", $"{await DepartmentIdAsync("CS")}"), ("Input.ReportingPeriodId", "99999"),
            ("Input.Outcome", "Residents noticed."), ("Input.Narrative", "A story.")));
        Assert.Equal("Choose a reporting period from the list: one that has begun", unknownPeriod.ErrorFor("Input.ReportingPeriodId"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_the_other_persons_version_shown_and_theirs_kept()
    {
        var id = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().CaseStudies.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var mine = (await team.PageAsync($"/case-studies/{id}/edit")).FormFields("Input.Title");

        var first = (await team.PageAsync($"/case-studies/{id}/edit")).FormFields("Input.Title");
        first["Input.Title"] = "Demo: the first change";
        Assert.Equal(HttpStatusCode.Redirect, (await team.PostFormAsync($"/case-studies/{id}/edit", first)).StatusCode);

        mine["Input.Title"] = "Demo: the second change";
        var page = await Page.ReadAsync(await team.PostFormAsync($"/case-studies/{id}/edit", mine));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("changed this case study while you were editing it", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Demo: the first change", page.Document.QuerySelector("#their-version")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Demo: the second change", page.ValueOf("Input.Title"));
        Assert.Equal("Demo: the first change", (await StudyAsync(id)).Title);
    }

    private static List<string> Titles(Page page) => [.. page.Document.QuerySelectorAll("#case-studies tbody th").Select(th => th.TextWithoutDemoMarks())];

    private Task<int> DepartmentIdAsync(string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    private Task<int> CurrentPeriodIdAsync()
    {
        var today = app.Today();
        return app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods
            .Where(p => p.FinancialYear == ReportingPeriod.FinancialYearOf(today) && p.Quarter == ReportingPeriod.QuarterOf(today)).Select(p => p.Id).SingleAsync());
    }

    private Task<int> CountAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().CaseStudies.CountAsync());

    private Task<CaseStudy> StudyAsync(int id) => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().CaseStudies.AsNoTracking().SingleAsync(c => c.Id == id));
}
