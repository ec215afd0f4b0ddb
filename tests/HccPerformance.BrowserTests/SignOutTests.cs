namespace HccPerformance.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignOutTests(SiteFixture site)
{
    [Fact]
    public async Task Sign_out_returns_to_the_sign_in_page_and_ends_the_session()
    {
        await using var browser = await site.OpenSessionAsync();
        await browser.SignInThroughFormAsync("chief.executive");
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/cpeg$"));

        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(browser.Page).ToHaveURLAsync(new Regex("/account/sign-in$"));
        await browser.ExpectHeadingAsync("Sign in");
        await Expect(browser.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have signed out.");

        await browser.GoToAsync("/dashboard");

        await Expect(browser.Page).ToHaveURLAsync(new Regex("/account/sign-in\\?returnUrl=%2Fdashboard$"));
        await browser.ExpectHeadingAsync("Sign in");
    }
}
