using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Demo;

/// <summary>
/// Every seeded reference record says where it comes from on its page (issue 17): the national indicators, the plan's 2008
/// text, the Menu of Interventions and the departments; and NI 117 takes its direction from 5.8, so it has a RAG.
/// </summary>
public sealed class ReferenceSourceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_national_indicator_names_the_public_list_it_comes_from_on_its_page()
    {
        var national = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.Where(i => i.IsNational)
            .Select(i => new { i.Id, i.Code }).ToListAsync());
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.PerformanceTeam);

        Assert.Equal(19, national.Count);
        foreach (var indicator in national)
        {
            var page = await client.PageAsync($"/indicators/{indicator.Id}");
            Assert.StartsWith("Source: public list of national indicators, shared/data/national-indicators.csv",
                page.Document.QuerySelector("#reference-source")?.TextContent.Trim() ?? $"{indicator.Code}: no source shown", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NI_117_is_lower_is_better_from_reference_document_5_8_and_shows_a_RAG()
    {
        var id = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Indicators.Where(i => i.Code == "NI 117").Select(i => i.Id).SingleAsync());
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);

        var page = await client.PageAsync($"/indicators/{id}");

        var polarity = page.Document.QuerySelector("#polarity-source")!.ParentElement!.TextContent;
        Assert.StartsWith("Lower is better", polarity.Trim(), StringComparison.Ordinal);
        Assert.Contains("(source: reference document 5.8", polarity, StringComparison.Ordinal);
        Assert.Contains("Reduce young people not in employment, education or training", polarity, StringComparison.Ordinal);
        // Its demo results are the LAA's years (the national indicators ended in March 2011): its latest is March 2011's, and
        // each of those years' results has a RAG.
        var latest = page.Document.QuerySelector("h1 + p")!;
        Assert.Contains(latest.QuerySelector(".tag")!.TextContent.Trim(), new[] { "Red", "Amber", "Green" });
        Assert.Contains("for Q4 2010/11", latest.TextContent, StringComparison.Ordinal);
        var rows = page.Document.QuerySelectorAll("#results tbody tr").ToList();
        Assert.Equal(12, rows.Count);
        Assert.Equal("Q4 2010/11", rows[^1].QuerySelector("th")!.TextContent.Trim());
        Assert.All(rows, r => Assert.Contains(r.QuerySelector(".tag")!.TextContent.Trim(), new[] { "Red", "Amber", "Green" }));
    }

    [Fact]
    public async Task Every_item_of_the_menu_names_Appendix_Two()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.HeadOfImprovement);

        var page = await client.PageAsync("/concerns/menu");

        var rows = page.Document.QuerySelectorAll("table tbody tr").ToList();
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r => Assert.Contains("Source: reference document, Appendix Two", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_plans_2008_text_names_reference_document_5_8()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.HeadOfImprovement);

        // The 2008-2011 plan is reference history; the demo's successor plan is not reference text.
        var all = await client.PageAsync("/plan/all");
        var first = all.Document.QuerySelectorAll("a").First(a => a.TextContent.Contains("2008-2011", StringComparison.Ordinal)).GetAttribute("href")!;
        var page = await client.PageAsync(first);

        Assert.StartsWith("Source: reference document 5.8", page.Document.QuerySelector("#reference-source")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_seeded_department_names_its_public_source_in_the_list_and_on_its_page()
    {
        var departments = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Select(d => new { d.Id, d.Name }).ToListAsync());
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.HeadOfImprovement);

        var list = await client.PageAsync("/departments");
        var rows = list.Document.QuerySelectorAll("table tbody tr").ToList();
        Assert.Equal(departments.Count, rows.Count);
        Assert.All(rows, r => Assert.Contains("Source: public sources of the period", r.TextContent, StringComparison.Ordinal));
        foreach (var department in departments)
        {
            var page = await client.PageAsync($"/departments/{department.Id}");
            Assert.StartsWith("Source: public sources of the period", page.Document.QuerySelector("#reference-source")!.TextContent.Trim(), StringComparison.Ordinal);
        }
    }
}
