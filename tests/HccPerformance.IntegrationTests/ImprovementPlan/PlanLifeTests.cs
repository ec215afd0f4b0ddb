using System.Globalization;
using System.Net;
using HccPerformance.Core.Data;
using HccPerformance.Core.ImprovementPlan;
using HccPerformance.Core.Organisation;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.IntegrationTests.ImprovementPlan;

/// <summary>
/// Issue 16 over HTTP: who records each step of a plan's life, what is refused and why, and the plan live for a quarter; on the
/// demo after a newcomer has taken its next plan live (<see cref="LivePlanAppFactory"/>).
/// </summary>
public sealed class PlanLifeTests(LivePlanAppFactory app) : IClassFixture<LivePlanAppFactory>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static int Fy => ReportingPeriod.FinancialYearOf(DateOnly.FromDateTime(DateTime.UtcNow));

    [Theory]
    [InlineData(TestUsers.Cabinet)]
    [InlineData(TestUsers.SelectCommittee)]
    [InlineData(TestUsers.ServiceManager)]
    [InlineData(TestUsers.ChiefOfficer)]
    [InlineData(TestUsers.PerformanceMember)]
    [InlineData(TestUsers.PerformanceTeam)]
    public async Task Everyone_signed_in_reads_every_plan_with_its_status_and_history(string user)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var first = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.StartYear == 2008).Select(t => t.Id).SingleAsync());

        var list = await client.PageAsync("/plan/all");
        var history = await client.PageAsync($"/plan/terms/{first}");

        var rows = list.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Corporate Improvement Plan 2008-2011", StringComparison.Ordinal) && r.Contains("Closed", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains($"Corporate Improvement Plan {Fy}-{Fy + 3}", StringComparison.Ordinal) && r.Contains("live today", StringComparison.Ordinal));
        var timeline = history.Document.QuerySelector("#plan-timeline")!.TextContent;
        Assert.Contains("Reviewed, 10 Mar 2011", timeline, StringComparison.Ordinal);
        var liveFrom = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.StartYear == Fy).Select(t => t.LiveFrom).SingleAsync());
        Assert.Contains($"Closed, {liveFrom!.Value.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", timeline, StringComparison.Ordinal);
        Assert.Null(history.Document.QuerySelector("form[action$='/review']"));
    }

    [Fact]
    public async Task The_dashboard_shows_the_plan_live_for_the_quarter_shown_and_says_when_none_is()
    {
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var periods = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods.Where(p => p.Quarter == 2)
            .ToDictionaryAsync(p => p.FinancialYear, p => p.Id));

        // The quarter we are in, and the dashboard's own choice (the latest quarter that has ended, read as it is today).
        var now = await cabinet.PageAsync($"/dashboard/box/plan?period={await CurrentPeriodAsync()}");
        var opening = await cabinet.PageAsync("/dashboard/box/plan");
        var then = await cabinet.PageAsync($"/dashboard/box/plan?period={periods[2009]}");
        var gap = await cabinet.PageAsync($"/dashboard/box/plan?period={periods[Fy - 2]}");

        Assert.Contains($"Priority areas by status in each theme of Corporate Improvement Plan {Fy}-{Fy + 3}", now.Text, StringComparison.Ordinal);
        Assert.Contains($"Priority areas by status in each theme of Corporate Improvement Plan {Fy}-{Fy + 3}", opening.Text, StringComparison.Ordinal);
        Assert.Contains("Priority areas by status in each theme of Corporate Improvement Plan 2008-2011", then.Text, StringComparison.Ordinal);
        Assert.Contains($"No improvement plan is live for Quarter 2 {ReportingPeriod.FinancialYearName(Fy - 2)}", gap.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Corporate Improvement Plan 2008-2011", gap.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestUsers.Cabinet, "proposals")]
    [InlineData(TestUsers.ChiefOfficer, "proposals")]
    [InlineData(TestUsers.PerformanceTeam, "proposals")]
    [InlineData(TestUsers.PerformanceTeam, "review")]
    [InlineData(TestUsers.ChiefExecutive, "review")]
    [InlineData(TestUsers.ChiefExecutive, "next")]
    [InlineData(TestUsers.Cabinet, "finalise")]
    [InlineData(TestUsers.Leader, "live")]
    [InlineData(TestUsers.HeadOfImprovement, "cmt")]
    [InlineData(TestUsers.Cabinet, "cmt")]
    [InlineData(TestUsers.HeadOfImprovement, "cabinet")]
    [InlineData(TestUsers.ChiefExecutive, "cabinet")]
    [InlineData(TestUsers.SelectCommittee, "comments")]
    [InlineData(TestUsers.Cabinet, "comments")]
    public async Task Each_step_is_recorded_only_by_the_body_that_takes_it(string user, string step)
    {
        using var client = app.CreateSiteClient();
        await client.SignInAsync(user);
        var live = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Live);
        var before = await ChangesAsync();

        var response = await client.PostFormToAsync($"/plan/terms/{live}", $"/plan/terms/{live}/{step}", ("Proposal.Reason", "Testing"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await ChangesAsync());
    }

    [Fact]
    public async Task A_change_to_the_live_plan_waits_for_CMT_and_is_made_when_CMT_agrees()
    {
        var live = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Live);
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var page = $"/plan/terms/{live}";

        var noReason = await Page.ReadAsync(await head.PostFormToAsync(page, $"{page}/proposals",
            ("Proposal.Kind", "Add"), ("Proposal.ThemeNumber", "2"), ("Proposal.ShortName", "Young carers (test)"), ("Proposal.Description", "Support young carers"), ("Proposal.Reason", "")));
        Assert.Equal("Say why: the reason is kept with the plan", noReason.ErrorFor("Proposal.Reason"));
        Assert.Equal("Young carers (test)", noReason.ValueOf("Proposal.ShortName"));

        var proposed = await head.PostFormToAsync(page, $"{page}/proposals",
            ("Proposal.Kind", "Add"), ("Proposal.ThemeNumber", "2"), ("Proposal.ShortName", "Young carers (test)"), ("Proposal.Description", "Support young carers"), ("Proposal.Reason", "A rising need"));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.DoesNotContain("Young carers (test)", (await head.PageAsync("/plan")).Text, StringComparison.Ordinal);

        using var cmt = app.CreateSiteClient();
        await cmt.SignInAsync("chief.officer.env");
        var home = await cmt.PageAsync("/");
        Assert.Contains("waiting for CMT's decision", home.Document.QuerySelector("#plan-life-waiting")!.TextContent, StringComparison.Ordinal);
        var proposal = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<AreaChangeProposal>()
            .Where(p => p.ShortName == "Young carers (test)").Select(p => new { p.Id, p.Version }).SingleAsync());
        var decide = $"{page}/proposals/{proposal.Id}/decision";

        var rejectWithoutWhy = await Page.ReadAsync(await cmt.PostFormToAsync(page, decide,
            ("Decision.Agreed", "false"), ("Decision.MetOn", Today()), ("Decision.Version", proposal.Version.ToString())));
        Assert.Equal("Say why CMT rejected the change: the reason is kept with the plan", rejectWithoutWhy.Document.QuerySelector($"#note-{proposal.Id}-error")!.TextContent.Trim());

        var agreed = await cmt.PostFormToAsync(page, decide, ("Decision.Agreed", "true"), ("Decision.MetOn", Today()), ("Decision.Version", proposal.Version.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        Assert.Contains("Young carers (test)", (await head.PageAsync("/plan")).Text, StringComparison.Ordinal);
        Assert.Contains("Agreed by CMT", (await head.PageAsync(page)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviews_and_the_next_plan_refuse_what_is_out_of_order_beside_the_field_and_write_nothing()
    {
        var live = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Live);
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var page = $"/plan/terms/{live}";
        var reviewsBefore = await ReviewsAsync(live);

        // The six-month review, recorded early (it is not refused for that), then a second: refused, and nothing is written.
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormToAsync($"{page}/review", $"{page}/review", [.. await PlanLifeSteps.ReviewFieldsAsync(head, live, ReviewKind.SixMonth)])).StatusCode);
        reviewsBefore++;
        var twice = await Page.ReadAsync(await head.PostFormToAsync($"{page}/review", $"{page}/review", [.. await PlanLifeSteps.ReviewFieldsAsync(head, live, ReviewKind.SixMonth)]));
        Assert.StartsWith("The six-month review of this plan was recorded on", twice.ErrorFor("Review.Kind"), StringComparison.Ordinal);

        var fields = await PlanLifeSteps.ReviewFieldsAsync(head, live, ReviewKind.Full);
        var missing = await Page.ReadAsync(await head.PostFormToAsync($"{page}/review", $"{page}/review", [.. fields.Where(f => f.Name != "Review.Areas[0].Outcome")]));
        Assert.Equal("Choose keep, change, retire or completed", missing.Document.QuerySelector("#Review_Areas_0-error")!.TextContent.Trim());

        var tooEarly = await Page.ReadAsync(await head.PostFormToAsync(page, $"{page}/next", ("Successor.StartYear", (Fy + 3).ToString(Invariant)), ("Successor.EndYear", (Fy + 6).ToString(Invariant))));
        Assert.Equal("The next plan is started after this plan's full review: record the full review first.", tooEarly.ErrorFor("Successor.StartYear"));
        Assert.Equal(reviewsBefore, await ReviewsAsync(live));

        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormToAsync($"{page}/review", $"{page}/review", [.. fields])).StatusCode);
        Assert.Equal(reviewsBefore + 1, await ReviewsAsync(live));
        var terms = await TermsAsync();
        var overlap = await Page.ReadAsync(await head.PostFormToAsync(page, $"{page}/next", ("Successor.StartYear", (Fy + 1).ToString(Invariant)), ("Successor.EndYear", (Fy + 4).ToString(Invariant))));
        Assert.StartsWith($"Those years overlap Corporate Improvement Plan {Fy}-{Fy + 3}, which is reviewed", overlap.ErrorFor("Successor.StartYear"), StringComparison.Ordinal);
        Assert.Equal((Fy + 1).ToString(Invariant), overlap.ValueOf("Successor.StartYear"));
        Assert.Equal(terms, await TermsAsync());
    }

    private Task<int> CurrentPeriodAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods
            .Where(p => p.FinancialYear == ReportingPeriod.FinancialYearOf(today) && p.Quarter == ReportingPeriod.QuarterOf(today)).Select(p => p.Id).SingleAsync());
    }

    private static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", Invariant);

    private Task<int> ReviewsAsync(int term) => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Set<PlanReview>().CountAsync(r => r.PlanTermId == term));

    private Task<int> TermsAsync() => app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.CountAsync());

    private Task<int> ChangesAsync() => app.WithScopeAsync(async s =>
    {
        var db = s.GetRequiredService<AppDbContext>();
        return await db.Set<PlanStep>().CountAsync() + await db.Set<PlanComment>().CountAsync() + await db.Set<AreaChangeProposal>().CountAsync()
            + await db.Set<PlanReview>().CountAsync() + await db.PlanTerms.CountAsync();
    });
}
