using System.Globalization;

namespace HccPerformance.BrowserTests;

/// <summary>
/// Select Committees' scrutiny reviews (issue 15) as their users work: a Select Committee member records a review with a
/// recommendation to the Leader and reports it, the Leader records the Executive's response from their home page, and the
/// committee member reads it. axe finds nothing on any page on the way.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ScrutinyTests(SiteFixture site)
{
    [Fact]
    public async Task A_Select_Committee_member_reports_a_review_the_Leader_responds_and_the_committee_sees_the_response()
    {
        var topic = $"Demo: evening opening of libraries (browser test {Guid.NewGuid().ToString("N")[..6]})";
        const string Words = "Open the five largest libraries until 8pm on Thursdays";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await using (var member = await site.OpenSessionAsync())
        {
            var page = member.Page;
            await member.SignInAsync("select.committee");
            await page.GetByRole(AriaRole.Link, new() { Name = "Scrutiny", Exact = true }).ClickAsync();
            await member.ExpectHeadingAsync("Scrutiny reviews");
            await page.GetByRole(AriaRole.Link, new() { Name = "Start a scrutiny review" }).ClickAsync();
            await member.ExpectHeadingAsync("Start a scrutiny review");

            // An empty topic: refused beside the field, the typing kept.
            await page.GetByLabel("Select Committee", new() { Exact = true }).FillAsync("Policy and Resources Select Committee (demo)");
            await page.GetByLabel("Scope", new() { Exact = true }).FillAsync("Whether evening opening is used, and by whom.");
            await member.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start the review" }));
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the review's topic");
            await Expect(page.Locator("#Input_Topic-error")).ToHaveTextAsync("Enter the review's topic");
            await Expect(page.GetByLabel("Scope", new() { Exact = true })).ToHaveValueAsync("Whether evening opening is used, and by whom.");
            await Accessibility.AssertNoViolationsAsync(page, "the new review form with an error");

            await page.GetByLabel("Topic", new() { Exact = true }).FillAsync(topic);
            await member.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start the review" }));
            await member.ExpectHeadingAsync($"Scrutiny review: {topic}");
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("is recorded, at scoping");

            await member.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start gathering evidence" }));
            await Expect(page.Locator("#review-step")).ToHaveTextAsync("Gathering evidence");
            await page.GetByLabel("Evidence", new() { Exact = true }).FillAsync("Footfall counts by hour for the last year.");
            await page.GetByLabel("From", new() { Exact = true }).FillAsync("Head of Libraries (demo)");
            await page.GetByLabel("Date", new() { Exact = true }).FillAsync(Iso(today));
            await member.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the evidence" }));
            await Expect(page.Locator("#evidence")).ToContainTextAsync("Footfall counts by hour");

            await page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync(Words);
            await page.GetByLabel("The Leader", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Response due", new() { Exact = true }).FillAsync(Iso(today.AddDays(-1)));
            await member.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the recommendation" }));
            await Expect(page.Locator("#Recommendation_DueOn-error")).ToHaveTextAsync("The date the response is due must be after today");
            await Expect(page.GetByLabel("Recommendation", new() { Exact = true })).ToHaveValueAsync(Words);
            await Accessibility.AssertNoViolationsAsync(page, "the add-a-recommendation form with an error");
            await page.GetByLabel("Response due", new() { Exact = true }).FillAsync(Iso(today.AddDays(40)));
            await member.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the recommendation" }));
            await Expect(page.Locator("#recommendations")).ToContainTextAsync(Words);

            await page.GetByRole(AriaRole.Link, new() { Name = "Change the review or record its findings" }).ClickAsync();
            await member.ExpectHeadingAsync("Change the review");
            await page.GetByLabel("Findings", new() { Exact = true }).FillAsync("Evenings are busy in the largest libraries only.");
            await member.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the review" }));
            await member.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Report the review" }));
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The review has reported");
            await Expect(page.Locator("#review-step")).ToHaveTextAsync("Reported");
            await Accessibility.AssertNoViolationsAsync(page, "a reported review");
        }

        await using (var leader = await site.OpenSessionAsync())
        {
            var page = leader.Page;
            await leader.SignInAsync("leader");
            await leader.ExpectHeadingAsync("What needs you");
            await page.Locator("#scrutiny-waiting").GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(topic)) }).ClickAsync();
            await leader.ExpectHeadingAsync($"Recommendation 1: {topic}");
            await Accessibility.AssertNoViolationsAsync(page, "a recommendation with the response form");

            await page.GetByLabel("Accepted", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("The Executive's response in words", new() { Exact = true }).FillAsync("Cabinet agreed Thursday evening opening from September.");
            await page.GetByLabel("Action date", new() { Exact = true }).FillAsync(Iso(today.AddDays(90)));
            await leader.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the response" }));
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The Executive's response to recommendation 1 is recorded: accepted");
        }

        await using var reader = await site.OpenSessionAsync();
        await reader.SignInAsync("select.committee");
        await reader.ExpectHeadingAsync("What needs you");
        await Expect(reader.Page.Locator("#scrutiny-home")).ToContainTextAsync($"recommendation 1 of \"{topic}\"");
        await reader.Page.Locator("#scrutiny-home").GetByRole(AriaRole.Link, new() { Name = topic, Exact = true }).ClickAsync();
        var row = reader.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = Words });
        await Expect(row).ToContainTextAsync("Accepted");
        await Expect(row).ToContainTextAsync("Cabinet agreed Thursday evening opening from September.");
        await Expect(row).ToContainTextAsync("Leader of the Council");
        await Accessibility.AssertNoViolationsAsync(reader.Page, "the review with the Executive's response");
    }
}
