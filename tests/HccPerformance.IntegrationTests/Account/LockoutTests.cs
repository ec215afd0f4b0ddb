using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Account;

/// <summary>Wrong passwords lock an account briefly, for longer each time, so nobody can keep a named person out for long.</summary>
public sealed class LockoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_for_a_minute_even_against_the_right_one_and_each_lock_after_lasts_twice_as_long()
    {
        using var client = app.CreateSiteClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(TestUsers.ServiceManager, "wrong-password-" + attempt);
        }

        var page = await Page.ReadAsync(await client.SignInAsync(TestUsers.ServiceManager));

        Assert.Contains("Too many attempts", page.ErrorFor("Input.Password"), StringComparison.Ordinal);
        Assert.InRange(await LockedForAsync(), TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(61));

        // The minute passes (the lock is moved into the past); five more wrong tries lock it for two minutes.
        await EndLockAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(TestUsers.ServiceManager, "wrong-again-" + attempt);
        }

        Assert.InRange(await LockedForAsync(), TimeSpan.FromSeconds(110), TimeSpan.FromSeconds(121));

        // Signing in successfully starts the count again.
        await EndLockAsync();
        Assert.Equal("/", (await client.SignInAsync(TestUsers.ServiceManager)).Headers.Location?.OriginalString);
        Assert.Equal(0, await app.WithScopeAsync(async s =>
            (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(TestUsers.ServiceManager))!.LockoutRounds));
    }

    private async Task<TimeSpan> LockedForAsync()
    {
        var end = await app.WithScopeAsync(async s =>
            (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(TestUsers.ServiceManager))!.LockoutEnd);
        Assert.NotNull(end);
        return end.Value - DateTimeOffset.UtcNow;
    }

    private Task EndLockAsync() => app.WithScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.SetLockoutEndDateAsync((await users.FindByNameAsync(TestUsers.ServiceManager))!, DateTimeOffset.UtcNow.AddSeconds(-1));
    });
}
