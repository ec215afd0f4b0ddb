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
/// Issue 16's "done when", on the demo as seeded: no plan is live for the current quarter and the pages say so and point to
/// the draft; the Head of Improvement, CMT and Cabinet take that draft to live, each step refused in words when out of order;
/// the dashboard for the current quarter then shows it, and the 2008-2011 plan is closed and kept for its own quarters.
/// </summary>
public sealed class PlanLifeJourneyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public async Task The_demos_draft_plan_goes_live_through_CMT_Cabinet_and_the_Head_of_Improvement_and_the_dashboard_shows_it()
    {
        var draft = await PlanLifeSteps.TermIdAsync(app, PlanStatus.Draft);
        var page = $"/plan/terms/{draft}";
        var years = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.Id == draft).Select(t => new { t.StartYear, t.EndYear }).SingleAsync());
        var title = $"Corporate Improvement Plan {years.StartYear}-{years.EndYear}";
        var day = DateOnly.FromDateTime(DateTime.UtcNow);
        var today = day.ToString("yyyy-MM-dd", Invariant);
        var quarter = $"Quarter {ReportingPeriod.QuarterOf(day)} {ReportingPeriod.FinancialYearName(ReportingPeriod.FinancialYearOf(day))}";
        // The dashboard opens on the latest quarter that has ended, with the registers (and the plan) as they are today.
        var ended = day.AddMonths(-3);
        var dashboardQuarter = $"Quarter {ReportingPeriod.QuarterOf(ended)} {ReportingPeriod.FinancialYearName(ReportingPeriod.FinancialYearOf(ended))}";
        Assert.Equal(ReportingPeriod.FinancialYearOf(day), years.StartYear);

        // Before: the dashboard's plan box and the plan page say plainly that none is live, and point to the draft.
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);
        var glance = await cabinet.PageAsync("/dashboard");
        var box = glance.Document.QuerySelector("[data-box='plan']")!;
        Assert.Contains($"No improvement plan is live for {dashboardQuarter}. Being prepared: the {title["Corporate Improvement Plan ".Length..]} plan (draft).", box.TextContent, StringComparison.Ordinal);
        Assert.Null(box.QuerySelector("[data-figure]"));
        Assert.Contains(box.QuerySelectorAll("a"), a => a.GetAttribute("href") == page);
        var detail = await cabinet.PageAsync("/dashboard/box/plan");
        Assert.Contains($"See where the {title} stands", detail.Document.QuerySelector($"a[href='{page}']")!.TextContent, StringComparison.Ordinal);
        var plan = await cabinet.PageAsync("/plan");
        Assert.Equal("Corporate Improvement Plan", plan.H1);
        Assert.Contains($"No improvement plan is live for {quarter}. The {title} is being prepared", plan.Document.QuerySelector("#none-live")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(plan.Document.QuerySelector($"#being-prepared a[href='{page}']"));

        using var head = app.CreateSiteClient();
        await head.SignInAsync(TestUsers.HeadOfImprovement);

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

        var early = await Page.ReadAsync(await cabinet.PostFormToAsync(page, $"{page}/cabinet",
            ("Endorse.MetOn", today), ("Endorse.Resolution", "Endorsed (test)"), ("Endorse.Version", await VersionAsync(draft))));
        Assert.Equal("Cabinet endorses the plan after CMT has agreed it: record CMT's agreement first.", early.ErrorFor("Endorse.MetOn"));
        Assert.Equal(PlanStatus.Draft, await StatusAsync(draft));

        using var cmt = app.CreateSiteClient();
        await cmt.SignInAsync(TestUsers.ChiefExecutive);
        Assert.Contains("waiting for CMT's agreement", (await cmt.PageAsync("/cpeg")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await cmt.PostFormToAsync(page, $"{page}/cmt",
            ("Agree.MetOn", today), ("Agree.Decision", "Agreed for Cabinet (test)"), ("Agree.Version", await VersionAsync(draft)))).StatusCode);

        var future = await Page.ReadAsync(await cabinet.PostFormToAsync(page, $"{page}/cabinet",
            ("Endorse.MetOn", day.AddDays(7).ToString("yyyy-MM-dd", Invariant)), ("Endorse.Resolution", "Endorsed (test)"), ("Endorse.Version", await VersionAsync(draft))));
        Assert.Equal("The Cabinet meeting cannot be in the future: record its endorsement after it meets", future.ErrorFor("Endorse.MetOn"));
        Assert.Equal("Endorsed (test)", future.Document.QuerySelector("[name='Endorse.Resolution']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await cabinet.PostFormToAsync(page, $"{page}/cabinet",
            ("Endorse.MetOn", today), ("Endorse.Resolution", "Endorsed (test)"), ("Endorse.FurtherAreas", "Digital inclusion (test)"), ("Endorse.Version", await VersionAsync(draft)))).StatusCode);

        var unticked = await Page.ReadAsync(await head.PostFormToAsync(page, $"{page}/finalise", ("Finalise.MetOn", today), ("Finalise.Version", await VersionAsync(draft))));
        Assert.Equal("Confirm the Leader agreed the final plan", unticked.ErrorFor("Finalise.LeaderAgreed"));
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormToAsync(page, $"{page}/finalise", ("Finalise.MetOn", today),
            ("Finalise.LeaderAgreed", "true"), ("Finalise.ChiefExecutiveAgreed", "true"), ("Finalise.Version", await VersionAsync(draft)))).StatusCode);

        var outside = await Page.ReadAsync(await head.PostFormToAsync(page, $"{page}/live", ("GoLive.MetOn", $"{years.StartYear}-03-31"), ("GoLive.Version", await VersionAsync(draft))));
        Assert.StartsWith("The plan goes live within its own years", outside.ErrorFor("GoLive.MetOn"), StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Finalised, await StatusAsync(draft));

        // Set live today: the plan it follows closes, and the dashboard (which this reader saw a moment ago) shows the new one.
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormToAsync(page, $"{page}/live", ("GoLive.MetOn", today), ("GoLive.Version", await VersionAsync(draft)))).StatusCode);
        Assert.Equal(PlanStatus.Live, await StatusAsync(draft));
        Assert.Equal(PlanStatus.Closed, await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.StartYear == 2008).Select(t => t.Status).SingleAsync()));
        var timeline = (await head.PageAsync(page)).Document.QuerySelector("#plan-timeline")!.TextContent;
        Assert.Contains("Further areas Cabinet asked for: Digital inclusion (test)", timeline, StringComparison.Ordinal);
        Assert.Contains("Finalised with the Leader and the Chief Executive", timeline, StringComparison.Ordinal);

        var after = (await cabinet.PageAsync("/dashboard")).Document.QuerySelector("[data-box='plan']")!;
        Assert.DoesNotContain("No improvement plan is live", after.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector("[data-figure='Red']"));
        Assert.Contains($"each theme of {title}", (await cabinet.PageAsync("/dashboard/box/plan")).Text, StringComparison.Ordinal);
        var current = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods
            .Where(p => p.FinancialYear == years.StartYear && p.Quarter == ReportingPeriod.QuarterOf(day)).Select(p => p.Id).SingleAsync());
        Assert.Contains($"each theme of {title}", (await cabinet.PageAsync($"/dashboard/box/plan?period={current}")).Text, StringComparison.Ordinal);
        Assert.Equal(title, (await cabinet.PageAsync("/plan")).H1);
        var then = await app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().ReportingPeriods
            .Where(p => p.FinancialYear == 2010 && p.Quarter == 4).Select(p => p.Id).SingleAsync());
        Assert.Contains("each theme of Corporate Improvement Plan 2008-2011", (await cabinet.PageAsync($"/dashboard/box/plan?period={then}")).Text, StringComparison.Ordinal);
    }

    private Task<string> VersionAsync(int term) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.Id == term).Select(t => t.Version).SingleAsync()).ToString());

    private Task<PlanStatus> StatusAsync(int term) =>
        app.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().PlanTerms.Where(t => t.Id == term).Select(t => t.Status).SingleAsync());
}
