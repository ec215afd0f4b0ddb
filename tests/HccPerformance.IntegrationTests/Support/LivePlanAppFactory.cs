using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.IntegrationTests.ImprovementPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Support;

/// <summary>
/// The demo after a newcomer has taken its next plan from draft to live through the site (CMT, Cabinet and the Head of
/// Improvement, each signed in), and the Head of Improvement has reported Road Safety red for the quarter: for tests of a live
/// plan's pages and changes. The demo itself leaves the plan a draft (issue 16).
/// </summary>
public sealed class LivePlanAppFactory : AppFactory
{
    protected override string TemplateKey => Environment + "+live-plan";

    protected override async Task PrepareTemplateAsync()
    {
        var live = await PlanLifeSteps.TakeDemoDraftLiveAsync(this);
        var area = await WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas
            .Where(a => a.Plan!.PlanTermId == live && a.Plan.IsCurrent && a.ShortName == "Road Safety").Select(a => a.Id).SingleAsync());
        using var head = CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var reported = await head.PostFormToAsync($"/plan/areas/{area}", $"/plan/areas/{area}/progress",
            ("Progress.Rag", "Red"), ("Progress.Commentary", "Casualties rose on rural roads this quarter (test)."));
        Assert.True(reported.StatusCode == HttpStatusCode.Redirect, await reported.Content.ReadAsStringAsync());
    }
}
