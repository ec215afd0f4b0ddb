namespace HccPerformance.BrowserTests;

/// <summary>Each role lands where its work is (ux.md, "Home pages by role"), and that page is accessible.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class SignInByRoleTests(SiteFixture site)
{
    private const string DepartmentPage = @"/departments/\d+$";
    private const string NeedsYou = "/what-needs-you$";
    private const string Home = "/home$";

    [Theory]
    [InlineData("chief.officer", DepartmentPage, "Your department this quarter")]
    [InlineData("executive.member", DepartmentPage, "Your department this quarter")]
    [InlineData("service.manager", "/indicators/mine$", "Your indicators")]
    [InlineData("leader", NeedsYou, "What needs you")]
    [InlineData("cabinet", NeedsYou, "What needs you")]
    [InlineData("select.committee", NeedsYou, "What needs you")]
    [InlineData("cpeg.member", "/cpeg$", "CPEG: what needs a decision")]
    [InlineData("chief.executive", "/cpeg$", "CPEG: what needs a decision")]
    [InlineData("performance.member", NeedsYou, "What needs you")]
    [InlineData("head.of.improvement", Home, "This quarter")]
    [InlineData("performance.team", Home, "This quarter")]
    public async Task Each_role_lands_on_its_own_accessible_home_page(string userName, string expectedPath, string headingStart)
    {
        await using var browser = await site.OpenSessionAsync();

        await browser.SignInThroughFormAsync(userName);

        await Expect(browser.Page).ToHaveURLAsync(new Regex(expectedPath));
        await browser.ExpectHeadingAsync(new Regex("^" + Regex.Escape(headingStart)));
        await Accessibility.AssertNoViolationsAsync(browser.Page, $"{userName}'s landing page");
    }
}
