using System.Net;
using HccPerformance.IntegrationTests.Support;

namespace HccPerformance.IntegrationTests.Account;

public sealed class SignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(TestUsers.ChiefOfficer, "/departments/", "Your department this quarter: Adult Services")]
    [InlineData(TestUsers.ExecutiveMember, "/departments/", "Your department this quarter: Adult Services")]
    [InlineData(TestUsers.ServiceManager, "/indicators/mine", "Your indicators")]
    [InlineData(TestUsers.HeadOfImprovement, "/home", "This quarter")]
    [InlineData(TestUsers.PerformanceTeam, "/home", "This quarter")]
    [InlineData(TestUsers.CpegMember, "/cpeg", "CPEG: what needs a decision")]
    [InlineData(TestUsers.ChiefExecutive, "/cpeg", "CPEG: what needs a decision")]
    [InlineData(TestUsers.PerformanceMember, "/what-needs-you", "What needs you")]
    [InlineData(TestUsers.Leader, "/what-needs-you", "What needs you")]
    [InlineData(TestUsers.Cabinet, "/what-needs-you", "What needs you")]
    [InlineData(TestUsers.SelectCommittee, "/what-needs-you", "What needs you")]
    public async Task Each_role_lands_on_the_home_page_that_fits_it(string userName, string path, string heading)
    {
        using var client = app.CreateSiteClient();
        var signIn = await client.SignInAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var home = await client.PageAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.StartsWith(path, home.Path, StringComparison.Ordinal);
        Assert.Equal(heading, home.H1);
    }

    [Fact]
    public async Task In_Development_the_site_works_over_plain_http_on_localhost()
    {
        // `dotnet run` serves http://localhost: forms must render and post there, not only over https.
        using var client = app.CreateSiteClient("http://localhost");

        var page = await client.PageAsync("/account/sign-in");
        var response = await client.SignInAsync(TestUsers.Cabinet);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-HccPerformance=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_host_prefixed_http_only_secure_and_strict()
    {
        using var client = app.CreateSiteClient();
        var response = await client.SignInAsync(TestUsers.Cabinet);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-HccPerformance=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_message_and_the_user_name_is_kept()
    {
        using var client = app.CreateSiteClient();

        var wrongPassword = await Page.ReadAsync(await client.SignInAsync(TestUsers.PerformanceTeam, "not-the-right-password"));
        var unknownUser = await Page.ReadAsync(await client.SignInAsync("nobody.at.all", "not-the-right-password"));

        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.Equal("The user name or password is not right", wrongPassword.ErrorFor("Input.Password"));
        Assert.Equal(wrongPassword.ErrorFor("Input.Password"), unknownUser.ErrorFor("Input.Password"));
        Assert.Contains("There is a problem", wrongPassword.Text, StringComparison.Ordinal);
        Assert.Equal(TestUsers.PerformanceTeam, wrongPassword.ValueOf("Input.UserName"));
        Assert.Equal("nobody.at.all", unknownUser.ValueOf("Input.UserName"));
    }

    [Fact]
    public async Task An_empty_form_says_what_is_missing_beside_each_field()
    {
        using var client = app.CreateSiteClient();

        var page = await Page.ReadAsync(await client.SignInAsync("", ""));

        Assert.Equal("Enter your user name or email address", page.ErrorFor("Input.UserName"));
        Assert.Equal("Enter your password", page.ErrorFor("Input.Password"));
    }

    [Fact]
    public async Task People_can_sign_in_with_their_email_address()
    {
        using var client = app.CreateSiteClient();

        var response = await client.SignInAsync("select.committee@demo.invalid");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_no_longer_works()
    {
        using var client = app.CreateSiteClient();
        var signIn = await client.SignInAsync(TestUsers.CpegMember);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-HccPerformance=", StringComparison.Ordinal)).Split(';')[0];

        var signOut = await client.PostFormToAsync("/dashboard", "/account/sign-out");
        Assert.Equal("/account/sign-in", signOut.Headers.Location?.OriginalString);

        using var thief = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Add("Cookie", cookie);
        var replay = await thief.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", replay.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_with_their_destination_kept()
    {
        using var client = app.CreateSiteClient();

        var response = await client.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://localhost/account/sign-in?returnUrl=%2Fdashboard", response.Headers.Location!.ToString());
    }
}
