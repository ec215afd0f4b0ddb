using System.Globalization;

namespace HccPerformance.BrowserTests;

/// <summary>Inspections and the follow-up of their recommendations (issue 6), as the Performance Team and a Chief Officer use them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InspectionTests(SiteFixture site)
{
    private const string Highways = "Highways maintenance and street lighting (demo)";

    [Fact]
    public async Task The_Performance_Team_adds_a_recommendation_and_the_Chief_Officer_of_Environment_completes_it()
    {
        // Its own words, so the test finds its row whatever other tests of the shared site have added.
        var words = $"Publish the gritting routes before each winter (browser test {Guid.NewGuid().ToString("N")[..6]})";

        await using (var team = await site.OpenSessionAsync())
        {
            await team.SignInAsync("performance.team");
            await team.GoToAsync("/inspections");
            await team.ExpectHeadingAsync("Inspections and their recommendations");
            await Expect(team.Page.Locator("#share-complete")).ToContainTextAsync("recommendations complete");
            await Expect(team.Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("overdue recommendations?, longest overdue first") })).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(team.Page, "the inspection register");

            await team.Page.GetByRole(AriaRole.Link, new() { Name = Highways, Exact = true }).ClickAsync();
            await team.ExpectHeadingAsync($"Audit Commission: {Highways}");
            await Accessibility.AssertNoViolationsAsync(team.Page, "an inspection with its recommendations");

            // A due date before the inspection reported: refused beside the field, what was typed kept.
            await team.Page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync(words);
            await team.Page.GetByLabel("Owner", new() { Exact = true }).FillAsync("Head of Highways");
            await team.Page.GetByLabel("Department", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Environment" });
            await team.Page.GetByLabel("Due date", new() { Exact = true }).FillAsync("2001-01-31");
            await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Add the recommendation" }));
            await Expect(team.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The due date cannot be before the inspection reported");
            await Expect(team.Page.Locator("#Recommendation_DueOn-error")).ToHaveTextAsync("The due date cannot be before the inspection reported");
            await Expect(team.Page.GetByLabel("Recommendation", new() { Exact = true })).ToHaveValueAsync(words);
            await Expect(team.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = words })).ToHaveCountAsync(0);
            await Accessibility.AssertNoViolationsAsync(team.Page, "the add-a-recommendation form with an error");

            var due = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3);
            await team.Page.GetByLabel("Due date", new() { Exact = true }).FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Add the recommendation" }));
            await Expect(team.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("The recommendation is added, owned by Head of Highways");
            var row = team.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = words });
            await Expect(row).ToContainTextAsync("Not started");
            await Expect(row).ToContainTextAsync(due.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")));

            await team.GoToAsync("/inspections/new");
            await team.ExpectHeadingAsync("Record an inspection");
            await team.SubmitAsync(team.Page.GetByRole(AriaRole.Button, new() { Name = "Record the inspection" }));
            await Expect(team.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the inspecting body");
            await Accessibility.AssertNoViolationsAsync(team.Page, "the new inspection form with errors");
        }

        await using var officer = await site.OpenSessionAsync();
        await officer.SignInAsync("chief.officer.env");
        await officer.GoToAsync("/inspections");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = Highways, Exact = true }).ClickAsync();
        await officer.ExpectHeadingAsync($"Audit Commission: {Highways}");
        await officer.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = words })
            .GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Update progress") }).ClickAsync();
        await officer.ExpectHeadingAsync(new Regex($"^Recommendation \\d+: Audit Commission, {Regex.Escape(Highways)}$"));
        await Expect(officer.Page.Locator("#recommendation-text")).ToHaveTextAsync(words);
        await Accessibility.AssertNoViolationsAsync(officer.Page, "a recommendation with its progress form");

        // Complete without evidence: refused beside the field.
        await officer.Page.GetByLabel("Complete", new() { Exact = true }).CheckAsync();
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Save progress" }));
        await Expect(officer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Give the evidence that the recommendation is complete");
        await Expect(officer.Page.Locator("#Progress_Evidence-error")).ToHaveTextAsync("Give the evidence that the recommendation is complete");
        await Expect(officer.Page.GetByLabel("Complete", new() { Exact = true })).ToBeCheckedAsync();
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the progress form with an error");

        await officer.Page.GetByLabel("Evidence", new() { Exact = true }).FillAsync("Gritting routes published on the council's website and sent to parish councils.");
        await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Save progress" }));
        await Expect(officer.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("is marked as complete");
        await officer.ExpectHeadingAsync($"Audit Commission: {Highways}");
        var completed = officer.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = words });
        await Expect(completed.Locator(".tag").First).ToHaveTextAsync("Complete");
        await Expect(completed).ToContainTextAsync("Gritting routes published");
    }
}
