using System.Globalization;
using System.Net;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Cpeg;

/// <summary>The Menu of Interventions page: everyone who sees concerns reads it; only the Head of Improvement changes it.</summary>
public sealed class MenuPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Officers_read_the_menu_with_each_items_report_back_interval()
    {
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(TestUsers.ChiefOfficer);

        var page = await officer.PageAsync("/concerns/menu");

        Assert.Equal("Menu of Interventions", page.H1);
        var rows = page.Rows("The menu");
        var source = $"Source: {ReferenceSources.MenuOfInterventions}";
        Assert.Contains($"2 | Category two | report back to CPEG within three months | Category two (within three months) |  | Yes | {source}", rows);
        Assert.Contains($"15 | Cabinet support | escalate to Cabinet | By a category chosen when assigned | Cabinet | Yes | {source}", rows);
        Assert.Contains($"19 | Peer review | commission an external peer review | By a category chosen when assigned |  | Yes | {source}", rows);
        Assert.Null(page.Document.QuerySelector("form[action='/concerns/menu']"));
    }

    [Theory]
    [InlineData(TestUsers.CpegMember)]
    [InlineData(TestUsers.ChiefExecutive)]
    [InlineData(TestUsers.PerformanceTeam)]
    [InlineData(TestUsers.ChiefOfficer)]
    public async Task Only_the_Head_of_Improvement_changes_the_menu(string userName)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);
        var before = await app.MenuCountAsync();
        var peerReview = await app.MenuItemIdAsync(19);

        var added = await client.PostFormToAsync("/concerns/menu", "/concerns/menu", ("Input.Name", "Added by " + userName), ("Input.Description", "Mine"));
        var retirePage = await client.GetAsync($"/concerns/menu/{peerReview}/retire");
        var retired = await client.PostFormToAsync("/concerns/menu", $"/concerns/menu/{peerReview}/retire", ("Input.Reason", "Not wanted"), ("Input.Version", Guid.Empty.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, added.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retirePage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retired.StatusCode);
        Assert.Equal(before, await app.MenuCountAsync());
        Assert.Null(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.Where(m => m.Id == peerReview).Select(m => m.RetiredOn).SingleAsync()));
    }

    [Fact]
    public async Task Adding_an_item_with_bad_input_is_refused_beside_each_field_with_the_typing_kept()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var before = await app.MenuCountAsync();

        var page = await Page.ReadAsync(await head.PostFormToAsync("/concerns/menu", "/concerns/menu",
            ("Input.Name", ""), ("Input.Description", "Kept description"), ("Input.ReportBackMonths", "13")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Name the intervention", page.ErrorFor("Input.Name"));
        Assert.StartsWith("A report-back is due within six, three, two or one month(s)", page.ErrorFor("Input.ReportBackMonths"), StringComparison.Ordinal);
        Assert.Equal("Kept description", page.TextAreaValue("Input.Description")!.Trim());
        Assert.Equal("13", page.ValueOf("Input.ReportBackMonths"));
        Assert.Contains("There is a problem", page.Text, StringComparison.Ordinal);
        Assert.Equal(before, await app.MenuCountAsync());

        var duplicate = await Page.ReadAsync(await head.PostFormToAsync("/concerns/menu", "/concerns/menu",
            ("Input.Name", "Peer review"), ("Input.Description", "Again")));
        Assert.StartsWith("\u201cPeer review\u201d is already on the menu", duplicate.ErrorFor("Input.Name"), StringComparison.Ordinal);
        Assert.Equal("Peer review", duplicate.ValueOf("Input.Name"));
    }

    [Fact]
    public async Task The_Head_of_Improvement_adds_an_item_numbered_after_the_last()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var last = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions.MaxAsync(m => m.Number));

        var added = await head.PostFormToAsync("/concerns/menu", "/concerns/menu",
            ("Input.Name", "Data quality audit"), ("Input.Description", "commission internal audit to check the figures"), ("Input.ReportBackMonths", "2"));
        var page = await head.PageAsync(added.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains($"{last + 1}. Data quality audit is on the menu", page.Status(), StringComparison.Ordinal);
        Assert.Contains(page.Rows("The menu"), r => r.StartsWith($"{last + 1} | Data quality audit | commission internal audit to check the figures | Category three (within two months) |  | Yes | Added in this site by the Head of Improvement | Retire", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retired_item_stays_listed_with_its_reason_is_not_offered_and_is_refused_if_posted()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var mystery = await app.MenuItemIdAsync(8);
        var form = $"/concerns/menu/{mystery}/retire";

        var noReason = await Page.ReadAsync(await head.PostFormToAsync(form, form, ("Input.Reason", ""),
            ("Input.Version", (await head.PageAsync(form)).ValueOf("Input.Version")!)));
        Assert.Equal("Say why the intervention leaves the menu", noReason.ErrorFor("Input.Reason"));

        var retired = await head.PostFormToAsync(form, form, ("Input.Reason", "Replaced by the customer panel"), ("Input.Version", (await head.PageAsync(form)).ValueOf("Input.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var menu = await head.PageAsync("/concerns/menu");
        var row = Assert.Single(menu.Rows("The menu"), r => r.StartsWith("8 | Mystery shopping", StringComparison.Ordinal));
        Assert.Contains($"Retired {app.Today().ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", row, StringComparison.Ordinal);
        Assert.Contains("Replaced by the customer panel", row, StringComparison.Ordinal);

        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var concern = await cpeg.RaiseAsync("Mystery shopping wanted");
        await cpeg.DecideAsync(concern);
        var page = await cpeg.PageAsync(concern);
        var offered = page.Document.QuerySelectorAll("#Assign_MenuItemId option").Select(o => o.TextContent).ToList();
        Assert.Contains(offered, o => o.StartsWith("7. Strategic review", StringComparison.Ordinal));
        Assert.DoesNotContain(offered, o => o.Contains("Mystery shopping", StringComparison.Ordinal));

        var refused = await Page.ReadAsync(await cpeg.AssignAsync(app, concern, mystery));
        Assert.Equal("Mystery shopping has been retired from the menu: choose another intervention.", refused.ErrorFor("Assign.MenuItemId"));
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern
            .Where(c => c.Title == "Mystery shopping wanted").SelectMany(c => c.Interventions).CountAsync()));
    }
}
