using System.Net;
using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>The site with low limits of its own: six credential posts a minute from one address, four for one name.</summary>
public sealed class ThrottledAppFactory : PeerAppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:CredentialPostsPerAddressPerMinute"] = "6",
        ["RateLimits:CredentialPostsPerNamePerMinute"] = "4",
    };
}

/// <summary>Issue 14, point 3: sign-in, second-factor and password posts are limited per address and per name.</summary>
public sealed class ThrottlingTests(ThrottledAppFactory app) : IClassFixture<ThrottledAppFactory>
{
    [Fact]
    public async Task One_address_gets_a_429_page_in_the_sites_words_after_six_tries_while_another_address_can_still_sign_in()
    {
        using var attacker = app.CreatePeerClient("192.0.2.10");
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var allowed = await attacker.SignInAsync("guess." + attempt, "guessed-password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await attacker.SignInAsync("guess.more", "guessed-password");
        var page = await Page.ReadAsync(refused);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too many attempts", page.H1);
        Assert.Contains("Wait a minute", page.Text, StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);

        // The second factor and the password pages share the address's allowance.
        var twoFactor = await attacker.PostFormToAsync("/account/sign-in", "/account/sign-in/two-factor", ("Input.Code", "123456"));
        Assert.Equal(HttpStatusCode.TooManyRequests, twoFactor.StatusCode);

        using var colleague = app.CreatePeerClient("192.0.2.20");
        Assert.Equal("/", (await colleague.SignInAsync(TestUsers.Cabinet)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task One_name_tried_from_many_addresses_is_limited_and_other_names_are_not()
    {
        for (var address = 1; address <= 4; address++)
        {
            using var client = app.CreatePeerClient($"198.51.100.{address}");
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(TestUsers.SelectCommittee, "guessed-password")).StatusCode);
        }

        using var fifth = app.CreatePeerClient("198.51.100.5");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await fifth.SignInAsync(TestUsers.SelectCommittee, "guessed-password")).StatusCode);
        Assert.Equal("/", (await fifth.SignInAsync(TestUsers.CpegMember)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Changing_a_password_is_limited_too()
    {
        using var client = app.CreatePeerClient("203.0.113.7");
        Assert.Equal("/", (await client.SignInAsync(TestUsers.HeadOfImprovement)).Headers.Location?.OriginalString);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            statuses.Add((await client.PostFormAsync("/account/change-password", ("Input.CurrentPassword", "guess-" + attempt),
                ("Input.NewPassword", "a-new-long-password"), ("Input.ConfirmPassword", "a-new-long-password"))).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
