namespace HccPerformance.BrowserTests;

/// <summary>The accessibility check itself can fail: a page that breaks a rule is reported, with what to fix.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AxeCheckTests(SiteFixture site)
{
    [Fact]
    public async Task Axe_check_reports_an_image_without_alternative_text()
    {
        await using var browser = await site.OpenSessionAsync();
        await browser.GoToAsync("/account/sign-in");

        await browser.Page.EvaluateAsync("() => { const image = document.createElement('img'); image.src = '/favicon.ico'; image.id = 'no-alt'; document.querySelector('main').appendChild(image); }");
        var violations = await Accessibility.FindViolationsAsync(browser.Page, "the sign-in page with an image added");

        Assert.NotNull(violations);
        Assert.Contains("image-alt", violations, StringComparison.Ordinal);
        Assert.Contains("#no-alt", violations, StringComparison.Ordinal);
    }
}
