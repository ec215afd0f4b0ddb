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
/// Issue 16's "done when": from the full review, the Head of Improvement, CMT and Cabinet take the next plan from draft to live,
/// each step refused in words when out of order, and the dashboard then shows it for a quarter inside its years.
/// </summary>
public sealed class PlanLifeJourneyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public async Task The_next_plan_goes_from_draft_to_live_through_CMT_Cabinet_and_the_Head_of_Improvement()
    {
        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);
        var draft = await PlanLifeSteps.DraftNextPlanAsync(app, head);
        var page = $"/plan/terms/{draft}";
        var years = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.Id == draft).Select(t => new { t.StartYear, t.EndYear }).SingleAsync());
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", Invariant);

        // Two people changing one draft area at once: the second sees the conflict, with the form kept.
        var year = await PlanLifeSteps.FirstYearOfAsync(app, draft);
        var area = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PriorityAreas.Where(a => a.CorporateImprovementPlanId == year && a.ShortName == "Waste").Select(a => a.Id).SingleAsync());
        using var other = app.CreateSiteClient();
        await other.SignInAsync(TestUsers.HeadOfImprovement);
        var form = await head.PageAsync($"/plan/areas/{area}");
        var version = form.ValueOf("Reword.Version")!;
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormToAsync($"/plan/areas/{area}", $"/plan/areas/{area}/reword",
            ("Reword.ShortName", "Waste and recycling"), ("Reword.Description", "Less waste, more recycling"), ("Reword.Reason", "Clearer"), ("Reword.Version", version))).StatusCode);
        var conflict = await Page.ReadAsync(await head.PostFormToAsync($"/plan/areas/{area}", $"/plan/areas/{area}/reword",
            ("Reword.ShortName", "Waste reduction"), ("Reword.Description", "Less waste"), ("Reword.Reason", "Shorter"), ("Reword.Version", version)));
        Assert.Contains("Someone else changed this area", conflict.Text, StringComparison.Ordinal);
        Assert.Equal("Waste reduction", conflict.ValueOf("Reword.ShortName"));

        using var cpeg = app.CreateSiteClient();
        await cpeg.SignInAsync(TestUsers.CpegMember);
        Assert.Equal(HttpStatusCode.Redirect, (await cpeg.PostFormToAsync(page, $"{page}/comments", ("Comment.Text", "Name the indicator for each area (test)"))).StatusCode);

        using var leader = app.CreateSiteClient();
        await leader.SignInAsync(TestUsers.Leader);
        var early = await Page.ReadAsync(await leader.PostFormToAsync(page, $"{page}/cabinet",
            ("Endorse.MetOn", today), ("Endorse.Resolution", "Endorsed (test)"), ("Endorse.Version", await VersionAsync(draft))));
        Assert.Equal("Cabinet endorses the plan after CMT has agreed it: record CMT's agreement first.", early.ErrorFor("Endorse.MetOn"));
        Assert.Equal(PlanStatus.Draft, await StatusAsync(draft));

        using var cmt = app.CreateSiteClient();
        await cmt.SignInAsync(TestUsers.ChiefExecutive);
        Assert.Contains("waiting for CMT's agreement", (await cmt.PageAsync("/cpeg")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await cmt.PostFormToAsync(page, $"{page}/cmt",
            ("Agree.MetOn", today), ("Agree.Decision", "Agreed for Cabinet (test)"), ("Agree.Version", await VersionAsync(draft)))).StatusCode);

        var future = await Page.ReadAsync(await leader.PostFormToAsync(page, $"{page}/cabinet",
            ("Endorse.MetOn", DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", Invariant)), ("Endorse.Resolution", "Endorsed (test)"), ("Endorse.Version", await VersionAsync(draft))));
        Assert.Equal("The Cabinet meeting cannot be in the future: record its endorsement after it meets", future.ErrorFor("Endorse.MetOn"));
        Assert.Equal("Endorsed (test)", future.Document.QuerySelector("[name='Endorse.Resolution']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormToAsync(page, $"{page}/cabinet",
            ("Endorse.MetOn", today), ("Endorse.Resolution", "Endorsed (test)"), ("Endorse.FurtherAreas", "Digital inclusion (test)"), ("Endorse.Version", await VersionAsync(draft)))).StatusCode);

        var unticked = await Page.ReadAsync(await head.PostFormToAsync(page, $"{page}/finalise", ("Finalise.MetOn", today), ("Finalise.Version", await VersionAsync(draft))));
        Assert.Equal("Confirm the Leader agreed the final plan", unticked.ErrorFor("Finalise.LeaderAgreed"));
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormToAsync(page, $"{page}/finalise", ("Finalise.MetOn", today),
            ("Finalise.LeaderAgreed", "true"), ("Finalise.ChiefExecutiveAgreed", "true"), ("Finalise.Version", await VersionAsync(draft)))).StatusCode);

        var outside = await Page.ReadAsync(await head.PostFormToAsync(page, $"{page}/live", ("GoLive.MetOn", today), ("GoLive.Version", await VersionAsync(draft))));
        Assert.StartsWith("The plan goes live within its own years", outside.ErrorFor("GoLive.MetOn"), StringComparison.Ordinal);

        // The new plan's first day comes: it is set live, and the plan it follows closes.
        app.Clock.SetUtcNow(new DateTimeOffset(years.StartYear, 4, 2, 9, 0, 0, TimeSpan.Zero));
        using var later = app.CreateSiteClient();
        await later.SignInAsync(TestUsers.HeadOfImprovement);
        Assert.Equal(HttpStatusCode.Redirect, (await later.PostFormToAsync(page, $"{page}/live",
            ("GoLive.MetOn", $"{years.StartYear}-04-01"), ("GoLive.Version", await VersionAsync(draft)))).StatusCode);
        Assert.Equal(PlanStatus.Live, await StatusAsync(draft));
        var timeline = (await later.PageAsync(page)).Document.QuerySelector("#plan-timeline")!.TextContent;
        Assert.Contains("Further areas Cabinet asked for: Digital inclusion (test)", timeline, StringComparison.Ordinal);
        Assert.Contains("Finalised with the Leader and the Chief Executive", timeline, StringComparison.Ordinal);

        var period = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods
            .Where(p => p.FinancialYear == years.StartYear - 3 && p.Quarter == 4).Select(p => p.Id).SingleAsync());
        var newPeriod = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            if (!await db.ReportingPeriods.AnyAsync(p => p.FinancialYear == years.StartYear))
            {
                db.ReportingPeriods.AddRange(ReportingPeriod.ForFinancialYear(years.StartYear));
                await db.SaveChangesAsync();
            }

            return await db.ReportingPeriods.Where(p => p.FinancialYear == years.StartYear && p.Quarter == 1).Select(p => p.Id).SingleAsync();
        });
        var inside = await later.PageAsync($"/dashboard/box/plan?period={newPeriod}");
        var before = await later.PageAsync($"/dashboard/box/plan?period={period}");
        Assert.Contains($"each theme of Corporate Improvement Plan {years.StartYear}-{years.EndYear}", inside.Text, StringComparison.Ordinal);
        Assert.Contains($"each theme of Corporate Improvement Plan {years.StartYear - 3}-{years.StartYear}", before.Text, StringComparison.Ordinal);
        Assert.Equal($"Corporate Improvement Plan {years.StartYear}-{years.EndYear}", (await later.PageAsync("/plan")).H1);
    }

    private Task<string> VersionAsync(int term) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.Id == term).Select(t => t.Version).SingleAsync()).ToString());

    private Task<PlanStatus> StatusAsync(int term) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.Id == term).Select(t => t.Status).SingleAsync());
}
