using HccPerformance.Core.Common;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.ImprovementPlan;

public sealed class PlanTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.SelectCommittee)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.ServiceManager)]
    [InlineData(TestUsers.HeadOfImprovement)]
    [InlineData(TestUsers.PerformanceMember)]
    public async Task Everyone_signed_in_reads_the_plan_grouped_by_theme(string user)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);

        var page = await client.PageAsync("/plan");
        var earlier = await client.PageAsync($"/plan?year={await FirstPlanYearAsync()}");

        // The plan live today (the demo's successor, for the current years) by default; the 2008-2011 plan stays readable as history.
        // The demo started that plan, but people took it live through the site, so the plan is theirs and its title carries no
        // demo mark (issue 17: a demo record a person changes becomes theirs); the 2008-2011 plan is reference and carries none.
        Assert.Equal(LiveTitle, page.H1);
        Assert.Equal(3, page.Document.QuerySelectorAll("section h2").Length);
        Assert.Equal(29, page.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Road maintenance", page.Text, StringComparison.Ordinal);
        Assert.Equal("Corporate Improvement Plan 2008-2011", earlier.H1);
        Assert.Equal(32, earlier.Document.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Filters_narrow_the_plan_by_department_theme_tag_and_status()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        var environment = await DepartmentIdAsync("ENV");

        var year = await FirstPlanYearAsync();
        var byDepartment = await client.PageAsync($"/plan?year={year}&department={environment}");
        var byTag = await client.PageAsync($"/plan?year={year}&tag=Sustainability");
        var reds = await client.PageAsync($"/plan?year={year}&rag=Red");

        Assert.All(byDepartment.Document.QuerySelectorAll("tbody tr"), r => Assert.Contains("Environment", r.TextContent, StringComparison.Ordinal));
        Assert.Contains(byTag.Document.QuerySelectorAll("tbody th"), th => th.TextContent.Trim() == "Sustainability & climate change");
        Assert.DoesNotContain(byTag.Document.QuerySelectorAll("tbody th"), th => th.TextContent.Trim() == "Schools");
        Assert.Contains(reds.Document.QuerySelectorAll("tbody th"), th => th.TextContent.Trim() == "Road maintenance");
        Assert.All(reds.Document.QuerySelectorAll("tbody tr"), r => Assert.Contains("Red", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_accountable_officer_records_progress_and_it_shows_on_the_plan()
    {
        var id = await AreaIdAsync("Waste");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.env");

        var refused = await Page.ReadAsync(await officer.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/progress", ("Progress.Rag", "Amber"), ("Progress.Commentary", "")));
        Assert.Equal("Say why the area is Red or Amber: what is wrong and what is being done", refused.ErrorFor("Progress.Commentary"));

        var recorded = await officer.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/progress",
            ("Progress.Rag", "Amber"), ("Progress.Commentary", "Recycling dipped after the depot fire; a temporary site opens next month."));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var plan = await officer.PageAsync("/plan");
        var row = plan.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Waste");
        Assert.Contains("Amber", row.TextContent, StringComparison.Ordinal);
        var area = await officer.PageAsync($"/plan/areas/{id}");
        Assert.Contains("Recycling dipped after the depot fire", area.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.ServiceManager)]
    [InlineData("executive.member.env")]
    public async Task Only_the_accountable_officer_and_the_plans_keepers_record_progress(string user)
    {
        var id = await AreaIdAsync("Growth");
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var before = await ProgressCountAsync(id);

        var response = await client.PostFormToAsync("/plan", $"/plan/areas/{id}/progress", ("Progress.Rag", "Green"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await ProgressCountAsync(id));
    }

    [Fact]
    public async Task The_Head_of_Improvement_adds_targets_and_bad_values_are_refused_with_the_form_kept()
    {
        var id = await AreaIdAsync("Growth");
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        var notANumber = await Page.ReadAsync(await head.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/targets",
            ("Target.Measure", "Net additional homes (demo)"), ("Target.TargetValue", "lots"), ("Target.TargetDate", $"{Fy + 2}-03-31"), ("Target.HigherIsBetter", "true")));
        Assert.Contains("is not something the site can read here", notANumber.ErrorFor("Target.TargetValue"), StringComparison.Ordinal);
        Assert.Equal("Net additional homes (demo)", notANumber.ValueOf("Target.Measure"));
        Assert.Equal("lots", notANumber.ValueOf("Target.TargetValue"));

        var tooLate = await Page.ReadAsync(await head.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/targets",
            ("Target.Measure", "Net additional homes (demo)"), ("Target.TargetValue", "1200"), ("Target.TargetDate", $"{Fy + 4}-03-31"), ("Target.HigherIsBetter", "true")));
        // Within the plan's own years, not 2008-2011's.
        Assert.Equal($"The date must fall within the plan, 1 April {Fy} to 31 March {Fy + 3}", tooLate.ErrorFor("Target.TargetDate"));

        var added = await head.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/targets",
            ("Target.Measure", "Net additional homes (demo)"), ("Target.TargetValue", "1200"), ("Target.TargetDate", $"{Fy + 2}-03-31"), ("Target.HigherIsBetter", "true"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var audit = await head.PageAsync("/audit?entityType=PlanTarget");
        Assert.Contains("Net additional homes (demo)", audit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accountable_officer_records_a_targets_latest_value_and_a_met_target_is_no_longer_red()
    {
        var id = await AreaIdAsync("Road maintenance");
        var target = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<PlanTarget>().Where(t => t.PriorityAreaId == id).Select(t => t.Id).SingleAsync());
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.env");
        var before = await officer.PageAsync($"/plan/areas/{id}");
        Assert.DoesNotContain("Met", before.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        var refused = await Page.ReadAsync(await officer.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/target-values",
            ("TargetValue.TargetId", target.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("TargetValue.Value", ""), ("TargetValue.On", $"{Fy}-09-30")));
        Assert.Equal("Enter the latest value as a number, like 46.5", refused.ErrorFor("TargetValue.Value"));

        var saved = await officer.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/target-values",
            ("TargetValue.TargetId", target.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("TargetValue.Value", "3.8"), ("TargetValue.On", $"{Fy}-09-30"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await officer.PageAsync($"/plan/areas/{id}");
        Assert.Contains("Met", after.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Target missed", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Chief_Officers_home_lists_the_plan_areas_they_answer_for_reds_first()
    {
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.env");

        var home = await officer.PageAsync("/");

        var table = home.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Corporate Improvement Plan areas", StringComparison.Ordinal));
        var names = table.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("Waste", names);
        // Completed in the 2008-2011 plan's full review, so not carried into the live plan.
        Assert.DoesNotContain("Street lighting PFI", names);
        Assert.DoesNotContain("Schools", names);
        Assert.Contains("Red", table.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cabinet_sees_the_plans_progress_by_theme_on_the_dashboard()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var dashboard = await cabinet.PageAsync("/dashboard/box/plan");

        var table = dashboard.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Priority areas by status in each theme", StringComparison.Ordinal));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        var counts = rows.Select(r => r.QuerySelectorAll("td").Sum(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal([10, 13, 6], counts);
        Assert.True(int.Parse(rows[0].QuerySelectorAll("td")[0].TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1, "Road Safety is red in the demo");
    }

    [Fact]
    public async Task A_chief_officer_cannot_maintain_the_plan()
    {
        var id = await AreaIdAsync("Growth");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync("chief.officer.env");

        var response = await officer.PostFormToAsync($"/plan/areas/{id}", $"/plan/areas/{id}/milestones", ("Milestone.Title", "Mine"), ("Milestone.DueDate", "2010-01-31"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_plan_downloads_as_CSV_with_every_area()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);

        var response = await client.GetAsync("/plan/export.csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"Demo data\",\"Plan\",\"Theme\",\"Priority area\"", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("\"Culture & recreation\"", StringComparison.Ordinal));
        Assert.Equal(29, csv.Split('\n').Count(l => l.Contains("\"Corporate Improvement Plan", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_plan_downloads_as_an_Excel_workbook_with_every_area()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.SelectCommittee);

        var response = await client.GetAsync("/plan/export.xlsx");
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(29, rows.Count);
        Assert.Contains(rows, r => (string)r["Priority area"] == "Waste" && (string)r["Accountable department"] == "Environment");
    }

    private Task<int> AreaIdAsync(string name) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas.Where(a => a.ShortName == name && a.Plan!.IsCurrent).Select(a => a.Id).SingleAsync());

    /// <summary>The demo's live plan runs for three years from the current financial year.</summary>
    private static int Fy => HccPerformance.Core.Organisation.ReportingPeriod.FinancialYearOf(DateOnly.FromDateTime(DateTime.UtcNow));

    private static string LiveTitle => $"Corporate Improvement Plan {Fy}-{Fy + 3}";

    private Task<int> FirstPlanYearAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ImprovementPlans.Where(p => p.StartYear == 2008 && p.FocusYear == 2008).Select(p => p.Id).SingleAsync());

    private Task<int> DepartmentIdAsync(string code) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    private Task<int> ProgressCountAsync(int id) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<ProgressUpdate>().CountAsync(p => p.PriorityAreaId == id));
}
