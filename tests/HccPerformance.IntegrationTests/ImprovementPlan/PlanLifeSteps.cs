using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.ImprovementPlan;

/// <summary>The plan's life steps as people take them on the site, for tests that need a plan at a given stage.</summary>
internal static class PlanLifeSteps
{
    public static Task<int> TermIdAsync(AppFactory app, PlanStatus status) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.Status == status).OrderByDescending(t => t.StartYear).Select(t => t.Id).FirstAsync());

    public static Task<int> FirstYearOfAsync(AppFactory app, int termId) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ImprovementPlans.Where(p => p.PlanTermId == termId).OrderBy(p => p.FocusYear).Select(p => p.Id).FirstAsync());

    /// <summary>The review's fields as the Head of Improvement fills them: every area given <paramref name="outcome"/>.</summary>
    public static async Task<List<(string Name, string Value)>> ReviewFieldsAsync(SiteClient head, int termId, ReviewKind kind, string outcome = "Keep")
    {
        var page = await head.PageAsync($"/plan/terms/{termId}/review");
        var fields = new List<(string, string)>
        {
            ("Review.Kind", kind.ToString()), ("Review.On", DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Review.Summary", "Test review: the plan is working."), ("Review.Version", page.ValueOf("Review.Version")!),
        };
        var lineages = page.Document.QuerySelectorAll("input[name$='.Lineage']").Cast<AngleSharp.Html.Dom.IHtmlInputElement>().ToList();
        foreach (var input in lineages)
        {
            var prefix = input.Name![..^".Lineage".Length];
            fields.Add((input.Name, input.Value));
            fields.Add(($"{prefix}.Outcome", outcome));
        }

        return fields;
    }

    /// <summary>
    /// The demo's draft successor taken live today as a newcomer would: CMT's agreement recorded by the Chief Executive, Cabinet's
    /// endorsement by the Leader, then finalised and set live by the Head of Improvement, each on the plan's page. Returns its id.
    /// </summary>
    public static async Task<int> TakeDemoDraftLiveAsync(AppFactory app)
    {
        var draft = await TermIdAsync(app, PlanStatus.Draft);
        var page = $"/plan/terms/{draft}";
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        async Task StepAsync(string user, string step, params (string Name, string Value)[] fields)
        {
            using var client = app.CreateSiteClient();
            await client.SignInAsync(user);
            var form = await client.PageAsync(page);
            var prefix = fields[0].Name[..fields[0].Name.IndexOf('.', StringComparison.Ordinal)];
            var response = await client.PostFormToAsync(page, $"{page}/{step}", [.. fields, ($"{prefix}.Version", form.ValueOf($"{prefix}.Version")!)]);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{user} could not record {step}: {await response.Content.ReadAsStringAsync()}");
        }

        await StepAsync(TestUsers.ChiefExecutive, "cmt", ("Agree.MetOn", today), ("Agree.Decision", "CMT agreed the draft plan for Cabinet (test)."));
        await StepAsync(TestUsers.Leader, "cabinet", ("Endorse.MetOn", today), ("Endorse.Resolution", "Cabinet endorsed the plan (test)."));
        await StepAsync(TestUsers.HeadOfImprovement, "finalise", ("Finalise.MetOn", today), ("Finalise.LeaderAgreed", "true"), ("Finalise.ChiefExecutiveAgreed", "true"));
        await StepAsync(TestUsers.HeadOfImprovement, "live", ("GoLive.MetOn", today));
        Assert.Equal(draft, await TermIdAsync(app, PlanStatus.Live));
        return draft;
    }

    /// <summary>The full review of the live plan, then the next plan started for the three years after it: returns the draft's plan id.</summary>
    public static async Task<int> DraftNextPlanAsync(AppFactory app, SiteClient head)
    {
        var live = await TermIdAsync(app, PlanStatus.Live);
        var reviewed = await head.PostFormToAsync($"/plan/terms/{live}/review", $"/plan/terms/{live}/review", [.. await ReviewFieldsAsync(head, live, ReviewKind.Full)]);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        var end = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.Id == live).Select(t => t.EndYear).SingleAsync());
        var started = await head.PostFormToAsync($"/plan/terms/{live}", $"/plan/terms/{live}/next",
            ("Successor.StartYear", end.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Successor.EndYear", (end + 3).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(started.StatusCode == HttpStatusCode.Redirect, await started.Content.ReadAsStringAsync());
        return await TermIdAsync(app, PlanStatus.Draft);
    }
}
