using System.Net;
using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Site;

/// <summary>
/// Issue 17: while the site holds demo data every page says so at the top, signed in or not, error pages included; an
/// Administrator sets or clears the flag, and clearing it is refused while demo records remain, naming how many.
/// </summary>
public sealed class DemoFlagTests(DemoCountFactory app) : IClassFixture<DemoCountFactory>
{
    private const string Banner = "Demo data: not real figures";

    private static string? BannerOf(Page page) =>
        page.Document.QuerySelector("header [role=note]")?.TextContent;

    [Fact]
    public async Task Every_page_carries_the_banner_while_the_site_holds_demo_data_signed_in_or_not()
    {
        app.DemoRecordsRemaining = 0;
        using var visitor = app.CreateSiteClient();
        Assert.Contains(Banner, BannerOf(await visitor.PageAsync("/account/sign-in")), StringComparison.Ordinal);
        Assert.Contains(Banner, BannerOf(await Page.ReadAsync(await visitor.GetAsync("/error/500"))), StringComparison.Ordinal);

        foreach (var (user, path, status) in new[]
                 {
                     (TestUsers.Leader, "/what-needs-you", HttpStatusCode.OK),
                     (TestUsers.ChiefOfficer, "/dashboard", HttpStatusCode.OK),
                     (TestUsers.Cabinet, "/reports/1", HttpStatusCode.OK),
                     (TestUsers.Cabinet, "/admin/users", HttpStatusCode.Forbidden),
                     (TestUsers.ServiceManager, "/no/such/page", HttpStatusCode.NotFound),
                 })
        {
            using var client = app.CreateSiteClient();
            await client.SignInAsync(user);
            var page = await client.PageAsync(path);
            Assert.Equal(status, page.Status);
            Assert.True(BannerOf(page)?.Contains(Banner, StringComparison.Ordinal) == true, $"{user} on {path} sees no demo banner.");
        }
    }

    [Fact]
    public async Task The_Administrator_finds_the_demo_data_page_in_the_menu_and_others_are_refused_it()
    {
        using var admin = await app.AdminClientAsync();
        var home = await admin.PageAsync("/admin/users");
        Assert.NotNull(home.Document.QuerySelector("nav a[href='/admin/demo-data']"));

        var page = await admin.PageAsync("/admin/demo-data");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Demo data", page.H1);
        Assert.Contains("Holds demo data: everything is marked", page.Text, StringComparison.Ordinal);
        Assert.Equal("true", page.Document.QuerySelector("input[name='Input.DemoData'][checked]")?.GetAttribute("value"));

        foreach (var user in new[] { TestUsers.HeadOfImprovement, TestUsers.PerformanceTeam, TestUsers.Leader })
        {
            using var other = app.CreateSiteClient();
            await other.SignInAsync(user);
            var response = await other.GetAsync("/admin/demo-data");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Null((await other.PageAsync("/dashboard")).Document.QuerySelector("nav a[href='/admin/demo-data']"));
        }
    }

    [Fact]
    public async Task Clearing_the_flag_while_demo_records_remain_is_refused_naming_how_many_and_nothing_changes()
    {
        app.DemoRecordsRemaining = 1234;
        using var admin = await app.AdminClientAsync();
        var form = await admin.PageAsync("/admin/demo-data");
        Assert.Contains("1,234 demo records", form.Text, StringComparison.Ordinal);

        var response = await admin.PostFormAsync("/admin/demo-data", ("Input.DemoData", "false"), ("Input.Version", form.ValueOf("Input.Version")!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Page.ReadAsync(response);
        var error = page.ErrorFor("Input.DemoData");
        Assert.NotNull(error);
        Assert.Contains("still holds 1,234 demo records (indicator result (1,234))", error, StringComparison.Ordinal);
        Assert.Contains(error, page.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        // The choice made is kept in the form; the site still says demo everywhere.
        Assert.Equal("false", page.Document.QuerySelector("input[name='Input.DemoData'][checked]")?.GetAttribute("value"));
        Assert.True(await DemoSite.FlagInDatabaseAsync(app));
        Assert.Contains(Banner, BannerOf(await app.CreateSiteClient().PageAsync("/account/sign-in")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_demo_records_left_the_Administrator_clears_the_flag_and_the_banner_goes_at_once_then_sets_it_again()
    {
        app.DemoRecordsRemaining = 0;
        using var admin = await app.AdminClientAsync();
        using var visitor = app.CreateSiteClient();
        try
        {
            var form = await admin.PageAsync("/admin/demo-data");
            var off = await admin.PostFormAsync("/admin/demo-data", ("Input.DemoData", "false"), ("Input.Version", form.ValueOf("Input.Version")!));

            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
            var after = await admin.PageAsync(off.Headers.Location!.OriginalString);
            Assert.Contains("holding no demo data", after.Text, StringComparison.Ordinal);
            Assert.Null(BannerOf(after));
            Assert.Null(BannerOf(await visitor.PageAsync("/account/sign-in")));
            Assert.False(await DemoSite.FlagInDatabaseAsync(app));

            // A stale form (read before that change) is not saved over it.
            var stale = await admin.PostFormAsync("/admin/demo-data", ("Input.DemoData", "true"), ("Input.Version", form.ValueOf("Input.Version")!));
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Contains("Someone else", (await Page.ReadAsync(stale)).Text, StringComparison.Ordinal);
            Assert.False(await DemoSite.FlagInDatabaseAsync(app));

            var fresh = await admin.PageAsync("/admin/demo-data");
            var on = await admin.PostFormAsync("/admin/demo-data", ("Input.DemoData", "true"), ("Input.Version", fresh.ValueOf("Input.Version")!));
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
            Assert.Contains(Banner, BannerOf(await visitor.PageAsync("/account/sign-in")), StringComparison.Ordinal);
        }
        finally
        {
            await DemoSite.SetFlagAsync(app, true);
        }
    }
}
