namespace HccPerformance.BrowserTests;

/// <summary>The site's Content-Security-Policy allows no inline script or style: nothing on its pages breaks it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(SiteFixture site)
{
    [Fact]
    public async Task Pages_break_no_Content_Security_Policy_rule()
    {
        await using var browser = await site.OpenSessionAsync();
        await browser.SubmitSignInAsync("head.of.improvement", "not-the-right-password");
        await Expect(browser.Page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
        await browser.SignInThroughFormAsync("head.of.improvement");

        foreach (var path in new[] { "/home", "/dashboard", "/departments", "/guidance", "/account", "/account/change-password", "/audit", "/no-such-page" })
        {
            await browser.GoToAsync(path);
        }

        await browser.GoToAsync("/departments");
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Environment", Exact = true }).ClickAsync();
        await browser.ExpectHeadingAsync("Environment");
        // The navigation menu's script (Bootstrap's collapse) on a narrow screen.
        await browser.Page.SetViewportSizeAsync(400, 800);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        Assert.Empty(CspErrors(browser));
        Assert.Empty(browser.PageErrors);

        // The check itself can fail: an inline style, which the policy forbids, is reported.
        await browser.Page.EvaluateAsync("() => { const style = document.createElement('style'); style.textContent = 'body { color: black; }'; document.head.appendChild(style); }");
        await AssertEventuallyAsync(() => CspErrors(browser).Count > 0, "A deliberate inline style produced no Content Security Policy console error: the check is blind.");
    }

    private static List<string> CspErrors(BrowserSession browser) =>
        [.. browser.ConsoleErrors.Where(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))];

    private static async Task AssertEventuallyAsync(Func<bool> condition, string message)
    {
        for (var i = 0; i < 50 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), message);
    }
}
