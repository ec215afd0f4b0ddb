using System.Net;
using AngleSharp.Html.Dom;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.IntegrationTests.ImprovementPlan;
using HccPerformance.IntegrationTests.Support;
using HccPerformance.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>
/// Issue 14, point 8, for the plan's life (issue 16): its once-only forms each make one record when posted twice at once and
/// again. They change the live plan every other double-submit case reads (a full review, a next plan), so they walk the plan's
/// life in order on a database of their own (the demo after a newcomer took its next plan live).
/// </summary>
public sealed class DoubleSubmitPlanLifeTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    /// <summary>The once-only posts of the plan's life, listed here so <see cref="DoubleSubmitTests"/> knows each has its case.</summary>
    public static readonly string[] Routes = ["AreaLinks.ProposeToCmt", "PlanLife.AddComment", "PlanLife.Propose", "PlanLife.RecordReview", "PlanLife.StartNext"];

    [Fact]
    public async Task Each_form_of_the_plans_life_posted_twice_at_once_and_again_makes_one_record_and_says_so()
    {
        var live = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Live);
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

        // PlanLife.Propose: a new area for CMT to decide.
        var name = $"Double {Guid.NewGuid():N}"[..15];
        await AssertOnceAsync(head, $"/plan/terms/{live}", $"/plan/terms/{live}/proposals",
            [("Proposal.Kind", "Add"), ("Proposal.ThemeNumber", "1"), ("Proposal.ShortName", name), ("Proposal.Description", "Test area."),
                ("Proposal.Reason", "Test reason.")],
            db => db.PlanTerms.Where(t => t.Id == live).Select(t => t.Proposals.Count(p => p.ShortName == name)).SingleAsync());

        // AreaLinks.ProposeToCmt: a new area proposed from a record, waiting for CMT with its origin.
        var local = $"Local {Guid.NewGuid():N}"[..15];
        await AssertOnceAsync(head, "/plan/areas/new?from=local", $"/plan/terms/{live}/proposals/from-record",
            [("NewArea.OriginKind", "LocalImportance"), ("NewArea.OriginReason", "Residents asked for it."), ("NewArea.ThemeNumber", "1"),
                ("NewArea.ShortName", local), ("NewArea.Description", "Test area."), ("NewArea.Reason", "Test reason.")],
            db => db.PlanTerms.Where(t => t.Id == live).Select(t => t.Proposals.Count(p => p.ShortName == local)).SingleAsync());

        // PlanLife.RecordReview: the full review of the live plan.
        await AssertOnceAsync(head, $"/plan/terms/{live}/review", $"/plan/terms/{live}/review",
            await PlanLifeSteps.ReviewFieldsAsync(head, live, ReviewKind.Full),
            db => db.PlanTerms.Where(t => t.Id == live).Select(t => t.Reviews.Count).SingleAsync());

        // PlanLife.StartNext: after the full review, one next plan.
        var end = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.Id == live).Select(t => t.EndYear).SingleAsync());
        await AssertOnceAsync(head, $"/plan/terms/{live}", $"/plan/terms/{live}/next",
            [("Successor.StartYear", S(end)), ("Successor.EndYear", S(end + 3))],
            db => db.PlanTerms.CountAsync(t => t.StartYear == end));

        // PlanLife.AddComment: a CPEG member's comment on the draft.
        var draft = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Draft);
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var text = $"Double comment {Guid.NewGuid():N}";
        await AssertOnceAsync(cpeg, $"/plan/terms/{draft}", $"/plan/terms/{draft}/comments", [("Comment.Text", text)],
            db => db.PlanTerms.Where(t => t.Id == draft).Select(t => t.Comments.Count(c => c.Text == text)).SingleAsync());
    }

    private async Task AssertOnceAsync(SiteClient client, string pagePath, string action, IEnumerable<(string Name, string Value)> typed, Func<AppDbContext, Task<int>> count)
    {
        var page = await client.PageAsync(pagePath);
        Assert.True(page.Status == HttpStatusCode.OK, $"{pagePath}: {page.Status}");
        var form = page.Document.QuerySelectorAll("form").FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"{pagePath} has no form that posts to {action}");
        var fields = typed.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        foreach (var hidden in new[] { "__RequestVerificationToken", FormTokenTagHelper.FieldName })
        {
            if ((form.QuerySelector($"input[name='{hidden}']") as IHtmlInputElement)?.Value is { } value)
            {
                fields.Add(new(hidden, value));
            }
        }

        var before = await app.WithScopeAsync(s => count(s.GetRequiredService<AppDbContext>()));
        var together = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Post(client, action, fields)));
        var again = await Post(client, action, fields);

        Assert.Equal(before + 1, await app.WithScopeAsync(s => count(s.GetRequiredService<AppDbContext>())));
        Assert.All(together.Append(again), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var answer = await client.PageAsync(again.Headers.Location!.OriginalString);
        Assert.Contains(OnceOnlyAttribute.AlreadySaved, answer.Text, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Post(SiteClient client, string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));

    private static string S(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
