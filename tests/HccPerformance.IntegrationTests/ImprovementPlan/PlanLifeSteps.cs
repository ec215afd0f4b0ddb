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
