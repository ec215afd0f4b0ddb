namespace HccPerformance.BrowserTests;

/// <summary>
/// axe finds nothing to fix on the Administrator's pages and the Performance Team's imports. Apart from
/// <see cref="PageAccessibilityTests"/> so the two browser collections take about as long as each other.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AdministrationPageAccessibilityTests(SiteFixture site)
{
    [Fact]
    public async Task Import_pages_and_the_guidance_are_accessible()
    {
        await using var browser = await site.OpenSessionAsync();
        var checks = new PageChecks(browser);
        await browser.SignInAsync("performance.team");

        foreach (var (path, heading) in new[]
                 {
                     ("/scorecards/import", "Import scorecard membership"),
                     ("/indicators/import-sources", "Import indicator sources"),
                     ("/indicators/import-definitions", "Import indicator definitions"),
                     ("/benchmarking/import", "Import comparator figures"),
                     ("/guidance", "How the framework works"),
                     // Issue 18: scorecards the Performance Team makes, the forward programme, intelligence, a menu group's page.
                     ("/scorecards/new", "Make a scorecard"),
                     ("/scorecards/1/edit", "Change the LAA scorecard"),
                     ("/inspections/programme", "Forward programme of inspections"),
                     ("/inspections/programme/new", "Add an expected inspection"),
                     ("/inspections/intelligence", "Intelligence from inspectorates"),
                     ("/inspections/intelligence/new", "Record intelligence from an inspectorate"),
                     ("/menu/registers", "Registers"),
                 })
        {
            await checks.PageAsync(path, async () =>
            {
                await browser.GoToAsync(path);
                await browser.ExpectHeadingAsync(heading);
            });
        }

        await using var leader = await site.OpenSessionAsync();
        var leaderChecks = new PageChecks(leader);
        await leader.SignInAsync("leader");
        await leaderChecks.PageAsync("the guidance as the Leader", async () =>
        {
            await leader.GoToAsync("/guidance");
            await Expect(leader.Page.Locator("section[data-role]").First).ToHaveAttributeAsync("data-role", "Leader");
        });

        checks.AssertAllPassed();
        leaderChecks.AssertAllPassed();
    }

    [Fact]
    public async Task Administrator_pages_are_accessible()
    {
        await using var browser = await site.OpenSessionAsync();
        var page = browser.Page;
        var checks = new PageChecks(browser);
        await browser.SignInAsAdminAsync();

        await checks.PageAsync("the users page", () => browser.ExpectHeadingAsync("Users"));

        await checks.PageAsync("the create a user page", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Create a user" }).ClickAsync();
            await browser.ExpectHeadingAsync("Create a user");
        });

        await checks.PageAsync("a user's edit page", async () =>
        {
            await browser.GoToAsync("/admin/users");
            await browser.ExpectHeadingAsync("Users");
            await page.GetByRole(AriaRole.Link, new() { Name = "Chief Officer, Adult Services" }).ClickAsync();
            await browser.ExpectHeadingAsync("Chief Officer, Adult Services (chief.officer)");
        });

        await checks.PageAsync("a user's reset-password page", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Force a password reset" }).ClickAsync();
            await browser.ExpectHeadingAsync("Force a password reset for Chief Officer, Adult Services");
        });

        await checks.PageAsync("the council sign-in mapping page, sent empty", async () =>
        {
            await browser.GoToAsync("/admin/council-sign-in");
            await browser.ExpectHeadingAsync("Council sign-in");
            await browser.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the row" }));
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is a problem");
        });

        await checks.PageAsync("the new department page", async () =>
        {
            await browser.GoToAsync("/departments");
            await browser.ExpectHeadingAsync("Departments");
            await page.GetByRole(AriaRole.Link, new() { Name = "Add a department" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/departments/new$"));
            await browser.ExpectHeadingAsync("Add a department");
        });

        await checks.PageAsync("a department's edit page", async () =>
        {
            await browser.GoToAsync("/departments");
            await browser.ExpectHeadingAsync("Departments");
            await page.GetByRole(AriaRole.Link, new() { Name = "Change Adult Services" }).ClickAsync();
            await browser.ExpectHeadingAsync("Change a department");
            await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Adult Services");
        });

        await checks.PageAsync("the reporting periods page", async () =>
        {
            await browser.GoToAsync("/admin/reporting-periods");
            await browser.ExpectHeadingAsync("Reporting periods");
        });

        await checks.PageAsync("a reporting period's edit page", async () =>
        {
            await browser.GoToAsync("/admin/reporting-periods");
            await browser.ExpectHeadingAsync("Reporting periods");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change Quarter") }).First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/admin/reporting-periods/\d+/edit$"));
            await browser.ExpectHeadingAsync(new Regex("^Change Quarter"));
        });

        await checks.PageAsync("the audit trail", async () =>
        {
            await browser.GoToAsync("/audit");
            await browser.ExpectHeadingAsync("Audit trail");
        });

        await checks.PageAsync("the outbox", async () =>
        {
            await browser.GoToAsync("/admin/outbox");
            await browser.ExpectHeadingAsync("Outbox");
        });

        checks.AssertAllPassed();
    }

    [Fact]
    public async Task The_demo_banner_is_on_every_page_and_the_Administrator_finds_the_demo_data_page_accessibly()
    {
        await using var browser = await site.OpenSessionAsync();
        var page = browser.Page;
        var checks = new PageChecks(browser);
        // Issue 17: the demo site says so at the top of every page, before anyone signs in.
        var banner = page.GetByRole(AriaRole.Note).Filter(new() { HasText = "Demo data: not real figures" });

        await checks.PageAsync("the sign-in page with the demo banner", async () =>
        {
            await browser.GoToAsync("/account/sign-in");
            await Expect(banner).ToBeVisibleAsync();
            await browser.ExpectHeadingAsync("Sign in");
        });

        await browser.SignInAsAdminAsync();
        await Expect(banner).ToBeVisibleAsync();
        await checks.PageAsync("the demo data page", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Administration" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Demo data", Exact = true }).ClickAsync();
            await browser.ExpectHeadingAsync("Demo data");
            await Expect(banner).ToBeVisibleAsync();
            var question = page.GetByRole(AriaRole.Group, new() { Name = "Does this site hold demo data?" });
            await Expect(question.GetByLabel(new Regex("^Yes: invented example data"))).ToBeCheckedAsync();
            await Expect(question.GetByLabel(new Regex("^No: the council's own data"))).Not.ToBeCheckedAsync();
        });

        checks.AssertAllPassed();
    }

    [Fact]
    public async Task Create_a_user_form_sent_empty_shows_its_errors_accessibly()
    {
        await using var browser = await site.OpenSessionAsync();
        await browser.SignInAsAdminAsync();
        await browser.GoToAsync("/admin/users/new");

        await browser.SubmitAsync(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Create user" }));

        await browser.ExpectHeadingAsync("Create a user");
        var summary = browser.Page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(browser.Page.GetByLabel("Name", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Accessibility.AssertNoViolationsAsync(browser.Page, "the create a user page with errors");
    }
}
