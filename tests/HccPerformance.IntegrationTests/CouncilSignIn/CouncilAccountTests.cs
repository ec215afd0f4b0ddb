using System.Net;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Core.Organisation;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.CouncilSignIn;

/// <summary>
/// What a council sign-in does to accounts once the provider has vouched for the person (the handler and the provider
/// itself are the browser tests'): roles follow the groups, approval, locks, no access; and the site without a provider.
/// </summary>
public sealed class CouncilAccountTests(CouncilSignInAppFactory app) : IClassFixture<CouncilSignInAppFactory>
{
    private const string Provider = "CouncilAccount";

    [Fact]
    public async Task The_sign_in_page_offers_the_council_account_and_a_provider_that_cannot_be_reached_is_a_page_in_words_not_a_500()
    {
        using var visitor = app.CreateSiteClient();
        var signIn = await visitor.PageAsync("/account/sign-in");
        var link = signIn.Document.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Sign in with your council account");
        Assert.StartsWith("/account/council-sign-in", link.GetAttribute("href"), StringComparison.Ordinal);

        var unreachable = await visitor.PageAsync("/account/council-sign-in");

        Assert.Equal(HttpStatusCode.OK, unreachable.Status);
        Assert.Equal("Council sign-in is not available", unreachable.H1);
        Assert.Contains("tell the Corporate Performance Team", unreachable.Text, StringComparison.Ordinal);
        // The pages' form-action lets the sign-out form go on to the provider's end-session address, and nowhere else.
        Assert.Contains($"form-action 'self' {CouncilSignInAppFactory.Authority};", signIn.Response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_sign_in_makes_the_account_and_roles_follow_the_groups_at_every_sign_in_added_and_taken_away()
    {
        var adultServices = await MapAsync();

        var first = await SignInAsync(Person("sam.first", "hcc-chief-officers-as"));
        Assert.Equal(CouncilSignInOutcome.SignIn, first.Outcome);
        AssertRights([Roles.ChiefOfficer], adultServices, await RightsAsync(first.UserId!));

        var more = await SignInAsync(Person("sam.first", "hcc-chief-officers-as", "hcc-cpeg"));
        Assert.Equal(first.UserId, more.UserId);
        AssertRights([Roles.ChiefOfficer, Roles.CpegMember], adultServices, await RightsAsync(first.UserId!));

        var fewer = await SignInAsync(Person("sam.first", "hcc-cpeg"));
        Assert.Equal(CouncilSignInOutcome.SignIn, fewer.Outcome);
        AssertRights([Roles.CpegMember], null, await RightsAsync(first.UserId!));

        // Every group gone: no access, and no role is left behind here.
        var none = await SignInAsync(Person("sam.first", "finance-readers"));
        Assert.Equal(CouncilSignInOutcome.NoAccess, none.Outcome);
        AssertRights([], null, await RightsAsync(first.UserId!));
    }

    [Fact]
    public async Task No_mapped_group_makes_no_account_and_the_attempt_is_recorded_and_audited()
    {
        await MapAsync();

        var result = await SignInAsync(Person("nia.nogroup", "finance-readers"));

        Assert.Equal(CouncilSignInOutcome.NoAccess, result.Outcome);
        Assert.Null(await app.WithScopeAsync(s => s.GetRequiredService<UserManager<ApplicationUser>>().FindByLoginAsync(Provider, "nia.nogroup")));
        var reason = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().CouncilSignInRefusals
            .Where(r => r.Subject == "nia.nogroup").Select(r => r.Reason).SingleAsync());
        Assert.Contains("finance-readers", reason, StringComparison.Ordinal);
        Assert.True(await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.EntityType == nameof(CouncilSignInRefusal))));
    }

    [Fact]
    public async Task A_new_account_waits_for_the_Administrator_who_approves_it_on_the_users_page()
    {
        await MapAsync();

        var waiting = await SignInAsync(Person("wyn.waiting", "hcc-cpeg"), awaitApproval: true);
        Assert.Equal(CouncilSignInOutcome.AwaitingApproval, waiting.Outcome);
        Assert.Equal(CouncilSignInOutcome.AwaitingApproval, (await SignInAsync(Person("wyn.waiting", "hcc-cpeg"), awaitApproval: true)).Outcome);

        using var admin = await app.AdminClientAsync();
        var users = await admin.PageAsync("/admin/users");
        var row = users.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("wyn.waiting", StringComparison.Ordinal));
        Assert.Contains("Waiting for approval", row.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormToAsync("/admin/users", $"/admin/users/{waiting.UserId}/approve")).StatusCode);

        Assert.Equal(CouncilSignInOutcome.SignIn, (await SignInAsync(Person("wyn.waiting", "hcc-cpeg"), awaitApproval: true)).Outcome);
        Assert.DoesNotContain("Waiting for approval", (await admin.PageAsync("/admin/users")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_the_site_locked_stays_refused_whatever_the_provider_says()
    {
        await MapAsync();
        var made = await SignInAsync(Person("lee.locked", "hcc-cpeg"));
        using var admin = await app.AdminClientAsync();
        await admin.PostFormToAsync($"/admin/users/{made.UserId}", $"/admin/users/{made.UserId}/lock");

        Assert.Equal(CouncilSignInOutcome.Locked, (await SignInAsync(Person("lee.locked", "hcc-cpeg"))).Outcome);
    }

    [Fact]
    public async Task A_council_account_is_never_joined_to_a_local_account_by_its_email_address()
    {
        await MapAsync();
        var localAdminEmail = await app.WithScopeAsync(async s =>
            (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(TestUsers.Admin))!.Email!);

        var result = await SignInAsync(Person("mallory", "hcc-administrators") with { Email = localAdminEmail });

        Assert.Equal(CouncilSignInOutcome.Conflict, result.Outcome);
        Assert.Null(await app.WithScopeAsync(s => s.GetRequiredService<UserManager<ApplicationUser>>().FindByLoginAsync(Provider, "mallory")));
    }

    private static void AssertRights(string[] roles, int? departmentId, (List<string> Roles, int? DepartmentId) actual)
    {
        Assert.Equal(roles, actual.Roles);
        Assert.Equal(departmentId, actual.DepartmentId);
    }

    private static ExternalIdentity Person(string login, params string[] groups) =>
        new(Provider, login, login, $"{login} (council)", $"{login}@council.test", groups);

    private Task<CouncilSignInResult> SignInAsync(ExternalIdentity person, bool awaitApproval = false) =>
        app.WithScopeAsync(s => s.GetRequiredService<CouncilAccounts>().SignInAsync(person, awaitApproval));

    private Task<(List<string> Roles, int? DepartmentId)> RightsAsync(string userId) => app.WithScopeAsync<(List<string> Roles, int? DepartmentId)>(async s =>
    {
        var users = s.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        return ([.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)], user.DepartmentId);
    });

    /// <summary>The council's mapping, as an Administrator would make it; returns Adult Services' id.</summary>
    private Task<int> MapAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var adultServices = await db.Departments.Where(d => d.Name == "Adult Services").Select(d => d.Id).SingleAsync();
        var mappings = s.GetRequiredService<GroupMappingService>();
        var held = await mappings.ListAsync();
        foreach (var (group, role, department) in new[]
        {
            ("hcc-administrators", Roles.Administrator, (int?)null),
            ("hcc-chief-officers-as", Roles.ChiefOfficer, adultServices),
            ("hcc-cpeg", Roles.CpegMember, null),
        })
        {
            if (!held.Any(r => r.GroupValue == group && r.Role == role))
            {
                await mappings.AddAsync(new NewGroupMappingInput { GroupValue = group, Role = role, DepartmentId = department });
            }
        }

        return adultServices;
    });
}
