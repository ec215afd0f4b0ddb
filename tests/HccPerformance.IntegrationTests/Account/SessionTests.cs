using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using HccPerformance.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Account;

/// <summary>Sign-ins end after 30 minutes idle and after 12 hours however busy; passwords are hashed at OWASP's work factor.</summary>
public sealed class SessionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_session_left_idle_for_thirty_minutes_ends()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);

        app.Clock.Advance(DependencyInjection.IdleTimeout + TimeSpan.FromMinutes(1));

        var response = await client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_session_still_ends_after_twelve_hours()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.ChiefExecutive);
        var elapsed = TimeSpan.Zero;
        while (elapsed < DependencyInjection.AbsoluteSessionLength - TimeSpan.FromMinutes(20))
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            elapsed += TimeSpan.FromMinutes(20);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(25));

        var response = await client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_passwords_are_hashed_with_PBKDF2_SHA512_at_210000_iterations()
    {
        var hash = await HashOfAsync(TestUsers.HeadOfImprovement);

        Assert.Equal(0x01, hash[0]); // Identity's version 3 format
        Assert.Equal(2u, ReadUInt32(hash, 1)); // KeyDerivationPrf.HMACSHA512
        Assert.Equal(210_000u, ReadUInt32(hash, 5));
    }

    [Fact]
    public async Task An_older_weaker_hash_is_upgraded_when_its_owner_next_signs_in()
    {
        await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByNameAsync(TestUsers.ServiceManager))!;
            var weak = new PasswordHasher<ApplicationUser>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
            user.PasswordHash = weak.HashPassword(user, TestUsers.Password);
            return await users.UpdateAsync(user);
        });
        Assert.Equal(100_000u, ReadUInt32(await HashOfAsync(TestUsers.ServiceManager), 5));

        using var client = app.CreateSiteClient();
        var response = await client.SignInAsync(TestUsers.ServiceManager);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal(210_000u, ReadUInt32(await HashOfAsync(TestUsers.ServiceManager), 5));
    }

    private Task<byte[]> HashOfAsync(string userName) => app.WithScopeAsync(async s =>
        Convert.FromBase64String((await s.GetRequiredService<AppDbContext>().Users.AsNoTracking().SingleAsync(u => u.UserName == userName)).PasswordHash!));

    private static uint ReadUInt32(byte[] bytes, int offset) =>
        System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
}
