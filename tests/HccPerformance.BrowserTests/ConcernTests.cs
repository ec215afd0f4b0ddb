namespace HccPerformance.BrowserTests;

/// <summary>A concern from a red indicator to an assigned intervention to an accepted report-back (issue 7).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConcernTests(SiteFixture site)
{
    [Fact]
    public async Task CPEG_acts_on_a_red_indicator_and_accepts_the_officers_report_back()
    {
        string concernUrl;
        await using (var cpeg = await site.OpenSessionAsync())
        {
            await cpeg.SignInAsync("cpeg.member");
            // A local measure: the national indicators' demo results end with the National Indicator Set, in March 2011.
            await cpeg.GoToAsync("/indicators?search=DEMO%2010");
            await cpeg.Page.GetByRole(AriaRole.Link, new() { Name = "DEMO 10", Exact = true }).ClickAsync();
            await cpeg.Page.GetByRole(AriaRole.Link, new() { Name = "Raise a concern" }).ClickAsync();
            await cpeg.ExpectHeadingAsync("Raise a concern");
            await Expect(cpeg.Page.GetByLabel("What is the concern?")).ToHaveValueAsync(new Regex("^DEMO 10 .*: red$"));
            await Accessibility.AssertNoViolationsAsync(cpeg.Page, "the raise-a-concern form");
            await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the concern" }));
            await Expect(cpeg.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The concern is raised");
            concernUrl = new Uri(cpeg.Page.Url).AbsolutePath;

            // Interventions wait for the locally-important decision (4.15).
            await Expect(cpeg.Page.GetByRole(AriaRole.Heading, new() { Name = "Assign an intervention" })).ToHaveCountAsync(0);
            await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }));
            await Expect(cpeg.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say whether the concern matters locally");
            await Accessibility.AssertNoViolationsAsync(cpeg.Page, "a concern's decision with an error");
            await cpeg.Page.GetByLabel("Yes: it matters locally, so CPEG will act").CheckAsync();
            await cpeg.Page.GetByRole(AriaRole.Textbox, new() { Name = "Reason", Exact = true }).FillAsync("Recycling is a Corporate Improvement Plan priority.");
            await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }));

            await cpeg.Page.GetByLabel("Intervention from the menu").SelectOptionAsync(new SelectOptionValue { Label = "4. Category four: report back to CPEG within one month" });
            await cpeg.Page.GetByLabel("Responsible officer").SelectOptionAsync(new SelectOptionValue { Label = "Service Manager, Environment" });
            await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }));
            await Expect(cpeg.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The intervention is assigned");
            await Expect(cpeg.Page.GetByRole(AriaRole.Heading, new() { Name = "Category four" })).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(cpeg.Page, "a concern with its intervention");
        }

        await using (var officer = await site.OpenSessionAsync())
        {
            await officer.SignInAsync("service.manager");
            await officer.GoToAsync(concernUrl);
            await officer.Page.GetByLabel("Progress").FillAsync("Kerbside glass collections restored in two districts.");
            await officer.Page.GetByLabel("Amber").CheckAsync();
            await Accessibility.AssertNoViolationsAsync(officer.Page, "the officer's report-back form");
            await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Send to CPEG" }));
            await Expect(officer.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your report-back is with CPEG");
        }

        await using var review = await site.OpenSessionAsync();
        await review.SignInAsync("cpeg.member");
        await review.GoToAsync(concernUrl);
        await review.Page.GetByLabel("Accept").CheckAsync();
        await review.Page.GetByLabel("Next report-back: Category four (within one month)").CheckAsync();
        await review.SubmitAsync(review.Page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }));
        await Expect(review.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("review of the report-back is recorded");
        await Expect(review.Page.GetByRole(AriaRole.Table, new() { Name = "Report-backs for Category four" })).ToContainTextAsync("Accepted");
        await Accessibility.AssertNoViolationsAsync(review.Page, "a concern after CPEG's review");
        await review.GoToAsync("/concerns");
        await Accessibility.AssertNoViolationsAsync(review.Page, "the list of concerns");
    }
}
