using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.BrowserTests;

/// <summary>
/// Issue 16: the Head of Improvement proposes a plan area from an inspection recommendation in one step; the area shows
/// where it came from and the recommendation that it is in the plan; the accountable Chief Officer writes the area's impact
/// assessment and lists the service plan that carries it. Every page checked with axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanOriginsTests(SiteFixture site)
{
    [Fact]
    public async Task An_area_proposed_from_a_recommendation_links_both_ways_and_its_Chief_Officer_assesses_it_and_lists_a_service_plan()
    {
        int recommendation;
        using (var scope = site.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            recommendation = await db.Recommendations
                .Where(r => r.Text.StartsWith("Tell the public about planned road works")).Select(r => r.Id).FirstAsync();

            // An area proposed from a record goes into the plan being drafted (the demo's plan is live, and a live plan's
            // changes go to CMT): one in years of its own, for this test.
            if (!await db.ImprovementPlans.AnyAsync(p => p.IsCurrent && p.Term!.Status == PlanStatus.Draft))
            {
                var draft = new CorporateImprovementPlan(new PlanTerm(2100, 2103), focusYear: 2100);
                draft.AddTheme(1, "Improving the Council's services", null);
                draft.AddTheme(2, "Places and communities", null);
                db.ImprovementPlans.Add(draft);
                await db.SaveChangesAsync();
            }
        }

        var name = $"Road works information {Guid.NewGuid().ToString("N")[..6]}";
        await using (var head = await site.OpenSessionAsync())
        {
            await head.SignInAsync("head.of.improvement");
            await head.GoToAsync($"/inspections/recommendations/{recommendation}");
            await head.Page.GetByRole(AriaRole.Link, new() { Name = "Propose as an improvement plan area" }).ClickAsync();
            await head.ExpectHeadingAsync("Propose an improvement plan area");
            await Expect(head.Page.GetByRole(AriaRole.Region, new() { Name = "Where it came from" })).ToContainTextAsync("An inspection recommendation:");
            await Accessibility.AssertNoViolationsAsync(head.Page, "the propose-an-area form");

            await head.Page.GetByRole(AriaRole.Button, new() { Name = "Add the area to the plan" }).ClickAsync();
            await Expect(head.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose the theme the area belongs to");
            await Accessibility.AssertNoViolationsAsync(head.Page, "the propose-an-area form with an error");

            await head.Page.GetByLabel("Theme").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await head.Page.GetByLabel("Short name").FillAsync(name);
            await head.Page.GetByRole(AriaRole.Button, new() { Name = "Add the area to the plan" }).ClickAsync();
            await head.ExpectHeadingAsync(name);
            await Expect(head.Page.GetByRole(AriaRole.Link, new() { Name = "Tell the public about planned road works", Exact = false })).ToBeVisibleAsync();
            await Expect(head.Page.GetByText("No impact assessment yet")).ToBeVisibleAsync();

            await head.Page.GetByLabel("Accountable department").SelectOptionAsync(new SelectOptionValue { Label = "Environment" });
            await head.Page.GetByRole(AriaRole.Button, new() { Name = "Save accountability" }).ClickAsync();
            await Expect(head.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Accountability");
            await Accessibility.AssertNoViolationsAsync(head.Page, "an area with where it came from");

            await head.GoToAsync($"/inspections/recommendations/{recommendation}");
            await Expect(head.Page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
            await Expect(head.Page.GetByText("In the improvement plan:").First).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(head.Page, "a recommendation in the improvement plan");
        }

        await using var officer = await site.OpenSessionAsync();
        await officer.SignInAsync("chief.officer.env");
        await officer.GoToAsync($"/inspections/recommendations/{recommendation}");
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await officer.ExpectHeadingAsync(name);
        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Write the impact assessment" }).ClickAsync();
        await officer.ExpectHeadingAsync($"Impact assessment: {name}");
        await officer.Page.GetByLabel("Expected impact").FillAsync("Fewer complaints about unannounced road works.");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Save the impact assessment" }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say on whom");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the impact assessment form with errors");
        await officer.Page.GetByLabel("On whom").FillAsync("Residents and businesses on roads being repaired.");
        await officer.Page.GetByLabel("Equality considerations").FillAsync("Notices in large print and easy read; none found worse off.");
        await officer.Page.GetByLabel("How it will be measured").FillAsync("Complaints about road works, quarterly.");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Save the impact assessment" }).ClickAsync();
        await officer.ExpectHeadingAsync(name);
        await Expect(officer.Page.GetByText("Residents and businesses on roads being repaired.")).ToBeVisibleAsync();

        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "Add or remove service plans" }).ClickAsync();
        await officer.ExpectHeadingAsync($"Service plans that carry {name}");
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the service plans page");
        await officer.Page.GetByLabel("Service plan", new() { Exact = true }).FillAsync("Highways service plan 2009/10 (browser test)");
        await officer.Page.GetByLabel("Web address or reference").FillAsync("https://intranet.example.org/highways/service-plan");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Add the service plan" }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Link, new() { Name = "https://intranet.example.org/highways/service-plan" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(officer.Page, "the service plans page with a link");
    }
}
