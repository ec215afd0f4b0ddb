namespace HccPerformance.BrowserTests;

/// <summary>
/// Issue 18: the main menu fits on one line at 1280 pixels for every role, its groups open and close by keyboard as
/// disclosures, and the page stays accessible with one open.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class MainMenuTests(SiteFixture site)
{
    private static readonly string[] People =
    [
        "head.of.improvement", "performance.team", "chief.officer", "executive.member", "cpeg.member", "chief.executive", "performance.member",
        "leader", "cabinet", "select.committee", "service.manager",
    ];

    [Fact]
    public async Task The_menu_is_one_line_at_1280_pixels_for_every_role_and_its_groups_work_by_keyboard()
    {
        await using var browser = await site.OpenSessionAsync();
        var page = browser.Page;
        await page.SetViewportSizeAsync(1280, 800);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        var wrapped = new List<string>();

        foreach (var person in Environment.GetEnvironmentVariable("HCC_MENU_ONE") is { } one ? [one] : People.Append(SiteFixture.AdminUserName))
        {
            if (person == SiteFixture.AdminUserName)
            {
                await browser.SignInAsAdminAsync();
            }
            else
            {
                await browser.SignInAsync(person);
            }

            await browser.GoToAsync("/guidance");
            // One line: every item of the menu (and the account and sign-out links) starts at the same height, and the
            // bar is no taller than one item and its padding.
            var tops = await nav.Locator(".nav-item").EvaluateAllAsync<double[]>("items => items.map(i => i.getBoundingClientRect().top)");
            var line = await nav.Locator(".nav-item").First.EvaluateAsync<double>("i => i.getBoundingClientRect().height");
            var height = await nav.EvaluateAsync<double>("n => n.getBoundingClientRect().height");
            if (tops.Max() - tops.Min() > 2 || height > (line * 1.5) + 16)
            {
                var where = await nav.Locator(".nav-item").EvaluateAllAsync<string[]>(
                    "items => items.map(i => i.textContent.trim().replace(/\\s+/g, ' ') + ' @ ' + Math.round(i.getBoundingClientRect().top) + ',' + Math.round(i.getBoundingClientRect().left))");
                wrapped.Add($"{person}: items from {tops.Min()} to {tops.Max()} px down, the bar {height} px tall for a line of {line} px: {string.Join("; ", where)}");
            }

            if (person == "head.of.improvement")
            {
                await OpenByKeyboardAsync(browser, nav);
            }

            await browser.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        }

        Assert.True(wrapped.Count == 0, "The menu runs onto more than one line:\n" + string.Join("\n", wrapped));
    }

    /// <summary>Registers by Enter, axe with it open, Escape back to its button; CPEG by Space; a link in it followed.</summary>
    private static async Task OpenByKeyboardAsync(BrowserSession browser, ILocator nav)
    {
        var page = browser.Page;
        var registers = nav.GetByRole(AriaRole.Button, new() { Name = "Registers" });
        await Expect(registers).ToHaveAttributeAsync("aria-expanded", "false");
        var scorecards = nav.GetByRole(AriaRole.Link, new() { Name = "Scorecards", Exact = true });
        await Expect(scorecards).ToBeHiddenAsync();

        await registers.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(registers).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(scorecards).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "the guidance with the Registers menu open");

        await page.Keyboard.PressAsync("Tab");
        await Expect(scorecards).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(registers).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(scorecards).ToBeHiddenAsync();
        await Expect(registers).ToBeFocusedAsync();

        var cpeg = nav.GetByRole(AriaRole.Button, new() { Name = "CPEG", Exact = true });
        await cpeg.FocusAsync();
        await page.Keyboard.PressAsync(" ");
        await Expect(cpeg).ToHaveAttributeAsync("aria-expanded", "true");
        await nav.GetByRole(AriaRole.Link, new() { Name = "CPEG meetings" }).ClickAsync();
        await browser.ExpectHeadingAsync(new Regex("^CPEG meetings"));
    }
}
