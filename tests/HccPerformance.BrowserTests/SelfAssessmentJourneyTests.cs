namespace HccPerformance.BrowserTests;

/// <summary>
/// The quarterly self-assessment as its people use it (issue 3): the Chief Officer writes and sends it, the Executive
/// Member confirms it, the Head of Improvement returns it with a challenge, the Chief Officer resubmits, and it is
/// accepted. Every page on the way is checked with axe. Uses the demo Chief Executive's Department, not started this quarter.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class SelfAssessmentJourneyTests(SiteFixture site)
{
    [Fact]
    public async Task Written_confirmed_challenged_resubmitted_and_accepted()
    {
        string assessmentUrl;
        await using (var officer = await site.OpenSessionAsync())
        {
            await officer.SignInAsync("chief.officer.ced");
            await officer.ExpectHeadingAsync("Your department this quarter: Chief Executive's Department");
            await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Start it" }).ClickAsync();
            await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Start the self-assessment" }).ClickAsync();
            await officer.ExpectHeadingAsync("Write the self-assessment");
            await Accessibility.AssertNoViolationsAsync(officer.Page, "the empty self-assessment form");

            var page = officer.Page;
            await page.GetByLabel("Overall statement").FillAsync("Workforce planning is on track and the contact centre is answering more calls first time.");
            await Expect(page.Locator("#word-count")).ToContainTextAsync("15 words used, 485 left of 500.");
            await page.GetByLabel("Key strengths").FillAsync("The contact centre answers more calls first time.\nStaff turnover has fallen.");
            await page.GetByLabel("Areas for improvement").FillAsync("Data quality in two services is not good enough.");
            await page.GetByLabel("Outstanding risks").FillAsync("ICT resilience during the data centre move.");
            await page.GetByLabel("How these are being addressed").FillAsync("A weekly data quality check until March.");
            await page.GetByLabel("Trade-offs made to balance the budget").FillAsync("We delayed the intranet refresh.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and check before sending" }).ClickAsync();

            await officer.ExpectHeadingAsync("Check before you send it to the Executive Member");
            await Accessibility.AssertNoViolationsAsync(page, "check before sending");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send to the Executive Member" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Sent to your Executive Member");
            await Expect(page.Locator(".tag").First).ToHaveTextAsync("With Executive Member");
            await Accessibility.AssertNoViolationsAsync(page, "the self-assessment with the Executive Member");
            assessmentUrl = new Uri(page.Url).AbsolutePath;
        }

        await using (var member = await site.OpenSessionAsync())
        {
            await member.SignInAsync("executive.member.ced");
            await Expect(member.Page.GetByText("has sent you the self-assessment to review")).ToBeVisibleAsync();
            await member.GoToAsync(assessmentUrl);
            await Accessibility.AssertNoViolationsAsync(member.Page, "the Executive Member's review");
            await member.Page.GetByLabel("Your comment").FillAsync("We went through it together on Tuesday.");
            await member.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm: reviewed with me" }).ClickAsync();
            await Expect(member.Page.Locator(".tag").First).ToHaveTextAsync("Submitted");
        }

        await using (var head = await site.OpenSessionAsync())
        {
            await head.SignInAsync("head.of.improvement");
            await head.GoToAsync("/self-assessments/tracker");
            await Accessibility.AssertNoViolationsAsync(head.Page, "the tracker");
            await head.Page.GetByRole(AriaRole.Link, new() { Name = "Chief Executive's Department" }).ClickAsync();
            await head.Page.GetByRole(AriaRole.Button, new() { Name = "Return with challenge" }).ClickAsync();
            await Expect(head.Page.GetByText("Write the challenge: what the Chief Officer should look at again").First).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(head.Page, "a refused return, with its error");
            await head.Page.GetByLabel("Challenge").FillAsync("What is the evidence that ICT resilience is in hand?");
            await head.Page.GetByRole(AriaRole.Button, new() { Name = "Return with challenge" }).ClickAsync();
            await Expect(head.Page.Locator(".tag").First).ToHaveTextAsync("Returned");
        }

        await using (var officer = await site.OpenSessionAsync())
        {
            await officer.SignInAsync("chief.officer.ced");
            await officer.GoToAsync(assessmentUrl);
            await Expect(officer.Page.GetByText("What is the evidence that ICT resilience is in hand?")).ToBeVisibleAsync();
            await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Continue writing" }).ClickAsync();
            await officer.Page.GetByLabel("How these are being addressed").FillAsync(
                "A weekly data quality check until March.\nThe failover test in October passed, and we repeat it in January.");
            await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Save and check before sending" }).ClickAsync();
            await officer.ExpectHeadingAsync("Check before you resubmit");
            await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Resubmit to the Head of Improvement" }).ClickAsync();
            await Expect(officer.Page.Locator(".tag").First).ToHaveTextAsync("Resubmitted");
        }

        await using (var head = await site.OpenSessionAsync())
        {
            await head.SignInAsync("head.of.improvement");
            await head.GoToAsync(assessmentUrl);
            await head.Page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
            await Expect(head.Page.Locator(".tag").First).ToHaveTextAsync("Accepted");
            await Accessibility.AssertNoViolationsAsync(head.Page, "the accepted self-assessment with its history");
            await head.Page.GetByRole(AriaRole.Link, new() { Name = "Compare with version 1" }).ClickAsync();
            await Expect(head.Page.Locator(".diff-text ins")).ToContainTextAsync(["The failover test in October passed"]);
            await Accessibility.AssertNoViolationsAsync(head.Page, "the comparison of two versions");
        }
    }

    [Fact]
    public async Task A_draft_saves_itself_on_a_timer_and_warns_when_over_the_budget()
    {
        await using var officer = await site.OpenSessionAsync();
        await officer.Page.Clock.InstallAsync();
        await officer.SignInAsync("chief.officer.env");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Continue it" }).ClickAsync();
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Continue writing" }).ClickAsync();
        var statement = officer.Page.GetByLabel("Overall statement");

        await statement.FillAsync(string.Join(' ', Enumerable.Repeat("flooding", 520)));
        await Expect(officer.Page.Locator("#word-count")).ToContainTextAsync("over the 500 that fit one side of A4");
        await statement.FillAsync("Saved by the timer: the winter service is ready.");
        await officer.Page.Clock.RunForAsync(31_000);

        await Expect(officer.Page.Locator("#save-status")).ToContainTextAsync("Saved at");
        await officer.Page.ReloadAsync();
        await Expect(officer.Page.GetByLabel("Overall statement")).ToHaveValueAsync("Saved by the timer: the winter service is ready.");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the self-assessment form with a draft");
    }

    [Fact]
    public async Task Items_are_linked_to_plan_areas_on_an_accessible_page()
    {
        // A live plan: the demo leaves it a draft, and the newcomer's journey (PlanLifeTests) takes it live once per site.
        await site.DemoPlanLiveAsync();
        await using var officer = await site.OpenSessionAsync();
        await officer.SignInAsync("chief.officer.env");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Continue it" }).ClickAsync();
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Link items to the plan, indicators and risks" }).ClickAsync();
        await officer.ExpectHeadingAsync("Link items to the plan, indicators and risks");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the links page");

        await officer.Page.GetByLabel("Plan area").First.SelectOptionAsync(new SelectOptionValue { Label = "Road maintenance" });
        await officer.Page.GetByLabel("Corporate risk").First.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await officer.Page.GetByLabel("Indicator").First.SelectOptionAsync(new SelectOptionValue { Label = "NI 195: Street and environmental cleanliness (litter, detritus, graffiti, fly-posting)" });
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Save links" }).ClickAsync();

        await Expect(officer.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Links saved");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Road maintenance" }).ClickAsync();
        await officer.ExpectHeadingAsync("Road maintenance");
        await Expect(officer.Page.GetByRole(AriaRole.Heading, new() { Name = "What self-assessments say about it" })).ToBeVisibleAsync();
        await Expect(officer.Page.Locator("main ul").Last).ToContainTextAsync("Environment");

        await officer.GoToAsync("/indicators?search=NI%20195");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "NI 195", Exact = true }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Heading, new() { Name = "What self-assessments say about it" })).ToBeVisibleAsync();
        await Expect(officer.Page.Locator("main ul").Last).ToContainTextAsync("Environment");
    }
}
