using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.BrowserTests;

/// <summary>
/// Council sign-in (issue 19) through a real OpenID Connect provider (tests/oidc-provider) and its own sign-in page: the
/// account a first sign-in makes, roles following the groups at each sign-in, signing out of both, and every refusal.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class CouncilSignInTests(SiteFixture site, CouncilProvider provider) : IClassFixture<CouncilProvider>
{
    private const string AdultServicesChiefOfficers = "hcc-chief-officers-adult-services";
    private const string Cpeg = "hcc-cpeg";

    [Fact]
    public async Task A_first_sign_in_makes_the_account_from_the_groups_and_a_group_taken_away_takes_its_role_at_the_next_sign_in()
    {
        await provider.ResetAsync();
        await MapAsync();
        await using var browser = await site.OpenSessionAsync();

        await CouncilSignInAsync(browser, "pat.chief");

        // Chief Officer of Adult Services from one group, CPEG member from the other.
        await Expect(browser.Page).ToHaveURLAsync(new Regex(@"/departments/\d+$"));
        await browser.ExpectHeadingAsync("Your department this quarter: Adult Services");
        // Issuing CPEG's report to CMT is for CPEG's members (a Chief Officer reads it, as a member of CMT, but does not issue it).
        Assert.Equal(200, (await browser.GoToAsync("/cpeg/reports/issue")).Status);

        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/account/sign-in$"));
        await Expect(browser.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have signed out.");

        // IT takes Pat out of the CPEG group. The provider asks for the password again: its session ended with the site's.
        await provider.SetGroupsAsync("pat.chief", AdultServicesChiefOfficers);
        await CouncilSignInAsync(browser, "pat.chief");

        await browser.ExpectHeadingAsync("Your department this quarter: Adult Services");
        Assert.Equal(403, (await browser.GoToAsync("/cpeg/reports/issue")).Status);
        await browser.ExpectHeadingAsync("You do not have access to this page");
        Assert.Equal(["ChiefOfficer"], await RolesOfAsync("pat.chief"));
    }

    [Fact]
    public async Task A_disabled_account_an_account_with_no_mapped_group_and_every_bad_token_are_refused_and_no_account_is_made()
    {
        await provider.ResetAsync();
        await MapAsync();
        await using var browser = await site.OpenSessionAsync();
        var refusedBefore = await RefusalsAsync();

        // Disabled at the provider: the provider itself refuses, so the site is never asked.
        await StartCouncilSignInAsync(browser, "dee.disabled");
        await Expect(browser.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("This council account is disabled.");

        // No group in the mapping: told in words whom to ask, and the attempt is recorded.
        await browser.Page.GetByLabel("Council user name").FillAsync("ned.nogroup");
        await browser.Page.GetByLabel("Council password").FillAsync(CouncilProvider.Password);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in to the council" }).ClickAsync();
        await browser.ExpectHeadingAsync("You cannot sign in with your council account");
        await Expect(browser.Page.GetByTestId("council-sign-in-message")).ToHaveTextAsync("Your account has no access to this site yet; ask the Administrator.");
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the page refusing a council account with no mapped group");

        // Bad id tokens from the token endpoint; Ned's session at the provider lets each attempt straight through to it.
        await provider.SetGroupsAsync("ned.nogroup", Cpeg);
        foreach (var fault in new[] { "tampered", "wrong-audience", "wrong-issuer", "expired", "foreign-key" })
        {
            await provider.SetFaultAsync(fault);
            await browser.GoToAsync("/account/council-sign-in");
            await browser.ExpectHeadingAsync("You cannot sign in with your council account");
            await Expect(browser.Page.GetByTestId("council-sign-in-message")).ToContainTextAsync("Signing in with your council account did not work");
        }

        // None of those made an account, though the tampered token claimed the Administrators' group.
        Assert.Null(await RolesOfAsync("ned.nogroup"));

        // The same answer from the provider twice (a replayed authorization code) is refused the second time.
        await provider.SetFaultAsync("none");
        string? callback = null;
        browser.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/signin-oidc?", StringComparison.Ordinal))
            {
                callback = request.Url;
            }
        };
        await browser.GoToAsync("/account/council-sign-in");
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/cpeg$"));
        Assert.NotNull(callback);
        await browser.GoToAsync(callback);
        await Expect(browser.Page.GetByTestId("council-sign-in-message")).ToContainTextAsync("Signing in with your council account did not work");

        Assert.Null(await RolesOfAsync("dee.disabled"));
        Assert.Equal(["CpegMember"], await RolesOfAsync("ned.nogroup"));
        // One refusal for no mapped group, five for the bad tokens, one for the replay.
        Assert.Equal(refusedBefore + 7, await RefusalsAsync());
    }

    /// <summary>Presses "Sign in with your council account" and signs in at the provider's page.</summary>
    private static async Task CouncilSignInAsync(BrowserSession browser, string login)
    {
        await StartCouncilSignInAsync(browser, login);
        await Expect(browser.Page).Not.ToHaveURLAsync(new Regex("^" + Regex.Escape(CouncilProvider.Issuer) + "|/account/|/signin-oidc"));
    }

    private static async Task StartCouncilSignInAsync(BrowserSession browser, string login)
    {
        await browser.GoToAsync("/account/sign-in");
        await browser.Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your council account" }).ClickAsync();
        await browser.ExpectHeadingAsync("Council sign-in (test provider)");
        await browser.Page.GetByLabel("Council user name").FillAsync(login);
        await browser.Page.GetByLabel("Council password").FillAsync(CouncilProvider.Password);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in to the council" }).ClickAsync();
    }

    /// <summary>The mapping an Administrator would make (its page is tested by GroupMappingTests).</summary>
    private async Task MapAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var mappings = scope.ServiceProvider.GetRequiredService<GroupMappingService>();
        var adultServices = (await scope.ServiceProvider.GetRequiredService<DepartmentService>().ListAsync()).Single(d => d.Name == "Adult Services").Id;
        var held = await mappings.ListAsync();
        foreach (var (group, role, department) in new[]
        {
            ("hcc-administrators", Roles.Administrator, (int?)null),
            (AdultServicesChiefOfficers, Roles.ChiefOfficer, adultServices),
            (Cpeg, Roles.CpegMember, null),
        })
        {
            if (!held.Any(r => r.GroupValue == group && r.Role == role))
            {
                await mappings.AddAsync(new NewGroupMappingInput { GroupValue = group, Role = role, DepartmentId = department });
            }
        }
    }

    /// <summary>The roles of the account the provider's user signed in to, or null when no account was made.</summary>
    private async Task<List<string>?> RolesOfAsync(string login)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByLoginAsync("CouncilAccount", login);
        return user is null ? null : [.. await users.GetRolesAsync(user)];
    }

    private async Task<int> RefusalsAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().CouncilSignInRefusals.CountAsync();
    }
}
