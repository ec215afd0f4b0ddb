using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.CouncilSignIn;

/// <summary>The mapping never leaves the site with no Administrator (issue 19): a fresh database of its own, so it starts empty.</summary>
public sealed class GroupMappingRuleTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_mapping_that_would_leave_no_Administrator_is_refused_beside_the_field_and_nothing_changes()
    {
        using var admin = await app.AdminClientAsync();

        // The first row gives Chief Officer: council Administrators would have no row, so it is refused beside the role.
        var first = await Page.ReadAsync(await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", "hcc-cpeg"), ("Input.Role", "CpegMember")));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.StartsWith("Map a group to Administrator first", first.ErrorFor("Input.Role"), StringComparison.Ordinal);
        Assert.Equal("hcc-cpeg", first.ValueOf("Input.GroupValue"));
        Assert.Equal(0, await CountAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", "hcc-administrators"), ("Input.Role", "Administrator"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/council-sign-in",
            ("Input.GroupValue", "hcc-cpeg"), ("Input.Role", "CpegMember"))).StatusCode);

        // Removing the only Administrator row while another row remains is refused, in words, and the row stays.
        var adminRow = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().GroupMappings.Where(m => m.Role == "Administrator").Select(m => m.Id).SingleAsync());
        var removal = await Page.ReadAsync(await admin.PostFormToAsync("/admin/council-sign-in", $"/admin/council-sign-in/{adminRow}/remove"));
        Assert.Equal(HttpStatusCode.OK, removal.Status);
        Assert.Contains("This is the last row that gives Administrator", removal.Document.QuerySelector(".error-summary, [role=alert]")?.TextContent ?? removal.Text, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync());

        // With the CPEG row gone first, the Administrator row may go: an empty mapping takes nobody's role.
        var cpegRow = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().GroupMappings.Where(m => m.Role == "CpegMember").Select(m => m.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormToAsync("/admin/council-sign-in", $"/admin/council-sign-in/{cpegRow}/remove")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormToAsync("/admin/council-sign-in", $"/admin/council-sign-in/{adminRow}/remove")).StatusCode);
        Assert.Equal(0, await CountAsync());
    }

    private Task<int> CountAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().GroupMappings.CountAsync());
}
