using System.Net;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>Issue 14, point 6: common, repeated and sequential passwords are refused, and so are the last few used.</summary>
public sealed class PasswordPolicyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("aaaaaaaaaaaaaaa")]
    [InlineData("password123456789")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("qwertyuiopasdfgh")]
    [InlineData("iloveyou12345678")]
    [InlineData("Password1234")]
    public async Task A_weak_new_password_is_refused_beside_the_field_saying_why(string weak)
    {
        var userName = "weak." + Guid.NewGuid().ToString("N")[..8];
        await CreateUserAsync(userName);
        using var client = app.CreateSiteClient();
        await client.SignInAsync(userName);

        var response = await ChangeAsync(client, TestUsers.Password, weak);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await Page.ReadAsync(response)).ErrorFor("Input.NewPassword");
        Assert.NotNull(error);
        Assert.Matches("(common|guess|repeat|sequence)", error);
    }

    [Fact]
    public async Task A_long_uncommon_password_is_accepted()
    {
        await CreateUserAsync("strong.password");
        using var client = app.CreateSiteClient();
        await client.SignInAsync("strong.password");

        Assert.Equal("/", (await ChangeAsync(client, TestUsers.Password, "marmalade-kettle-harbour")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task None_of_the_last_five_passwords_can_be_chosen_again_the_current_one_included()
    {
        await CreateUserAsync("history.user");
        using var client = app.CreateSiteClient();
        await client.SignInAsync("history.user");
        string[] chosen = ["first-long-phrase-here", "second-long-phrase-here", "third-long-phrase-here"];
        var current = TestUsers.Password;
        foreach (var next in chosen)
        {
            Assert.Equal("/", (await ChangeAsync(client, current, next)).Headers.Location?.OriginalString);
            current = next;
        }

        foreach (var old in new[] { TestUsers.Password, "first-long-phrase-here", "second-long-phrase-here" })
        {
            var refused = await ChangeAsync(client, current, old);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal("You have used this password recently: choose one you have not used before",
                (await Page.ReadAsync(refused)).ErrorFor("Input.NewPassword"));
        }
    }

    [Fact]
    public async Task An_Administrator_cannot_set_a_common_temporary_password_either()
    {
        using var admin = await app.AdminClientAsync();
        var id = await app.WithScopeAsync(async s => (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(TestUsers.Cabinet))!.Id);

        var refused = await admin.PostFormAsync($"/admin/users/{id}/reset-password", ("Input.TemporaryPassword", "password123456789"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("(common|guess)", (await Page.ReadAsync(refused)).ErrorFor("Input.TemporaryPassword"));
    }

    private static Task<HttpResponseMessage> ChangeAsync(SiteClient client, string current, string next) =>
        client.PostFormAsync("/account/change-password", ("Input.CurrentPassword", current), ("Input.NewPassword", next), ("Input.ConfirmPassword", next));

    private Task CreateUserAsync(string userName) => app.WithScopeAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = userName, Email = userName + "@demo.invalid", DisplayName = userName };
        Assert.True((await users.CreateAsync(user, TestUsers.Password)).Succeeded);
        return await users.AddToRoleAsync(user, Roles.Cabinet);
    });
}
