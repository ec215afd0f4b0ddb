namespace HccPerformance.BrowserTests;

/// <summary>axe finds nothing to fix on any page of the site, each seen in a role that may see it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessibilityTests(SiteFixture site)
{
    private const string SignInFailed = "The user name or password is not right";

    [Fact]
    public async Task Sign_in_page_is_accessible_when_signed_out()
    {
        await using var browser = await site.OpenSessionAsync();

        await browser.GoToAsync("/account/sign-in");

        await browser.ExpectHeadingAsync("Sign in");
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the sign-in page");
    }

    [Fact]
    public async Task Sign_in_with_a_wrong_password_shows_the_problem_accessibly_and_keeps_the_user_name()
    {
        await using var browser = await site.OpenSessionAsync();

        await browser.SubmitSignInAsync("select.committee", "not-the-right-password");

        var summary = browser.Page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = SignInFailed })).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        var password = browser.Page.GetByLabel("Password", new() { Exact = true });
        await Expect(password).ToHaveAccessibleDescriptionAsync(SignInFailed);
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToBeEmptyAsync();
        await Expect(browser.Page.GetByLabel("User name or email address")).ToHaveValueAsync("select.committee");
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the sign-in page with an error");

        // The summary's link takes a keyboard or screen reader user to the field.
        await summary.GetByRole(AriaRole.Link, new() { Name = SignInFailed }).ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Regex("#Input_Password$"));
    }

    [Fact]
    public async Task Sign_in_sent_empty_asks_for_the_user_name_and_password()
    {
        await using var browser = await site.OpenSessionAsync();
        await browser.GoToAsync("/account/sign-in");

        await browser.SubmitAsync(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));

        await browser.ExpectHeadingAsync("Sign in");
        var summary = browser.Page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(browser.Page.GetByLabel("User name or email address")).ToHaveAccessibleDescriptionAsync("Enter your user name or email address");
        await Expect(browser.Page.GetByLabel("Password", new() { Exact = true })).ToHaveAccessibleDescriptionAsync("Enter your password");
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the sign-in page sent empty");

        // GOV.UK error summary: the problems in the order of the fields they are about.
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter your user name or email address", "Enter your password"]);
    }

    [Fact]
    public async Task Ambition_pages_are_accessible()
    {
        // A live plan: the demo leaves it a draft, and the newcomer's journey (PlanLifeTests) takes it live once per site.
        await site.DemoPlanLiveAsync();
        await using var browser = await site.OpenSessionAsync();
        var page = browser.Page;
        var checks = new PageChecks(browser);
        await browser.SignInAsync("leader");

        await checks.PageAsync("the members' home page with ambition", async () =>
        {
            await browser.GoToAsync("/what-needs-you");
            await browser.ExpectHeadingAsync("What needs you");
        });
        await checks.PageAsync("the ambition list", async () =>
        {
            await browser.GoToAsync("/ambition");
            await browser.ExpectHeadingAsync("The council's ambition");
        });
        await checks.PageAsync("a plan area's ambition page", async () =>
        {
            await page.Locator("#areas tbody th a").First.ClickAsync();
            await browser.ExpectHeadingAsync(new Regex("^Ambition: "));
        });

        await using var head = await site.OpenSessionAsync();
        var headChecks = new PageChecks(head);
        await head.SignInAsync("head.of.improvement");
        await headChecks.PageAsync("CPEG's ambition view", async () =>
        {
            await head.GoToAsync("/ambition/review");
            await head.ExpectHeadingAsync("CPEG's ambition view");
        });

        checks.AssertAllPassed();
        headChecks.AssertAllPassed();
    }

    [Fact]
    public async Task Officer_pages_are_accessible()
    {
        // A live plan: the demo leaves it a draft, and the newcomer's journey (PlanLifeTests) takes it live once per site.
        await site.DemoPlanLiveAsync();
        await using var browser = await site.OpenSessionAsync();
        var page = browser.Page;
        var checks = new PageChecks(browser);
        await browser.SignInAsync("head.of.improvement");

        foreach (var (path, heading) in new[]
                 {
                     ("/home", "This quarter"),
                     ("/dashboard", "Corporate Dashboard"),
                     ("/dashboard/box/aalborg", "Aalborg scorecard"),
                     ("/dashboard/box/intelligence", "Strategic inspections and intelligence"),
                     ("/departments", "Departments"),
                     ("/guidance", "How the framework works"),
                     ("/account", "Your account"),
                     ("/account/change-password", "Change your password"),
                     ("/account/email", "How you are told"),
                     ("/plan/areas/new?from=local", "Propose an improvement plan area"),
                     ("/plan/areas/2/impact-assessment", "Impact assessment: Personalisation"),
                     ("/plan/areas/2/service-plans", "Service plans that carry Personalisation"),
                 })
        {
            await checks.PageAsync(path, async () =>
            {
                await browser.GoToAsync(path);
                await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
                await browser.ExpectHeadingAsync(heading);
            });
        }

        // Issue 16: every plan, one plan's life and the review form, reached as the Head of Improvement reaches them.
        await checks.PageAsync("the list of plans", async () =>
        {
            await browser.GoToAsync("/plan/all");
            await browser.ExpectHeadingAsync("Corporate Improvement Plans");
        });
        await checks.PageAsync("a plan's life", async () =>
        {
            await browser.GoToAsync("/plan/all");
            await page.GetByRole(AriaRole.Link, new() { Name = "Steps, comments, changes and reviews of the Corporate Improvement Plan 2008-2011" }).ClickAsync();
            await browser.ExpectHeadingAsync("Corporate Improvement Plan 2008-2011");
        });
        await checks.PageAsync("a plan's review form", async () =>
        {
            await browser.GoToAsync("/plan/all");
            await page.Locator("tbody tr").Filter(new() { HasText = "live today" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Steps, comments") }).ClickAsync();
            await browser.GoToAsync(new Uri(page.Url).AbsolutePath + "/review");
            await browser.ExpectHeadingAsync(new Regex("^Review the Corporate Improvement Plan "));
        });

        await checks.PageAsync("a department page", async () =>
        {
            await browser.GoToAsync("/departments");
            await browser.ExpectHeadingAsync("Departments");
            await page.GetByRole(AriaRole.Link, new() { Name = "Adult Services", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/departments/\d+$"));
            await browser.ExpectHeadingAsync("Adult Services");
        });

        checks.AssertAllPassed();
    }

    [Fact]
    public async Task Report_journey_pages_are_accessible()
    {
        await using var browser = await site.OpenSessionAsync();
        var page = browser.Page;
        var checks = new PageChecks(browser);
        await browser.SignInAsync("head.of.improvement");

        foreach (var (path, heading) in new[]
                 {
                     ("/reports", "Corporate performance reports"),
                     ("/cpeg/reports", "CPEG's reports to CMT"),
                     ("/cpeg/reports/issue", "Issue CPEG's report to CMT"),
                 })
        {
            await checks.PageAsync(path, async () =>
            {
                await browser.GoToAsync(path);
                await browser.ExpectHeadingAsync(heading);
            });
        }

        await checks.PageAsync("an issued report to CMT with its journey", async () =>
        {
            await browser.GoToAsync("/cpeg/reports");
            await page.GetByRole(AriaRole.Link, new() { Name = "CPEG's report to CMT no. 1" }).ClickAsync();
            await browser.ExpectHeadingAsync("CPEG's report to CMT no. 1");
        });

        await checks.PageAsync("an issued corporate report waiting for CMT, with the form", async () =>
        {
            await browser.GoToAsync("/reports");
            await page.Locator("tr", new() { HasText = "Waiting for CMT's consideration" }).First.GetByRole(AriaRole.Link).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Its journey" })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Date of the CMT meeting")).ToBeVisibleAsync();
        });

        checks.AssertAllPassed();
    }

    [Fact]
    public async Task Question_pages_are_accessible_to_those_who_ask_and_answer()
    {
        await using var browser = await site.OpenSessionAsync();
        var page = browser.Page;
        var checks = new PageChecks(browser);

        // The Head of Improvement answers for the overview: their home lists the demo's waiting question; its page has the form.
        await browser.SignInAsync("head.of.improvement");
        await checks.PageAsync("the Head of Improvement's home with a question to answer", async () =>
        {
            await browser.GoToAsync("/home");
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Questions waiting for your answer" })).ToBeVisibleAsync();
        });
        await checks.PageAsync("a question on the overview with the answer form", async () =>
        {
            await page.GetByRole(AriaRole.Region, new() { Name = "Questions waiting for your answer" }).GetByRole(AriaRole.Link).First.ClickAsync();
            await browser.ExpectHeadingAsync(new Regex("^A (question|challenge) on "));
            await Expect(page.GetByLabel("Answer", new() { Exact = true })).ToBeVisibleAsync();
        });

        // The Executive Member challenges their Chief Officer on a submitted self-assessment.
        await using var member = await site.OpenSessionAsync();
        var memberChecks = new PageChecks(member);
        await member.SignInAsync("executive.member");
        await memberChecks.PageAsync("the Executive Member's home with their challenge", async () =>
        {
            await member.GoToAsync("/");
            await Expect(member.Page.GetByRole(AriaRole.Region, new() { Name = "Your questions and the answers that came back" })).ToBeVisibleAsync();
        });
        await memberChecks.PageAsync("a challenge on a self-assessment", async () =>
        {
            await member.Page.GetByRole(AriaRole.Region, new() { Name = "Your questions and the answers that came back" })
                .GetByRole(AriaRole.Link, new() { Name = "On the Adult Services self-assessment" }).First.ClickAsync();
            await member.ExpectHeadingAsync("A challenge on the Adult Services self-assessment");
        });
        await memberChecks.PageAsync("a self-assessment with the Executive Member's challenge and the ask form", async () =>
        {
            await member.Page.GetByRole(AriaRole.Link, new() { Name = "Read it beside the Adult Services self-assessment" }).ClickAsync();
            var questions = member.Page.GetByRole(AriaRole.Region, new() { Name = "The Executive Member's questions and challenge" });
            await Expect(questions).ToContainTextAsync("Demo challenge");
            await Expect(questions.GetByRole(AriaRole.Button, new() { Name = "Put it" })).ToBeVisibleAsync();
        });

        checks.AssertAllPassed();
        memberChecks.AssertAllPassed();
    }

    [Fact]
    public async Task Scrutiny_pages_are_accessible()
    {
        const string Demo = "Demo: following up an overdue inspection recommendation";
        await using (var member = await site.OpenSessionAsync())
        {
            var checks = new PageChecks(member);
            await member.SignInAsync("select.committee");
            await checks.PageAsync("the members' home with scrutiny", async () =>
            {
                await member.GoToAsync("/what-needs-you");
                await member.ExpectHeadingAsync("What needs you");
            });
            await checks.PageAsync("the scrutiny reviews", async () =>
            {
                await member.GoToAsync("/scrutiny");
                await member.ExpectHeadingAsync("Scrutiny reviews");
            });
            await checks.PageAsync("a reported review", async () =>
            {
                await member.Page.GetByRole(AriaRole.Link, new() { Name = Demo, Exact = true }).ClickAsync();
                await member.ExpectHeadingAsync($"Scrutiny review: {Demo}");
            });
            await checks.PageAsync("a recommendation of a reported review", async () =>
            {
                await member.Page.GetByRole(AriaRole.Link, new() { Name = "Details on recommendation 1" }).ClickAsync();
                await member.ExpectHeadingAsync($"Recommendation 1: {Demo}");
            });
            await checks.PageAsync("the form to change a review", async () =>
            {
                await member.Page.GetByRole(AriaRole.Link, new() { Name = Demo }).ClickAsync();
                await member.Page.GetByRole(AriaRole.Link, new() { Name = "Change the review" }).ClickAsync();
                await member.ExpectHeadingAsync("Change the review");
            });
            await checks.PageAsync("the new review form sent empty", async () =>
            {
                await member.GoToAsync("/scrutiny/new");
                await member.SubmitAsync(member.Page.GetByRole(AriaRole.Button, new() { Name = "Start the review" }));
                await Expect(member.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the review's topic");
            });
            checks.AssertAllPassed();
        }

        await using var executive = await site.OpenSessionAsync();
        var executiveChecks = new PageChecks(executive);
        await executive.SignInAsync("executive.member");
        await executiveChecks.PageAsync("a recommendation with the response form sent empty", async () =>
        {
            await executive.GoToAsync("/what-needs-you");
            await executive.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Recommendation 2 of") }).ClickAsync();
            await executive.ExpectHeadingAsync($"Recommendation 2: {Demo}");
            await executive.SubmitAsync(executive.Page.GetByRole(AriaRole.Button, new() { Name = "Record the response" }));
            await Expect(executive.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Give the Executive's response in words");
        });
        executiveChecks.AssertAllPassed();
    }

    [Fact]
    public async Task Page_not_found_is_accessible()
    {
        await using var browser = await site.OpenSessionAsync();
        await browser.SignInAsync("cabinet");

        var response = await browser.GoToAsync("/no-such-page");

        Assert.Equal(404, response.Status);
        await browser.ExpectHeadingAsync("Page not found");
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the 404 page");
    }

    [Fact]
    public async Task Page_a_role_may_not_see_says_so_accessibly()
    {
        await using var browser = await site.OpenSessionAsync();
        await browser.SignInAsync("cabinet");

        var response = await browser.GoToAsync("/admin/users");

        await browser.ExpectHeadingAsync("You do not have access to this page");
        Assert.Equal(403, response.Status);
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the 403 page");
    }
}
