using System.Net;
using System.Text;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>Issue 14, point 7: bad input over real HTTP (Kestrel) ends in a clear page with a real status, never a 500.</summary>
public sealed class BadInputTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    private static readonly int[] Known = [400, 403, 404, 405, 413, 415, 429, 500, 503];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(200)]
    [InlineData(302)]
    [InlineData(418)]
    [InlineData(999)]
    [InlineData(2147483647)]
    public async Task The_error_page_only_ever_sends_a_known_client_or_server_error(int code)
    {
        using var client = app.CreateKestrelClient();

        var response = await client.GetAsync($"/error/{code}");

        Assert.Contains((int)response.StatusCode, Known);
        Assert.False(string.IsNullOrEmpty((await Page.ReadAsync(response)).H1));
    }

    [Fact]
    public async Task An_import_over_the_size_limit_gets_a_413_page_that_says_the_limit()
    {
        using var client = app.CreateKestrelClient();
        await client.SignInAsync(TestUsers.PerformanceTeam);
        var token = (await client.PageAsync("/indicators/import")).AntiforgeryToken();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[12 * 1024 * 1024]), "file", "huge.csv" },
        };

        var response = await client.Http.PostAsync(new Uri("/indicators/import", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await Page.ReadAsync(response);
        Assert.Equal("The file or form is too large", page.H1);
        Assert.Contains("10 MB", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_post_gets_a_400_page()
    {
        using var client = app.CreateKestrelClient();
        using var broken = new StringContent("--nothing-like-the-boundary\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue", Encoding.UTF8);
        broken.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=expected-boundary");

        var response = await client.Http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), broken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request could not be accepted", (await Page.ReadAsync(response)).H1);
    }

    [Fact]
    public async Task A_form_with_too_many_fields_gets_a_400_page()
    {
        using var client = app.CreateKestrelClient();
        var token = (await client.PageAsync("/account/sign-in")).AntiforgeryToken();
        var fields = Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, string>("f" + i, "x"))
            .Append(new("__RequestVerificationToken", token));

        var response = await client.Http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request could not be accepted", (await Page.ReadAsync(response)).H1);
    }

    [Fact]
    public async Task The_audit_trail_up_to_the_last_possible_day_is_a_page_not_a_500()
    {
        using var client = app.CreateKestrelClient();
        await client.SignInAsync(TestUsers.HeadOfImprovement);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/audit?to=9999-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/audit?from=0001-01-01&to=0001-01-01")).StatusCode);
    }

    [Theory]
    [InlineData("/dashboard?q=caf\u00e9")]
    [InlineData("/\u00e9t\u00e9")]
    [InlineData("/dashboard?q=\u65e5\u672c")]
    public async Task A_non_ASCII_return_address_after_sign_in_is_followed_safely(string returnUrl)
    {
        using var client = app.CreateKestrelClient();

        var response = await client.PostFormAsync("/account/sign-in",
            ("Input.UserName", TestUsers.Cabinet), ("Input.Password", TestUsers.Password), ("ReturnUrl", returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri("https://h" + returnUrl).PathAndQuery, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_non_ASCII_return_address_after_marking_notifications_read_is_followed_safely()
    {
        using var client = app.CreateKestrelClient();
        await client.SignInAsync(TestUsers.HeadOfImprovement);

        var response = await client.PostFormToAsync("/home", "/notifications/read", ("returnUrl", "/home?x=\u00fc"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/home?x=%C3%BC", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Two_Menu_items_added_at_once_are_both_saved_with_distinct_numbers()
    {
        using var client = app.CreateKestrelClient();
        await client.SignInAsync(TestUsers.HeadOfImprovement);
        for (var round = 0; round < 5; round++)
        {
            var token = (await client.PageAsync("/concerns/menu")).AntiforgeryToken();
            var posts = Enumerable.Range(0, 2).Select(i => client.Http.PostAsync(new Uri("/concerns/menu", UriKind.Relative), new FormUrlEncodedContent(
            [
                new("Input.Name", $"Round {round} item {i}"), new("Input.Description", "Added at the same moment as another"),
                new("Input.ReportBackMonths", "3"), new("__RequestVerificationToken", token),
            ])));

            var responses = await Task.WhenAll(posts);

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        }

        var numbers = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().MenuOfInterventions
            .Where(m => m.Name.StartsWith("Round ")).Select(m => m.Number).ToListAsync());
        Assert.Equal(10, numbers.Count);
        Assert.Equal(10, numbers.Distinct().Count());
    }
}
