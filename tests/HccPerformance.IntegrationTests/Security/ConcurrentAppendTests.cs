using System.Net;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.Security;

/// <summary>
/// Issue 14, point 2: appends (progress, targets, milestones, report-backs) add rows; they neither check nor move the
/// parent's version, so entries posted at the same moment are all kept, and none is a 500.
/// </summary>
public sealed class ConcurrentAppendTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    private const string EnvironmentChiefOfficer = "chief.officer.env";

    [Fact]
    public async Task Twenty_progress_updates_posted_at_once_are_all_saved()
    {
        var id = await AreaIdAsync("Waste");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(EnvironmentChiefOfficer);
        var token = (await officer.PageAsync($"/plan/areas/{id}")).AntiforgeryToken();
        var before = await ProgressCountAsync(id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Post(officer, $"/plan/areas/{id}/progress", token,
            ("Progress.Rag", "Amber"), ("Progress.Commentary", $"Concurrent entry {i}"))));

        await AssertAllRedirectAsync(responses);
        Assert.Equal(before + 20, await ProgressCountAsync(id));
    }

    [Fact]
    public async Task Two_people_recording_progress_on_one_area_at_once_are_both_kept()
    {
        var id = await AreaIdAsync("Waste");
        using var officer = app.CreateSiteClient();
        await officer.SignInAsync(EnvironmentChiefOfficer);
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var officerToken = (await officer.PageAsync($"/plan/areas/{id}")).AntiforgeryToken();
        var headToken = (await head.PageAsync($"/plan/areas/{id}")).AntiforgeryToken();
        var before = await ProgressCountAsync(id);

        for (var round = 0; round < 10; round++)
        {
            var responses = await Task.WhenAll(
                Post(officer, $"/plan/areas/{id}/progress", officerToken, ("Progress.Rag", "Green"), ("Progress.Commentary", $"Officer, round {round}")),
                Post(head, $"/plan/areas/{id}/progress", headToken, ("Progress.Rag", "Amber"), ("Progress.Commentary", $"Head of Improvement, round {round}")));

            await AssertAllRedirectAsync(responses);
        }

        Assert.Equal(before + 20, await ProgressCountAsync(id));
    }

    /// <summary>A day inside the demo's live plan, which runs from the financial year it was seeded in.</summary>
    private static string InsideLivePlan
    {
        get
        {
            var today = DateTime.UtcNow;
            return $"{(today.Month >= 4 ? today.Year : today.Year - 1) + 1}-03-31";
        }
    }

    [Fact]
    public async Task Targets_and_milestones_added_at_once_are_all_kept()
    {
        var id = await AreaIdAsync("Growth");
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var token = (await head.PageAsync($"/plan/areas/{id}")).AntiforgeryToken();
        var (targets, milestones) = await AppendCountsAsync(id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(i => new[]
        {
            Post(head, $"/plan/areas/{id}/targets", token, ("Target.Measure", $"Concurrent measure {i}"), ("Target.TargetValue", "10"),
                ("Target.TargetDate", InsideLivePlan), ("Target.HigherIsBetter", "true")),
            Post(head, $"/plan/areas/{id}/milestones", token, ("Milestone.Title", $"Concurrent milestone {i}"), ("Milestone.DueDate", InsideLivePlan)),
        }));

        await AssertAllRedirectAsync(responses);
        Assert.Equal((targets + 10, milestones + 10), await AppendCountsAsync(id));
    }

    [Fact]
    public async Task Twenty_report_backs_posted_at_once_are_all_saved()
    {
        var (concernId, reportBacks) = await ConcernWithInterventionsAsync(20);
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var page = await manager.PageAsync($"/concerns/{concernId}");
        var version = page.ValueOf("Report.Version")!;

        var responses = await Task.WhenAll(reportBacks.Select(r => Post(manager, $"/concerns/{concernId}/report-backs/{r}", page.AntiforgeryToken(),
            ("Report.Progress", $"Progress on report-back {r}"), ("Report.Rag", "Green"), ("Report.Version", version))));

        await AssertAllRedirectAsync(responses);
        var saved = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().AreasOfConcern.Where(c => c.Id == concernId)
            .SelectMany(c => c.Interventions).SelectMany(i => i.ReportBacks).Where(r => r.SubmittedOn != null).Select(r => r.Progress).ToListAsync());
        Assert.Equal(reportBacks.Select(r => $"Progress on report-back {r}").Order(), saved.Order());
    }

    [Fact]
    public async Task A_report_back_is_saved_when_CPEG_changed_the_concern_meanwhile()
    {
        var (concernId, reportBacks) = await ConcernWithInterventionsAsync(1);
        using var manager = app.CreateSiteClient();
        await manager.SignInAsync(TestUsers.ServiceManager);
        var stale = await manager.PageAsync($"/concerns/{concernId}");
        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        var path = $"/concerns/{concernId}";
        var escalated = await cpeg.PostFormToAsync(path, path + "/escalate", ("Escalate.Body", "Cmt"), ("Escalate.Reason", "Escalated while the officer typed"),
            ("Escalate.Version", (await cpeg.PageAsync(path)).ValueOf("Escalate.Version")!));
        Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);

        var response = await Post(manager, $"{path}/report-backs/{reportBacks[0]}", stale.AntiforgeryToken(),
            ("Report.Progress", "Typed on the page read before CPEG escalated"), ("Report.Rag", "Amber"), ("Report.Version", stale.ValueOf("Report.Version")!));

        await AssertAllRedirectAsync([response]);
        Assert.Contains("Typed on the page read before CPEG escalated", (await manager.PageAsync(path)).Text, StringComparison.Ordinal);
    }

    /// <summary>Every post was saved (Post/Redirect/Get); otherwise says what came back instead (a 500, or the form with its message).</summary>
    private static async Task AssertAllRedirectAsync(IEnumerable<HttpResponseMessage> responses)
    {
        var refused = new List<string>();
        foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            var page = await Page.ReadAsync(response);
            refused.Add($"{(int)response.StatusCode}: {page.Document.QuerySelector(".error-summary")?.TextContent.Trim() ?? page.H1}");
        }

        Assert.True(refused.Count == 0, $"{refused.Count} not saved:\n{string.Join("\n", refused.Distinct())}");
    }

    private static Task<HttpResponseMessage> Post(SiteClient client, string action, string antiforgery, params (string Name, string Value)[] fields) =>
        client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", antiforgery))));

    /// <summary>A concern CPEG has decided matters, with this many interventions for the demo Service Manager, each with a report-back due now.</summary>
    private Task<(int ConcernId, List<int> ReportBacks)> ConcernWithInterventionsAsync(int interventions) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        var officer = (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(TestUsers.ServiceManager))!;
        var item = await db.MenuOfInterventions.FirstAsync(m => m.RetiredOn == null && m.ReportBackMonths == null);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var concern = new AreaOfConcern($"Concurrent report-backs {Guid.NewGuid():N}", null, ConcernSource.ByHand, null, "Evidence", today.AddMonths(-2), "test");
        concern.DecideLocalImportance(true, "It matters", today.AddMonths(-2));
        for (var i = 0; i < interventions; i++)
        {
            concern.Assign(item, officer.Id, 1, today.AddMonths(-1).AddDays(-1));
        }

        db.AreasOfConcern.Add(concern);
        await db.SaveChangesAsync();
        return (concern.Id, concern.Interventions.Select(i => i.ReportBacks[0].Id).ToList());
    });

    private Task<int> AreaIdAsync(string name) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas.Where(a => a.ShortName == name && a.Plan!.IsCurrent).Select(a => a.Id).SingleAsync());

    private Task<int> ProgressCountAsync(int id) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<ProgressUpdate>().CountAsync(p => p.PriorityAreaId == id));

    private Task<(int Targets, int Milestones)> AppendCountsAsync(int id) => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        return (await db.Set<PlanTarget>().CountAsync(t => t.PriorityAreaId == id), await db.Set<Milestone>().CountAsync(m => m.PriorityAreaId == id));
    });
}
