namespace HccPerformance.BrowserTests;

/// <summary>
/// Issue 15, escalations that reach: CPEG assigns item 15 "Cabinet support", a Cabinet member finds it on "What needs you",
/// reads the concern and records Cabinet's response, and CPEG reads the response on the concern's page. axe at each step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EscalationTests(SiteFixture site)
{
    [Fact]
    public async Task CPEG_assigns_Cabinet_support_and_a_Cabinet_member_responds_and_CPEG_reads_it()
    {
        var title = $"Browser escalation {Guid.NewGuid():N}"[..30];
        string concernUrl;
        await using (var cpeg = await site.OpenSessionAsync())
        {
            await cpeg.SignInAsync("cpeg.member");
            await cpeg.GoToAsync("/concerns/new");
            await cpeg.Page.GetByLabel("What is the concern?").FillAsync(title);
            await cpeg.Page.GetByLabel("Evidence as it stands now").FillAsync("Red for three quarters despite the recovery plan.");
            await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Raise the concern" }));
            concernUrl = new Uri(cpeg.Page.Url).AbsolutePath;
            await cpeg.Page.GetByLabel("Yes: it matters locally, so CPEG will act").CheckAsync();
            await cpeg.Page.GetByRole(AriaRole.Textbox, new() { Name = "Reason", Exact = true }).FillAsync("A council priority.");
            await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }));

            await cpeg.Page.GetByLabel("Intervention from the menu").SelectOptionAsync(new SelectOptionValue { Label = "15. Cabinet support: escalate to Cabinet" });
            await cpeg.Page.GetByLabel("Responsible officer").SelectOptionAsync(new SelectOptionValue { Label = "Head of Improvement" });
            await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }));
            await Expect(cpeg.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose the category that sets when Cabinet support reports back to CPEG");
            await Accessibility.AssertNoViolationsAsync(cpeg.Page, "the assign form without a category");
            await cpeg.Page.GetByLabel("Category: report back to CPEG").SelectOptionAsync(new SelectOptionValue { Label = "Category three (within two months)" });
            await cpeg.SubmitAsync(cpeg.Page.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }));
            await Expect(cpeg.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The intervention is assigned");
            await Expect(cpeg.Page.GetByRole(AriaRole.Region, new() { Name = "Escalations" })).ToContainTextAsync("to Cabinet");
            await Accessibility.AssertNoViolationsAsync(cpeg.Page, "a concern escalated to Cabinet, as CPEG sees it");
        }

        await using (var cabinet = await site.OpenSessionAsync())
        {
            await cabinet.SignInAsync("cabinet");
            await cabinet.GoToAsync("/what-needs-you");
            var escalations = cabinet.Page.GetByRole(AriaRole.Region, new() { Name = "Escalations to you" });
            await Expect(escalations).ToContainTextAsync(title);
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "What needs you, with an escalation to Cabinet");
            await escalations.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await cabinet.ExpectHeadingAsync(title);

            await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Record the response" }));
            await Expect(cabinet.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say whether it is a decision, a request or noted");
            await Accessibility.AssertNoViolationsAsync(cabinet.Page, "the response form with its errors");
            await cabinet.Page.GetByLabel("A decision").CheckAsync();
            await cabinet.Page.GetByLabel("In words").FillAsync("Cabinet agrees two extra crews for the winter.");
            await cabinet.SubmitAsync(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Record the response" }));
            await Expect(cabinet.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Your response is recorded");
            await Expect(cabinet.Page.GetByRole(AriaRole.Button, new() { Name = "Record the response" })).ToHaveCountAsync(0);
        }

        await using var read = await site.OpenSessionAsync();
        await read.SignInAsync("cpeg.member");
        await read.GoToAsync(concernUrl);
        await Expect(read.Page.GetByRole(AriaRole.Region, new() { Name = "Escalations" })).ToContainTextAsync("Cabinet agrees two extra crews for the winter.");
        await Accessibility.AssertNoViolationsAsync(read.Page, "the concern with Cabinet's response");
    }
}
