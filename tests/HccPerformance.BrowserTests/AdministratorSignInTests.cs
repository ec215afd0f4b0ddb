namespace HccPerformance.BrowserTests;

/// <summary>Administrators must use two-factor sign-in: the first sign-in sets up an authenticator app.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AdministratorSignInTests(SiteFixture site)
{
    [Fact]
    public async Task Admin_enrols_an_authenticator_app_and_reaches_the_users_page()
    {
        await site.ResetTwoFactorAsync(SiteFixture.AdminUserName);
        await using var browser = await site.OpenSessionAsync();

        await browser.SubmitSignInAsync(SiteFixture.AdminUserName);

        await Expect(browser.Page).ToHaveURLAsync(new Regex("/account/two-factor/enable$"));
        await browser.ExpectHeadingAsync("Set up two-factor sign-in");
        await Expect(browser.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Users" }))
            .ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the enrolment page");

        await browser.EnrolAuthenticatorAsync();

        await Expect(browser.Page).ToHaveURLAsync(new Regex("/account/two-factor/recovery-codes$"));
        await browser.ExpectHeadingAsync("Save your recovery codes");
        await Expect(browser.Page.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the recovery codes page");

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "I have saved them: continue" }).ClickAsync();

        await Expect(browser.Page).ToHaveURLAsync(new Regex("/admin/users$"));
        await browser.ExpectHeadingAsync("Users");
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the users page");
    }

    [Fact]
    public async Task Admin_with_an_authenticator_app_signs_in_with_its_code()
    {
        await using var browser = await site.OpenSessionAsync();

        // Enrols first if no other test has yet; then signs in again, this time asked for a code.
        await browser.SignInAsAdminAsync();
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await browser.SubmitSignInAsync(SiteFixture.AdminUserName);

        await Expect(browser.Page).ToHaveURLAsync(new Regex("/account/sign-in/two-factor"));
        await browser.ExpectHeadingAsync("Enter the code from your authenticator app");
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the two-factor sign-in page");

        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with a recovery code" }).ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/account/sign-in/recovery-code"));
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the recovery code sign-in page");
        await browser.Page.GoBackAsync();

        var key = await site.AuthenticatorKeyAsync(SiteFixture.AdminUserName);
        await browser.Page.GetByLabel("Code", new() { Exact = true }).FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await browser.SubmitAsync(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        await Expect(browser.Page).ToHaveURLAsync(new Regex("/admin/users$"));
    }
}
