using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Admin;

/// <summary>The Administrator's departments and reporting periods, as the Administrator uses them.</summary>
public sealed class ReferenceDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_financial_year_from_2008_09_has_four_quarters_with_deadlines()
    {
        using var admin = await app.AdminClientAsync();

        var page = await admin.PageAsync("/admin/reporting-periods");

        var captions = page.Document.QuerySelectorAll("caption").Select(c => c.TextContent).ToList();
        Assert.Contains("2008/09", captions);
        Assert.Contains("2009/10", captions);
        var first = page.Document.QuerySelectorAll("caption").Single(c => c.TextContent == "2008/09").ParentElement!;
        Assert.Equal(4, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("1 Apr 2008 to 30 Jun 2008", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("31 Jul 2008", first.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_department_that_exists_is_refused_beside_the_field()
    {
        using var admin = await app.AdminClientAsync();

        var page = await Page.ReadAsync(await admin.PostFormAsync("/departments/new",
            ("Input.Name", "Adult Services"), ("Input.Code", "ASX"), ("Input.IsActive", "true")));

        Assert.Equal("Another department is already called Adult Services", page.ErrorFor("Input.Name"));
        Assert.Equal("ASX", page.ValueOf("Input.Code"));
    }

    [Fact]
    public async Task A_stale_department_edit_is_refused_and_shows_both_versions()
    {
        using var admin = await app.AdminClientAsync();
        var id = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == "PBR").Select(d => d.Id).SingleAsync());
        var form = await admin.PageAsync($"/departments/{id}/edit");
        var version = form.ValueOf("Input.Version")!;

        var first = await admin.PostFormAsync($"/departments/{id}/edit",
            ("Input.Name", "Property, Business and Regulatory Services"), ("Input.Code", "PBR"), ("Input.IsActive", "true"), ("Input.Version", version));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await Page.ReadAsync(await admin.PostFormAsync($"/departments/{id}/edit",
            ("Input.Name", "Property and Regulatory"), ("Input.Code", "PBR"), ("Input.IsActive", "true"), ("Input.Version", version)));

        Assert.Contains("Someone else (admin) changed this department", second.Text, StringComparison.Ordinal);
        Assert.Contains("Property, Business and Regulatory Services", second.Document.QuerySelector("#their-version")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Property and Regulatory", second.ValueOf("Input.Name"));
        var saved = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Id == id).Select(d => d.Name).SingleAsync());
        Assert.Equal("Property, Business and Regulatory Services", saved);

        // Saving again, having seen theirs, replaces it on purpose.
        var third = await admin.PostFormAsync($"/departments/{id}/edit",
            ("Input.Name", "Property and Regulatory"), ("Input.Code", "PBR"), ("Input.IsActive", "true"), ("Input.Version", second.ValueOf("Input.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
    }

    [Fact]
    public async Task A_deadline_before_the_quarter_ends_is_refused_and_a_good_one_is_saved_and_audited()
    {
        using var admin = await app.AdminClientAsync();
        var id = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods
            .Where(p => p.FinancialYear == 2009 && p.Quarter == 2).Select(p => p.Id).SingleAsync());
        var form = await admin.PageAsync($"/admin/reporting-periods/{id}/edit");
        var version = form.ValueOf("Input.Version")!;

        var refused = await Page.ReadAsync(await admin.PostFormAsync($"/admin/reporting-periods/{id}/edit",
            ("Input.Deadline", "2009-09-01"), ("Input.IsOpen", "false"), ("Input.Version", version)));
        Assert.Equal("The deadline must be after the quarter ends on 30 September 2009.", refused.ErrorFor("Input.Deadline"));
        Assert.Equal("2009-09-01", refused.ValueOf("Input.Deadline"));

        var saved = await admin.PostFormAsync($"/admin/reporting-periods/{id}/edit",
            ("Input.Deadline", "2009-11-06"), ("Input.IsOpen", "true"), ("Input.Version", version));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var audit = await admin.PageAsync("/audit?entityType=ReportingPeriod");
        Assert.Contains("2009-10-31 → 2009-11-06", audit.Text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_financial_year_can_be_added_once()
    {
        using var admin = await app.AdminClientAsync();

        var added = await admin.PostFormToAsync("/admin/reporting-periods", "/admin/reporting-periods/years", ("Input.StartYear", "2031"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var again = await Page.ReadAsync(await admin.PostFormToAsync("/admin/reporting-periods", "/admin/reporting-periods/years", ("Input.StartYear", "2031")));

        Assert.Equal("The quarters of 2031/32 already exist", again.ErrorFor("Input.StartYear"));
        var count = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods.CountAsync(p => p.FinancialYear == 2031));
        Assert.Equal(4, count);
    }

}
