namespace HccPerformance.BrowserTests;

/// <summary>
/// A developer runs the site over plain http://localhost (launchSettings.json); the site's own comment says
/// "browsers accept Secure cookies from http://localhost, so Development works too".
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PlainHttpDevelopmentTests(SiteFixture site)
{
    [Fact]
    public async Task Development_site_over_plain_http_on_localhost_lets_people_sign_in()
    {
        await using var browser = await site.OpenPlainHttpSessionAsync();

        var response = await browser.GoToAsync("/account/sign-in");

        Assert.True(response.Status == 200,
            $"GET {site.PlainHttpAddress}/account/sign-in answered {response.Status} " +
            $"(page heading: \"{await browser.Heading.First.TextContentAsync()}\") instead of the sign-in form.");
        await browser.SignInAsync("cabinet");
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/what-needs-you$"));
    }
}
