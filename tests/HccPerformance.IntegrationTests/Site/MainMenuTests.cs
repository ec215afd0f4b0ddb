using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Site;

/// <summary>
/// Issue 18: the main menu groups related pages; without JavaScript each group is a link to a page of its links, and the
/// page holds the same links the disclosure shows.
/// </summary>
public sealed class MainMenuTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Users() => [.. TestUsers.AllButAdmin];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Each_group_links_to_a_page_with_the_same_links_it_discloses(string user)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var home = await client.PageAsync("/guidance");
        var nav = home.Document.QuerySelector("nav[aria-label=Main]")!;

        var groups = nav.QuerySelectorAll("a[data-disclosure]").ToList();

        Assert.Contains(groups, g => g.GetAttribute("href") == "/menu/registers");
        foreach (var group in groups)
        {
            var listed = nav.QuerySelector($"#{group.GetAttribute("data-disclosure")}")!;
            Assert.True(listed.HasAttribute("hidden"));
            var page = await client.PageAsync(group.GetAttribute("href")!);
            Assert.Equal(group.TextContent.Trim(), page.H1);
            Assert.Equal(listed.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())),
                page.Document.QuerySelectorAll("#menu-group a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())));
        }
    }

    [Fact]
    public async Task The_registers_group_reaches_the_intelligence_and_the_forward_programme()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);

        var page = await client.PageAsync("/menu/registers");

        var links = page.Document.QuerySelectorAll("#menu-group a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Scorecards", links);
        Assert.Contains("Forward programme of inspections", links);
        Assert.Contains("Intelligence from inspectorates", links);
        foreach (var href in page.Document.QuerySelectorAll("#menu-group a").Select(a => a.GetAttribute("href")!))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.PageAsync(href)).Status);
        }
    }
}
