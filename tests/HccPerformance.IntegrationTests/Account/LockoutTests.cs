using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Account;

public sealed class LockoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one()
    {
        using var client = app.CreateSiteClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(TestUsers.ServiceManager, "wrong-password-" + attempt);
        }

        var page = await Page.ReadAsync(await client.SignInAsync(TestUsers.ServiceManager));

        Assert.Contains("locked", page.ErrorFor("Input.Password"), StringComparison.Ordinal);
        var lockoutEnd = await app.WithScopeAsync(async s =>
            (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(TestUsers.ServiceManager))!.LockoutEnd);
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.5));
    }
}
