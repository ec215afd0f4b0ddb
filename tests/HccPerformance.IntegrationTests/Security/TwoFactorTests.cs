using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>Issue 14, points 4 and 5: an authenticator code works once; changing two-factor sign-in asks for the password.</summary>
public sealed class TwoFactorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_authenticator_code_is_accepted_once()
    {
        var start = DateTimeOffset.UtcNow;
        using var enrolling = app.CreateSiteClient();
        await enrolling.SignInAsync(TestUsers.PerformanceMember);
        var key = (await enrolling.PageAsync("/account/two-factor/enable")).Document.QuerySelector("#shared-key")!.TextContent;
        var enrolled = await enrolling.PostFormAsync("/account/two-factor/enable", ("Input.Code", Totp.Code(key, start)));
        Assert.Equal("/account/two-factor/recovery-codes", enrolled.Headers.Location?.OriginalString);

        // The code used to turn it on cannot sign in.
        using var sameAsEnrolment = app.CreateSiteClient();
        await sameAsEnrolment.SignInAsync(TestUsers.PerformanceMember);
        var refusedAtOnce = await Page.ReadAsync(await sameAsEnrolment.PostFormAsync("/account/sign-in/two-factor", ("Input.Code", Totp.Code(key, start))));
        Assert.Contains("The code is not right", refusedAtOnce.ErrorFor("Input.Code"), StringComparison.Ordinal);

        // The app's next code signs in once...
        var next = Totp.Code(key, start.AddSeconds(30));
        using var first = app.CreateSiteClient();
        await first.SignInAsync(TestUsers.PerformanceMember);
        Assert.Equal("/", (await first.PostFormAsync("/account/sign-in/two-factor", ("Input.Code", next))).Headers.Location?.OriginalString);

        // ...and not a second time, from another browser.
        using var second = app.CreateSiteClient();
        await second.SignInAsync(TestUsers.PerformanceMember);
        var replay = await second.PostFormAsync("/account/sign-in/two-factor", ("Input.Code", next));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("The code is not right", (await Page.ReadAsync(replay)).ErrorFor("Input.Code"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resetting_the_authenticator_asks_for_the_password_and_the_Administrator_must_use_two_factor_again_before_any_admin_page()
    {
        using var admin = await app.AdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);

        var withoutPassword = await admin.PostFormToAsync("/account", "/account/two-factor/reset");
        Assert.Equal(HttpStatusCode.OK, withoutPassword.StatusCode);
        Assert.Equal("Enter your password", (await Page.ReadAsync(withoutPassword)).ErrorFor("Input.Password"));
        var wrongPassword = await admin.PostFormToAsync("/account", "/account/two-factor/reset", ("Input.Password", "not-my-password"));
        Assert.Equal("Your password is not right", (await Page.ReadAsync(wrongPassword)).ErrorFor("Input.Password"));
        Assert.True(await TwoFactorEnabledAsync(TestUsers.Admin));

        var reset = await admin.PostFormToAsync("/account", "/account/two-factor/reset", ("Input.Password", TestUsers.Password));
        Assert.Equal("/account/two-factor/enable", reset.Headers.Location?.OriginalString);
        Assert.False(await TwoFactorEnabledAsync(TestUsers.Admin));

        // This session no longer counts as having used a second factor: no admin page until the new app is set up.
        Assert.Equal("/account/two-factor/enable", (await admin.GetAsync("/admin/users")).Headers.Location?.OriginalString);
        Assert.Equal("/account/two-factor/enable", (await admin.GetAsync("/audit")).Headers.Location?.OriginalString);
        var key = (await admin.PageAsync("/account/two-factor/enable")).Document.QuerySelector("#shared-key")!.TextContent;
        await admin.PostFormAsync("/account/two-factor/enable", ("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Turning_two_factor_off_asks_for_the_password()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.PerformanceTeam);
        var key = (await client.PageAsync("/account/two-factor/enable")).Document.QuerySelector("#shared-key")!.TextContent;
        await client.PostFormAsync("/account/two-factor/enable", ("Input.Code", Totp.Code(key, DateTimeOffset.UtcNow)));
        Assert.True(await TwoFactorEnabledAsync(TestUsers.PerformanceTeam));

        var withoutPassword = await client.PostFormToAsync("/account", "/account/two-factor/disable");
        Assert.Equal("Enter your password", (await Page.ReadAsync(withoutPassword)).ErrorFor("Input.Password"));
        Assert.True(await TwoFactorEnabledAsync(TestUsers.PerformanceTeam));

        var off = await client.PostFormToAsync("/account", "/account/two-factor/disable", ("Input.Password", TestUsers.Password));
        Assert.Equal("/account", off.Headers.Location?.OriginalString);
        Assert.False(await TwoFactorEnabledAsync(TestUsers.PerformanceTeam));
    }

    private Task<bool> TwoFactorEnabledAsync(string userName) => app.WithScopeAsync(async s =>
        (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName))!.TwoFactorEnabled);
}
