using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.CouncilSignIn;

/// <summary>The Administrator's council sign-in mapping page: rows added and removed, bad input beside its field, audited.</summary>
public sealed class GroupMappingPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Bad_input_is_shown_beside_its_field_with_the_typing_kept_and_nothing_saved()
    {
        using var admin = await app.AdminClientAsync();
        await EnsureAdministratorRowAsync(admin);
        var before = await CountAsync();

        var empty = await Page.ReadAsync(await admin.PostFormAsync("/admin/council-sign-in", ("Input.GroupValue", ""), ("Input.Role", "")));
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Enter the group or app role value the identity provider sends", empty.ErrorFor("Input.GroupValue"));
        Assert.Equal("Choose the role this group gives", empty.ErrorFor("Input.Role"));

        var noDepartment = await Page.ReadAsync(await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", "hcc-chief-officers"), ("Input.Role", "ChiefOfficer")));
        Assert.StartsWith("Choose a department", noDepartment.ErrorFor("Input.DepartmentId"), StringComparison.Ordinal);
        Assert.Equal("hcc-chief-officers", noDepartment.ValueOf("Input.GroupValue"));

        var unknownRole = await Page.ReadAsync(await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", "hcc-kings"), ("Input.Role", "King")));
        Assert.Equal("Choose a role from the list", unknownRole.ErrorFor("Input.Role"));

        var unknownDepartment = await Page.ReadAsync(await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", "hcc-chief-officers"), ("Input.Role", "ChiefOfficer"), ("Input.DepartmentId", "999999")));
        Assert.Equal("Choose a department from the list", unknownDepartment.ErrorFor("Input.DepartmentId"));

        var tooLong = await Page.ReadAsync(await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", new string('g', 257)), ("Input.Role", "CpegMember")));
        Assert.Equal("The value must be 256 characters or fewer", tooLong.ErrorFor("Input.GroupValue"));

        var notANumber = await Page.ReadAsync(await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", "hcc-cpeg"), ("Input.Role", "CpegMember"), ("Input.DepartmentId", "adult services")));
        Assert.Equal(HttpStatusCode.OK, notANumber.Status);
        Assert.NotNull(notANumber.ErrorFor("Input.DepartmentId"));

        var duplicate = await Page.ReadAsync(await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", " hcc-administrators "), ("Input.Role", "Administrator")));
        Assert.Equal("\u201chcc-administrators\u201d already gives Administrator", duplicate.ErrorFor("Input.GroupValue"));

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_row_is_added_and_removed_shown_with_its_department_and_both_are_in_the_audit_trail()
    {
        using var admin = await app.AdminClientAsync();
        await EnsureAdministratorRowAsync(admin);
        var environment = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.Where(d => d.Code == "ENV").Select(d => d.Id).SingleAsync());

        var added = await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", "5f1c0d2e-env-service-managers"), ("Input.Role", "ServiceManager"),
            ("Input.DepartmentId", environment.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("/admin/council-sign-in", added.Headers.Location?.OriginalString);
        var page = await admin.PageAsync("/admin/council-sign-in");
        Assert.Equal("Council sign-in", page.H1);
        var row = page.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("5f1c0d2e-env-service-managers", StringComparison.Ordinal));
        Assert.Contains("Service Manager", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Environment", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("now gives Service Manager", page.Text, StringComparison.Ordinal);

        var id = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().GroupMappings.Where(m => m.GroupValue == "5f1c0d2e-env-service-managers").Select(m => m.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormToAsync("/admin/council-sign-in", $"/admin/council-sign-in/{id}/remove")).StatusCode);
        Assert.DoesNotContain("5f1c0d2e-env-service-managers", (await admin.PageAsync("/admin/council-sign-in")).Text, StringComparison.Ordinal);

        var audited = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.EntityType == "GroupMapping" && a.EntityKey == id.ToString(CultureInfo.InvariantCulture)).Select(a => a.Action).ToListAsync());
        Assert.Equal(2, audited.Count);
    }

    [Fact]
    public async Task Removing_a_row_that_does_not_exist_is_the_404_page()
    {
        using var admin = await app.AdminClientAsync();
        var response = await admin.PostFormToAsync("/admin/council-sign-in", "/admin/council-sign-in/987654/remove");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task EnsureAdministratorRowAsync(SiteClient admin) =>
        await admin.PostFormAsync("/admin/council-sign-in", ("Input.GroupValue", "hcc-administrators"), ("Input.Role", "Administrator"));

    private Task<int> CountAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().GroupMappings.CountAsync());
}
