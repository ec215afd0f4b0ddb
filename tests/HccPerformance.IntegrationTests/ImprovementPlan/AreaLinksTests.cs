using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.ImprovementPlan;

/// <summary>
/// Issue 16: where an area came from (proposed in one step from a record), its impact assessment, and the department and
/// service plans that carry it, for each role that may and may not.
/// </summary>
public sealed class AreaLinksTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    [Fact]
    public async Task The_Head_of_Improvement_proposes_an_area_from_a_recommendation_and_each_page_links_to_the_other()
    {
        var recommendation = await RecommendationIdAsync("Tell the public about planned road works");
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        var source = await head.PageAsync($"/inspections/recommendations/{recommendation}");
        var propose = source.Document.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Propose as an improvement plan area");
        var form = await head.PageAsync(propose.GetAttribute("href")!);
        Assert.Equal("Propose an improvement plan area", form.H1);
        Assert.Contains("An inspection recommendation", form.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(form.ValueOf("NewArea.ShortName")));

        var plan = await CurrentPlanIdAsync();
        var name = $"Road works information {Guid.NewGuid():N}"[..40];
        var added = await head.PostFormToAsync(propose.GetAttribute("href")!, $"/plan/{plan}/areas",
            ("NewArea.OriginKind", "Recommendation"), ("NewArea.OriginId", $"{recommendation}"), ("NewArea.ThemeNumber", "1"),
            ("NewArea.ShortName", name), ("NewArea.Description", "Tell residents about road works before they start"), ("NewArea.Reason", "The inspection asked for it"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var area = await head.PageAsync(added.Headers.Location!.OriginalString);
        Assert.Equal(name, area.H1);
        var origin = area.Document.QuerySelector($"a[href='/inspections/recommendations/{recommendation}']");
        Assert.NotNull(origin);
        Assert.Contains("An inspection recommendation", area.Text, StringComparison.Ordinal);
        Assert.Contains("No impact assessment yet", area.Text, StringComparison.Ordinal);

        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var read = await cabinet.PageAsync($"/inspections/recommendations/{recommendation}");
        Assert.Contains($"In the improvement plan: {name}", Squash(read.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("Propose as an improvement plan area", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_source_is_refused_beside_the_field_with_the_typing_kept_and_nothing_written()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var plan = await CurrentPlanIdAsync();
        var before = await CountAsync(db => db.PriorityAreas.CountAsync());

        var refused = await Page.ReadAsync(await head.PostFormToAsync("/plan/areas/new?from=local", $"/plan/{plan}/areas",
            ("NewArea.OriginKind", "Indicator"), ("NewArea.OriginId", "999999"), ("NewArea.ThemeNumber", "1"),
            ("NewArea.ShortName", "Made up"), ("NewArea.Description", "From nothing"), ("NewArea.Reason", "Testing")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("There is no such indicator: propose the area from the record's own page.", refused.ErrorFor("NewArea.OriginId"));
        Assert.Equal("Made up", refused.ValueOf("NewArea.ShortName"));
        Assert.Equal(before, await CountAsync(db => db.PriorityAreas.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/plan/areas/new?from=indicator&id=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/plan/areas/new?from=nowhere&id=1")).StatusCode);
    }

    [Fact]
    public async Task An_area_of_local_importance_needs_its_reason_and_keeps_it()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var plan = await CurrentPlanIdAsync();
        (string, string)[] Fields(string reason) =>
        [
            ("NewArea.OriginKind", "LocalImportance"), ("NewArea.OriginReason", reason), ("NewArea.ThemeNumber", "2"),
            ("NewArea.ShortName", "Market towns"), ("NewArea.Description", "Keep market towns' high streets alive"), ("NewArea.Reason", "Members asked"),
        ];

        var refused = await Page.ReadAsync(await head.PostFormToAsync("/plan/areas/new?from=local", $"/plan/{plan}/areas", Fields("")));
        Assert.Equal("Say why the area matters locally: the reason is kept with it", refused.ErrorFor("NewArea.OriginReason"));

        var added = await head.PostFormToAsync("/plan/areas/new?from=local", $"/plan/{plan}/areas", Fields("Three market towns lost their banks this year"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var area = await head.PageAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("Local importance", area.Text, StringComparison.Ordinal);
        Assert.Contains("Three market towns lost their banks this year", area.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestUsers.PerformanceTeam)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.Leader)]
    public async Task Only_the_Head_of_Improvement_proposes_an_area(string user)
    {
        var recommendation = await RecommendationIdAsync("Tell the public about planned road works");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/plan/areas/new?from=recommendation&id={recommendation}")).StatusCode);
        var source = await client.PageAsync($"/inspections/recommendations/{recommendation}");
        Assert.DoesNotContain("Propose as an improvement plan area", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accountable_Chief_Officer_writes_the_impact_assessment_and_a_second_writer_sees_both_versions()
    {
        var area = await AreaIdAsync("Personalisation");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);
        var path = $"/plan/areas/{area}/impact-assessment";
        var officersForm = await officer.PageAsync(path);
        var teamsForm = await team.PageAsync(path);

        var refused = await Page.ReadAsync(await officer.PostFormAsync(path, ("Input.ExpectedImpact", "More people choosing their own support"),
            ("Input.OnWhom", ""), ("Input.EqualityConsiderations", "Easy read information"), ("Input.HowMeasured", "NI 130"), ("Input.Version", officersForm.ValueOf("Input.Version")!)));
        Assert.Equal("Say on whom: which residents, service users or staff", refused.ErrorFor("Input.OnWhom"));
        Assert.Equal("More people choosing their own support", refused.Document.QuerySelector("textarea[name='Input.ExpectedImpact']")!.TextContent.Trim());

        var saved = await officer.PostFormAsync(path, ("Input.ExpectedImpact", "More people choosing their own support"), ("Input.OnWhom", "Adults with a personal budget"),
            ("Input.EqualityConsiderations", "Easy read information"), ("Input.HowMeasured", "NI 130"), ("Input.Version", officersForm.ValueOf("Input.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await officer.PageAsync($"/plan/areas/{area}");
        Assert.Contains("Adults with a personal budget", page.Text, StringComparison.Ordinal);

        var conflict = await Page.ReadAsync(await team.PostFormAsync(path, ("Input.ExpectedImpact", "Team's words"), ("Input.OnWhom", "Everyone"),
            ("Input.EqualityConsiderations", "None found"), ("Input.HowMeasured", "Survey"), ("Input.Version", teamsForm.ValueOf("Input.Version")!)));
        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("changed this impact assessment while you were editing it", conflict.Text, StringComparison.Ordinal);
        Assert.Contains("Adults with a personal budget", conflict.Text, StringComparison.Ordinal);
        Assert.Equal("Team's words", conflict.Document.QuerySelector("textarea[name='Input.ExpectedImpact']")!.TextContent.Trim());
        Assert.Equal(1, await CountAsync(async db =>
        {
            var lineage = await db.PriorityAreas.Where(a => a.Id == area).Select(a => a.Lineage).SingleAsync();
            return await db.ImpactAssessments.CountAsync(i => i.AreaLineage == lineage && i.OnWhom == "Adults with a personal budget");
        }));
    }

    [Theory]
    [InlineData("chief.officer.env")]
    [InlineData(TestUsers.ExecutiveMember)]
    [InlineData(TestUsers.ServiceManager)]
    [InlineData(TestUsers.Cabinet)]
    public async Task Others_may_not_write_an_areas_impact_assessment(string user)
    {
        var area = await AreaIdAsync("Personalisation");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/plan/areas/{area}/impact-assessment")).StatusCode);
        var page = await client.PageAsync($"/plan/areas/{area}");
        Assert.DoesNotContain("impact assessment</a>", page.Document.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_areas_are_the_404_page()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/plan/areas/99999/impact-assessment")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/plan/areas/99999/service-plans")).StatusCode);
    }

    [Fact]
    public async Task A_Chief_Officer_lists_their_departments_service_plans_for_an_area_and_the_department_page_shows_them()
    {
        var area = await AreaIdAsync("Personalisation");
        var path = $"/plan/areas/{area}/service-plans";
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);
        var adult = $"{await CountAsync(db => db.Departments.Where(d => d.Code == "AS").Select(d => d.Id).SingleAsync())}";

        var refused = await Page.ReadAsync(await officer.PostFormAsync(path, ("Input.DepartmentId", adult), ("Input.Name", "Care management plan"), ("Input.Reference", "javascript:alert(1)")));
        Assert.Equal("Enter a web address starting https:// (or http://), or a reference like \"Service plan 2009/10, section 4\"", refused.ErrorFor("Input.Reference"));
        Assert.Equal("Care management plan", refused.ValueOf("Input.Name"));

        var added = await officer.PostFormAsync(path, ("Input.DepartmentId", adult), ("Input.Name", "Care management plan"), ("Input.Reference", "https://intranet.example.org/care-management"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await officer.PageAsync(path);
        Assert.NotNull(list.Document.QuerySelector("a[href='https://intranet.example.org/care-management']"));

        var departmentPage = await officer.PageAsync($"/departments/{adult}");
        Assert.Contains("Care management plan", departmentPage.Text, StringComparison.Ordinal);
        Assert.NotNull(departmentPage.Document.QuerySelector($"a[href='/plan/areas/{area}']"));

        var twice = await Page.ReadAsync(await officer.PostFormAsync(path, ("Input.DepartmentId", adult), ("Input.Name", "Care management plan"), ("Input.Reference", "Elsewhere")));
        Assert.Equal("That service plan is already listed for the area and department", twice.ErrorFor("Input.Name"));

        var link = await CountAsync(db => db.ServicePlanLinks.Where(l => l.Name == "Care management plan").Select(l => l.Id).SingleAsync());
        using var other = app.CreateSiteClient();
        await other.SignInAsync("chief.officer.env");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormToAsync($"/plan/areas/{await AreaIdAsync("Waste")}", $"/plan/areas/{area}/service-plans/{link}/remove")).StatusCode);

        var removed = await officer.PostFormToAsync(path, $"/plan/areas/{area}/service-plans/{link}/remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await CountAsync(db => db.ServicePlanLinks.CountAsync(l => l.Name == "Care management plan")));
    }

    [Fact]
    public async Task A_Chief_Officer_cannot_list_another_departments_service_plan_and_the_keepers_can()
    {
        var area = await AreaIdAsync("Personalisation");
        var path = $"/plan/areas/{area}/service-plans";
        var (adult, environment) = await CountAsync(async db => (
            await db.Departments.Where(d => d.Code == "AS").Select(d => d.Id).SingleAsync(),
            await db.Departments.Where(d => d.Code == "ENV").Select(d => d.Id).SingleAsync()));
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);
        using var envOfficer = app.CreateSiteClient();
        await envOfficer.SignInAsync("chief.officer.env");
        using var team = app.CreateSiteClient();
        await team.SignInAsync(TestUsers.PerformanceTeam);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync(path, ("Input.DepartmentId", $"{environment}"), ("Input.Name", "Not mine"), ("Input.Reference", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await envOfficer.GetAsync(path)).StatusCode);

        var notInvolved = await Page.ReadAsync(await team.PostFormAsync(path, ("Input.DepartmentId", $"{environment}"), ("Input.Name", "Highways plan"), ("Input.Reference", "x")));
        Assert.Equal("Choose a department that answers for the area or is involved in it", notInvolved.ErrorFor("Input.DepartmentId"));
        var added = await team.PostFormAsync(path, ("Input.DepartmentId", $"{adult}"), ("Input.Name", "Workforce plan"), ("Input.Reference", "Section 5"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The plan being drafted, where an area proposed from a record is added directly (the demo's plan is live, and a live
    /// plan's changes go to CMT): made once for this class, in years of its own.
    /// </summary>
    private Task<int> CurrentPlanIdAsync() =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            if (await db.ImprovementPlans.Where(p => p.IsCurrent && p.Term!.Status == PlanStatus.Draft).Select(p => (int?)p.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }

            var draft = new CorporateImprovementPlan(new PlanTerm(2100, 2103), focusYear: 2100);
            draft.AddTheme(1, "Improving the Council's services", null);
            draft.AddTheme(2, "Places and communities", null);
            draft.AddTheme(3, "Resources", null);
            db.ImprovementPlans.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });

    private Task<int> AreaIdAsync(string name) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas.Where(a => a.ShortName == name && a.Plan!.IsCurrent).Select(a => a.Id).SingleAsync());

    private Task<int> RecommendationIdAsync(string startsWith) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Recommendations.Where(r => r.Text.StartsWith(startsWith)).Select(r => r.Id).FirstAsync());

    private Task<T> CountAsync<T>(Func<AppDbContext, Task<T>> read) => app.WithScopeAsync(s => read(s.GetRequiredService<AppDbContext>()));
}
