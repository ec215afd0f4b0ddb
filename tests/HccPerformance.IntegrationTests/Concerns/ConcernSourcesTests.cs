using System.Globalization;
using System.Net;
using HccPerformance.Core.Benchmarking;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.SelfAssessments;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Concerns;

/// <summary>
/// Raising a concern from every source (issue 7): the link shows only to those who may raise and only where the record
/// qualifies, the form is filled from the record by the server, one open concern per record, a missing record refused,
/// and the concern's page links back to its source.
/// </summary>
public sealed class ConcernSourcesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static bool HasRaiseLink(Page page) =>
        page.Document.QuerySelectorAll("a[href*='/concerns/new']").Any(a => a.TextContent.StartsWith("Raise a concern", StringComparison.Ordinal));

    private Task<int> OpenConcernsOnAsync(ConcernSource source, int id) => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern
        .CountAsync(c => c.Source == source && c.SourceId == id && (c.Status == ConcernStatus.Raised || c.Status == ConcernStatus.Active)));

    [Theory]
    [InlineData(TestUsers.CpegMember, true)]
    [InlineData(TestUsers.ChiefExecutive, true)]
    [InlineData(TestUsers.HeadOfImprovement, true)]
    [InlineData(TestUsers.PerformanceTeam, true)]
    [InlineData(TestUsers.ChiefOfficer, false)]
    [InlineData(TestUsers.ExecutiveMember, false)]
    [InlineData(TestUsers.PerformanceMember, false)]
    [InlineData(TestUsers.ServiceManager, false)]
    [InlineData(TestUsers.Cabinet, false)]
    [InlineData(TestUsers.SelectCommittee, false)]
    public async Task A_high_risk_offers_to_raise_a_concern_only_to_those_who_may_and_a_lower_risk_to_nobody(string userName, bool raises)
    {
        var high = await ConcernTestData.NewRiskAsync(app, 5, 3);
        var amber = await ConcernTestData.NewRiskAsync(app, 3, 3);
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);

        Assert.Equal(raises, HasRaiseLink(await client.PageAsync($"/risks/{high}")));
        Assert.False(HasRaiseLink(await client.PageAsync($"/risks/{amber}")));
        Assert.Equal(raises ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            (await client.GetAsync($"/concerns/new?source=Risk&sourceId={high}")).StatusCode);
    }

    [Fact]
    public async Task The_form_is_filled_from_the_risk_and_a_second_open_concern_on_it_is_refused_naming_the_first()
    {
        var risk = await ConcernTestData.NewRiskAsync(app, 5, 4, "Test: loss of the data centre");
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var form = $"/concerns/new?source=Risk&sourceId={risk}";

        var page = await cpeg.PageAsync(form);
        Assert.EndsWith("Test: loss of the data centre: high risk", page.ValueOf("Input.Title"), StringComparison.Ordinal);
        Assert.Contains("likelihood 5 x impact 4 = 20", page.Document.QuerySelector("textarea[name='Input.Evidence']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"#Input_SourceId a[href='/risks/{risk}']"));

        var raised = await cpeg.PostFormToAsync(form, "/concerns/new", ("Input.Title", "Data centre at risk"), ("Input.Evidence", "Scored 20 at the last review"),
            ("Input.Source", "Risk"), ("Input.SourceId", Id(risk)));
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var concern = raised.Headers.Location!.OriginalString;

        var again = await cpeg.PageAsync($"/risks/{risk}");
        Assert.False(HasRaiseLink(again));
        Assert.NotNull(again.Document.QuerySelector($"a[href='{concern}']"));

        var refused = await Page.ReadAsync(await cpeg.PostFormToAsync(form, "/concerns/new", ("Input.Title", "Same risk again"), ("Input.Evidence", "Kept"),
            ("Input.Source", "Risk"), ("Input.SourceId", Id(risk))));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("\"Data centre at risk\"", refused.ErrorFor("Input.SourceId"), StringComparison.Ordinal);
        Assert.Equal("Same risk again", refused.ValueOf("Input.Title"));
        Assert.NotNull(refused.Document.QuerySelector($"#Input_SourceId a[href='{concern}']"));
        Assert.Equal(1, await OpenConcernsOnAsync(ConcernSource.Risk, risk));

        var concernPage = await cpeg.PageAsync(concern);
        Assert.NotNull(concernPage.Document.QuerySelector($"a[href='/risks/{risk}']"));
    }

    [Fact]
    public async Task A_source_that_does_not_exist_or_does_not_qualify_is_refused_and_nothing_is_written()
    {
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var before = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.CountAsync());

        foreach (var source in new[] { "Risk", "Recommendation", "Benchmark", "SelfAssessmentItem", "PlanArea", "Indicator" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await cpeg.GetAsync($"/concerns/new?source={source}&sourceId=987654")).StatusCode);
            var missing = await Page.ReadAsync(await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", "Nothing behind it"),
                ("Input.Evidence", "Kept evidence"), ("Input.Source", source), ("Input.SourceId", "987654")));
            Assert.StartsWith("There is no such", missing.ErrorFor("Input.SourceId"), StringComparison.Ordinal);
            Assert.Equal("Kept evidence", missing.Document.QuerySelector("textarea[name='Input.Evidence']")!.TextContent.Trim());
        }

        var green = await ConcernTestData.NewRiskAsync(app, 1, 2);
        var notHigh = await Page.ReadAsync(await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", "A low risk"),
            ("Input.Evidence", "Scored 2"), ("Input.Source", "Risk"), ("Input.SourceId", Id(green))));
        Assert.Contains("scoring 15 or more", notHigh.ErrorFor("Input.SourceId"), StringComparison.Ordinal);

        Assert.Equal(before, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.CountAsync()));
    }

    [Fact]
    public async Task An_overdue_recommendation_raises_a_concern_filled_from_it_and_one_not_yet_due_does_not()
    {
        var overdue = await ConcernTestData.NewRecommendationAsync(app, -20, "Test: publish the service standards");
        var due = await ConcernTestData.NewRecommendationAsync(app, 30, "Test: train the staff");
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.HeadOfImprovement);

        Assert.True(HasRaiseLink(await cpeg.PageAsync($"/inspections/recommendations/{overdue}")));
        Assert.False(HasRaiseLink(await cpeg.PageAsync($"/inspections/recommendations/{due}")));

        var form = await cpeg.PageAsync($"/concerns/new?source=Recommendation&sourceId={overdue}");
        var evidence = form.Document.QuerySelector("textarea[name='Input.Evidence']")!.TextContent;
        Assert.Contains("Test: publish the service standards", evidence, StringComparison.Ordinal);
        Assert.Contains("overdue by 20 days", evidence, StringComparison.Ordinal);

        var raised = await cpeg.PostFormToAsync($"/concerns/new?source=Recommendation&sourceId={overdue}", "/concerns/new",
            ("Input.Title", form.ValueOf("Input.Title")!), ("Input.Evidence", evidence), ("Input.Source", "Recommendation"), ("Input.SourceId", Id(overdue)));
        var concern = await cpeg.PageAsync(raised.Headers.Location!.OriginalString);
        Assert.NotNull(concern.Document.QuerySelector($"a[href='/inspections/recommendations/{overdue}']"));
    }

    [Fact]
    public async Task A_bottom_quartile_benchmark_raises_a_concern_and_a_top_quartile_one_does_not()
    {
        var (bottom, top) = await app.WithScopeAsync(async s =>
        {
            var overview = await s.GetRequiredService<BenchmarkingService>().OverviewAsync(null);
            return (overview.Rows.First(r => r.Quartile == Quartile.Bottom).IndicatorId, overview.Rows.First(r => r.Quartile == Quartile.Top).IndicatorId);
        });
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.PerformanceTeam);

        Assert.True(HasRaiseLink(await cpeg.PageAsync($"/benchmarking/{bottom}")));
        Assert.False(HasRaiseLink(await cpeg.PageAsync($"/benchmarking/{top}")));
        var form = await cpeg.PageAsync($"/concerns/new?source=Benchmark&sourceId={bottom}");
        Assert.EndsWith(": bottom quartile", form.ValueOf("Input.Title"), StringComparison.Ordinal);
        Assert.Contains("bottom quartile", form.Document.QuerySelector("textarea[name='Input.Evidence']")!.TextContent, StringComparison.Ordinal);
        var refused = await Page.ReadAsync(await cpeg.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", "Top is fine"),
            ("Input.Evidence", "Top"), ("Input.Source", "Benchmark"), ("Input.SourceId", Id(top))));
        Assert.Contains("not in the bottom quartile", refused.ErrorFor("Input.SourceId"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_assessment_offers_its_areas_for_improvement_and_risks_to_those_who_raise_and_the_concern_links_back()
    {
        var item = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            return await (
                from i in db.Set<AssessmentItem>()
                join a in db.SelfAssessments on i.SelfAssessmentId equals a.Id
                where a.Status == AssessmentStatus.Accepted
                orderby a.ReportingPeriodId descending, a.DepartmentId descending
                select new { AssessmentId = a.Id, a.DepartmentId, a.ReportingPeriodId }).FirstAsync();
        });
        var (area, strength) = await app.WithScopeAsync(async s =>
        {
            var items = await s.GetRequiredService<AppDbContext>().Set<AssessmentItem>().Where(i => i.SelfAssessmentId == item.AssessmentId).ToListAsync();
            return (items.First(i => i.Section == ItemSection.AreaForImprovement), items.First(i => i.Section == ItemSection.Strength));
        });
        var path = $"/departments/{item.DepartmentId}/self-assessments/{item.ReportingPeriodId}";

        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var page = await head.PageAsync(path);
        var section = page.Document.QuerySelector("section[aria-labelledby='item-concerns-heading']");
        Assert.NotNull(section);
        Assert.Contains(area.Text, section.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(strength.Text, section.TextContent, StringComparison.Ordinal);
        Assert.NotNull(section.QuerySelector($"a[href='/concerns/new?source=SelfAssessmentItem&sourceId={area.Id}']"));

        var form = await head.PageAsync($"/concerns/new?source=SelfAssessmentItem&sourceId={area.Id}");
        Assert.Contains(area.Text, form.Document.QuerySelector("textarea[name='Input.Evidence']")!.TextContent, StringComparison.Ordinal);
        var raised = await head.PostFormToAsync($"/concerns/new?source=SelfAssessmentItem&sourceId={area.Id}", "/concerns/new",
            ("Input.Title", form.ValueOf("Input.Title")!), ("Input.Evidence", "As the department wrote it"), ("Input.Source", "SelfAssessmentItem"), ("Input.SourceId", Id(area.Id)));
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        Assert.NotNull((await head.PageAsync(raised.Headers.Location!.OriginalString)).Document.QuerySelector($"a[href='{path}']"));
        var strengthRefused = await Page.ReadAsync(await head.PostFormToAsync("/concerns/new", "/concerns/new", ("Input.Title", "A strength"),
            ("Input.Evidence", "Good"), ("Input.Source", "SelfAssessmentItem"), ("Input.SourceId", Id(strength.Id))));
        Assert.StartsWith("A concern is raised from an area for improvement", strengthRefused.ErrorFor("Input.SourceId"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_demo_concern_raised_from_a_record_links_back_to_it()
    {
        var concerns = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.AsNoTracking()
            .Where(c => c.Source != ConcernSource.ByHand && c.Source != ConcernSource.Disempowerment).Select(c => new { c.Id, c.Source, c.SourceId }).ToListAsync());
        Assert.Contains(concerns, c => c.Source == ConcernSource.Indicator);
        Assert.Contains(concerns, c => c.Source == ConcernSource.Risk);
        Assert.Contains(concerns, c => c.Source == ConcernSource.Recommendation);
        Assert.Contains(concerns, c => c.Source == ConcernSource.SelfAssessmentItem);
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);

        foreach (var c in concerns)
        {
            var link = await app.WithScopeAsync(s => s.GetRequiredService<ConcernSources>().LinkAsync(c.Source, c.SourceId));
            Assert.NotNull(link);
            var page = await cpeg.PageAsync($"/concerns/{c.Id}");
            Assert.NotNull(page.Document.QuerySelector($"dl a[href='{link}']"));
        }
    }
}
