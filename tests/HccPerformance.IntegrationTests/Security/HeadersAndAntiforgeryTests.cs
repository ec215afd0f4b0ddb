using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using HccPerformance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

public sealed class HeadersAndAntiforgeryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path)
    {
        using var client = app.CreateSiteClient();

        var response = await client.GetAsync(path);

        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", SecurityHeadersMiddleware.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeadersMiddleware.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.HeadOfImprovement);

        foreach (var path in new[] { "/home", "/guidance", "/dashboard", "/audit", "/account" })
        {
            var page = await client.PageAsync(path);
            Assert.All(page.Document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script on {path}"));
            Assert.Empty(page.Document.QuerySelectorAll("[style]"));
            Assert.Empty(page.Document.QuerySelectorAll("style"));
        }
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400_and_writes_nothing()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.ChiefOfficer);
        var hashBefore = await PasswordHashAsync(TestUsers.ChiefOfficer);

        var response = await client.Http.PostAsync(new Uri("/account/change-password", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("Input.CurrentPassword", TestUsers.Password),
            new("Input.NewPassword", "a-forged-new-password"),
            new("Input.ConfirmPassword", "a-forged-new-password"),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(hashBefore, await PasswordHashAsync(TestUsers.ChiefOfficer));
    }

    [Fact]
    public async Task A_post_with_a_forged_antiforgery_token_is_refused_with_400()
    {
        using var client = app.CreateSiteClient();
        await client.PageAsync("/account/sign-in");

        var response = await client.Http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("Input.UserName", TestUsers.Cabinet),
            new("Input.Password", TestUsers.Password),
            new("__RequestVerificationToken", "CfDJ8-forged-token"),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
                     && cookies.Any(c => c.StartsWith("__Host-HccPerformance=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Liveness_and_readiness_answer_without_signing_in()
    {
        using var client = app.CreateSiteClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dates_and_money_follow_en_GB()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.HeadOfImprovement);

        var page = await client.PageAsync("/home");

        // "Quarter 3 2026/27 (1 Oct 2026 to 31 Dec 2026)": day before month.
        Assert.Matches(@"\(\d{1,2} [A-Z][a-z]{2} \d{4} to \d{1,2} [A-Z][a-z]{2} \d{4}\)", page.Text);
        Assert.Equal("£1,234", HccPerformance.Web.Models.Display.Money(1234m));
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database_so_instances_share_sign_in()
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(TestUsers.Cabinet);

        var keys = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().DataProtectionKeys.CountAsync());

        Assert.True(keys > 0);
    }

    private Task<string?> PasswordHashAsync(string userName) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.PasswordHash).SingleAsync());
}

public sealed class ProductionTests(ProductionAppFactory app) : IClassFixture<ProductionAppFactory>
{
    [Fact]
    public async Task Production_sends_HSTS_and_seeds_no_demo_users()
    {
        // HSTS is never sent to localhost, so ask as the council's own host name.
        using var client = app.CreateSiteClient("https://performance.council.example");

        var response = await client.GetAsync("/account/sign-in");

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        var users = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.CountAsync());
        Assert.Equal(0, users);
        var departments = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Departments.CountAsync());
        Assert.Equal(6, departments);
    }

    [Fact]
    public async Task Production_redirects_plain_http_to_https()
    {
        using var http = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

        var response = await http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect or HttpStatusCode.Redirect);
        Assert.Equal("https", response.Headers.Location!.Scheme);
    }

    [Fact]
    public async Task Errors_in_production_show_the_friendly_page()
    {
        using var client = app.CreateSiteClient();

        var page = await Page.ReadAsync(await client.GetAsync("/error/500"));

        Assert.Equal("Sorry, something went wrong", page.H1);
    }
}
