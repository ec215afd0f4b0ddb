using HccPerformance.Core.Dashboard;
using HccPerformance.Core.Data;
using HccPerformance.Core.Data.Interceptors;
using HccPerformance.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Sdk;

namespace HccPerformance.IntegrationTests.Demo;

/// <summary>
/// The checks of <see cref="DemoRecordMarkTests"/> are not vacuous: on a database whose demo records have lost their mark
/// (as every record was before issue 17), they find the invented figures and risks shown unmarked.
/// </summary>
public sealed class UnmarkedDemoIsCaughtTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task With_the_demo_marks_taken_off_the_records_the_scorecard_dashboard_and_register_checks_fail()
    {
        var titles = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<AppDbContext>();
            var open = await db.Risks.Where(r => r.ClosedOn == null).Select(r => r.Title).ToListAsync();
            await db.Risks.ExecuteUpdateAsync(u => u.SetProperty(r => r.IsDemo, false));
            await db.IndicatorResults.ExecuteUpdateAsync(u => u.SetProperty(r => r.IsDemo, false));
            await db.Set<Core.Indicators.IndicatorTarget>().ExecuteUpdateAsync(u => u.SetProperty(t => t.IsDemo, false));
            await db.Indicators.ExecuteUpdateAsync(u => u.SetProperty(i => i.ResponsibilityIsDemo, false));
            // A bulk update goes round the site's change tracking, as another instance's change would: the dashboard (built
            // and kept when the demo report was issued at seeding) is told, as it would be from the audit trail.
            s.GetRequiredService<ChangeSignal>().BumpBoxes(DashboardBoxes.All);
            return open;
        });
        var checks = new DemoRecordMarkTests(app);
        using var cabinet = app.CreateSiteClient();
        await cabinet.SignInAsync(TestUsers.Cabinet);

        var register = await Assert.ThrowsAsync<TrueException>(async () => DemoRecordMarkTests.AssertMarkedWherever(await cabinet.PageAsync("/risks"), titles, everyOne: true));
        Assert.Contains("without the demo mark", register.Message, StringComparison.Ordinal);
        var scorecard = await Assert.ThrowsAsync<TrueException>(checks.Every_scorecard_marks_each_demo_result_against_a_real_title_and_the_department_the_demo_made_answer_for_it);
        Assert.Contains("is not marked as demo", scorecard.Message, StringComparison.Ordinal);
        // The scorecard tiles no longer say they show demo data.
        var dashboard = await Assert.ThrowsAnyAsync<XunitException>(checks.Every_dashboard_tile_that_shows_demo_figures_says_so_including_aalborg_and_benchmarking);
        Assert.Contains("scorecard", dashboard.Message, StringComparison.Ordinal);
    }
}
