namespace HccPerformance.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser: its own context (cookies) and page, with what the console reported. Signs in through the
/// form, as a person would.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly SiteFixture site;
    private readonly List<string> consoleErrors = [];
    private readonly List<string> pageErrors = [];
    private volatile int firstServerError;

    /// <summary>The headings of the site's error pages (Views/Error/Index.cshtml).</summary>
    private static readonly string[] ErrorHeadings =
        ["Sorry, something went wrong", "Page not found", "You do not have access to this page", "The request could not be accepted"];

    private readonly string baseAddress;

    private BrowserSession(SiteFixture site, string baseAddress, IBrowserContext context, IPage page)
    {
        this.site = site;
        this.baseAddress = baseAddress;
        firstServerError = site.ServerErrors.Entries.Count;
        Context = context;
        Page = page;
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (consoleErrors)
                {
                    consoleErrors.Add($"{Page.Url}: {message.Text}");
                }
            }
        };
        Page.Request += (_, request) =>
        {
            // What the site logs about a page is logged after its request starts.
            if (request.IsNavigationRequest && request.Frame == Page.MainFrame)
            {
                firstServerError = site.ServerErrors.Entries.Count;
            }
        };
        Page.PageError += (_, error) =>
        {
            lock (pageErrors)
            {
                pageErrors.Add($"{Page.Url}: {error}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console messages of type error, each with the address of the page that logged it.</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (consoleErrors)
            {
                return [.. consoleErrors];
            }
        }
    }

    /// <summary>Uncaught script errors.</summary>
    public IReadOnlyList<string> PageErrors
    {
        get
        {
            lock (pageErrors)
            {
                return [.. pageErrors];
            }
        }
    }

    public static async Task<BrowserSession> OpenAsync(SiteFixture site, string baseAddress)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress,
            // The site's certificate is self-signed for this run.
            IgnoreHTTPSErrors = true,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(site, baseAddress, context, page);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>Expects the page's h1 to be <paramref name="expected"/>; when it is not, the failure says what the site logged.</summary>
    public Task ExpectHeadingAsync(string expected) => ExpectHeadingAsync(new Regex("^" + Regex.Escape(expected) + "$"));

    /// <summary>
    /// Expects the page's h1 to match <paramref name="expected"/>. Waits for it or for one of the site's error pages,
    /// so an error page fails at once, saying what the site logged.
    /// </summary>
    public async Task ExpectHeadingAsync(Regex expected)
    {
        // A demo record's heading carries its "Demo" mark after the title (issue 17): the title is what is compared.
        var expectedOrError = new Regex($"(?:{expected})|^(?:{string.Join("|", ErrorHeadings.Select(Regex.Escape))})$");
        var heading = "";
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            try
            {
                heading = await Page.EvaluateAsync<string>(
                    "() => { const h = document.querySelector('h1'); if (!h) return ''; const c = h.cloneNode(true); " +
                    "c.querySelectorAll('.demo-mark').forEach(m => m.remove()); return c.textContent.replace(/\\s+/g, ' ').trim(); }");
            }
            catch (PlaywrightException)
            {
                // The page was navigating: read it again once it has arrived.
                heading = "";
            }

            if (expectedOrError.IsMatch(heading) || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(100);
        }

        if (!expected.IsMatch(heading))
        {
            throw new PlaywrightException(
                $"The page's heading is \"{heading}\" where one matching {expected} was expected.{Environment.NewLine}{ServerErrorsSinceNavigation}");
        }
    }

    /// <summary>What the site logged as errors since the page now shown was asked for.</summary>
    public string ServerErrorsSinceNavigation => site.DescribeServerErrors(firstServerError);

    /// <summary>A failure's message without Playwright's call log and page snapshot.</summary>
    public static string Describe(Exception ex)
    {
        var message = ex.Message;
        var callLog = message.IndexOf("Call log:", StringComparison.Ordinal);
        return (callLog > 0 ? message[..callLog] : message).Trim();
    }

    /// <summary>Goes to a page of the site and returns the final response (after any redirects).</summary>
    public async Task<IResponse> GoToAsync(string path) =>
        await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}");

    /// <summary>
    /// Presses a form's submit button and waits until the browser shows the page the site answered with (even when
    /// it is the same address), so what follows looks at the new page, not the old one.
    /// </summary>
    public async Task SubmitAsync(ILocator button)
    {
        await Page.EvaluateAsync("() => { window.hccBeforeSubmit = true; }");
        await button.ClickAsync();
        await Page.WaitForFunctionAsync("() => window.hccBeforeSubmit === undefined && document.readyState !== 'loading'");
    }

    /// <summary>Fills in the sign-in form and sends it; the caller checks where it leads.</summary>
    public async Task SubmitSignInAsync(string userName, string? password = null)
    {
        await GoToAsync("/account/sign-in");
        await Page.GetByLabel("User name or email address").FillAsync(userName);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password ?? site.DemoPassword);
        await SubmitAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
    }

    /// <summary>
    /// Signs in with the demo password and lands where the person's home page is. A person's first sign-in in the run goes
    /// through the form; later ones carry on that session (its cookies, then the site's "/", which sends each role home),
    /// because the form costs two pages and a password hash and the browser tests sign in some two hundred times. When the
    /// session has ended (signed out, locked) the site answers with the sign-in page, and the form is used again.
    /// Tests of signing in itself use <see cref="SignInThroughFormAsync"/>.
    /// </summary>
    public async Task SignInAsync(string userName)
    {
        if (site.SignedInCookies(baseAddress, userName) is { } cookies)
        {
            await Context.AddCookiesAsync(cookies);
            await GoToAsync("/");
            if (!new Uri(Page.Url).AbsolutePath.StartsWith("/account/sign-in", StringComparison.Ordinal))
            {
                return;
            }

            await Context.ClearCookiesAsync();
        }

        await SignInThroughFormAsync(userName);
        site.RememberSignedIn(baseAddress, userName, await Context.CookiesAsync());
    }

    /// <summary>Signs in through the form with the demo password and waits until the site has left the sign-in page.</summary>
    public async Task SignInThroughFormAsync(string userName)
    {
        await SubmitSignInAsync(userName);
        await Expect(Page).Not.ToHaveURLAsync(new Regex("/account/sign-in"));
    }

    /// <summary>
    /// Signs in as the demo Administrator: the password, then either enrolling an authenticator app (first time)
    /// or a code from it. Ends on the Administrator's home page, the list of users.
    /// </summary>
    public async Task SignInAsAdminAsync()
    {
        await SubmitSignInAsync(SiteFixture.AdminUserName);
        await Expect(Page).ToHaveURLAsync(new Regex("/account/(two-factor/enable|sign-in/two-factor)$"));
        if (Page.Url.EndsWith("/account/two-factor/enable", StringComparison.Ordinal))
        {
            await EnrolAuthenticatorAsync();
            await Expect(Page).ToHaveURLAsync(new Regex("/account/two-factor/recovery-codes$"));
            await Page.GetByRole(AriaRole.Link, new() { Name = "I have saved them: continue" }).ClickAsync();
        }
        else
        {
            var key = await site.AuthenticatorKeyAsync(SiteFixture.AdminUserName);
            await Page.GetByLabel("Code", new() { Exact = true }).FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
            await SubmitAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        }

        await Expect(Page).ToHaveURLAsync(new Regex("/admin/users$"));
    }

    /// <summary>On "Set up two-factor sign-in": reads the key as a person would type it into their app, and enters the app's code.</summary>
    public async Task EnrolAuthenticatorAsync()
    {
        var key = await Page.Locator("#shared-key").InnerTextAsync();
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", key.Trim());
        await Page.GetByLabel("Code from the app").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await SubmitAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }));
    }
}
