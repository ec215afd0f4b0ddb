namespace HccPerformance.BrowserTests;

/// <summary>The sign-in page works from the keyboard alone, in a sensible order.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    [Fact]
    public async Task Sign_in_page_tabs_in_order_and_signs_in_with_Enter()
    {
        await using var browser = await site.OpenSessionAsync();
        var page = browser.Page;
        await browser.GoToAsync("/account/sign-in");
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        var userName = page.GetByLabel("User name or email address");
        var password = page.GetByLabel("Password", new() { Exact = true });
        var signIn = page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

        await page.Keyboard.PressAsync("Tab");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeVisibleAsync();

        // Past the site's name in the header, the form's fields come next, in reading order.
        var tabs = 1;
        while (!await IsFocusedAsync(userName))
        {
            Assert.True(tabs < 5, $"Tab reached something else than the user name field after {tabs} presses: {await FocusedAsync(page)}");
            await page.Keyboard.PressAsync("Tab");
            tabs++;
        }

        await page.Keyboard.TypeAsync("performance.team");
        await page.Keyboard.PressAsync("Tab");
        await Expect(password).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(site.DemoPassword);
        await page.Keyboard.PressAsync("Tab");
        await Expect(signIn).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(password).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await browser.ExpectHeadingAsync("This quarter");
    }

    [Fact]
    public async Task Skip_link_moves_focus_to_the_main_content()
    {
        await using var browser = await site.OpenSessionAsync();
        var page = browser.Page;
        await browser.GoToAsync("/account/sign-in");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("User name or email address")).ToBeFocusedAsync();
    }

    private static Task<bool> IsFocusedAsync(ILocator locator) =>
        locator.EvaluateAsync<bool>("element => element === document.activeElement");

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : '(nothing)'");
}
