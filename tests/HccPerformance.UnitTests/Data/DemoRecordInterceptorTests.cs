using HccPerformance.Core.Data;
using HccPerformance.Core.Data.Interceptors;
using HccPerformance.Core.Indicators;
using HccPerformance.Core.Risks;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.UnitTests.Data;

public sealed class DemoRecordInterceptorTests
{
    private static SqliteAppDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static EmergingRisk NewRisk() => new(1, "Demo issue", null, new DateOnly(2009, 6, 1), "Chief Officer");

    [Fact]
    public void A_record_added_while_the_demo_is_seeded_is_marked_as_demo()
    {
        using var context = Context();
        var risk = NewRisk();
        context.EmergingRisks.Add(risk);

        using (DemoSeeding.Begin())
        {
            DemoRecordInterceptor.Mark(context);
        }

        Assert.True(risk.IsDemo);
    }

    [Fact]
    public void A_record_added_through_the_site_is_never_demo()
    {
        using var context = Context();
        var risk = NewRisk();
        context.EmergingRisks.Add(risk);

        DemoRecordInterceptor.Mark(context);

        Assert.False(risk.IsDemo);
        Assert.False(DemoSeeding.IsOpen);
    }

    [Fact]
    public void The_seeding_span_closes_when_the_seed_ends()
    {
        using (DemoSeeding.Begin())
        {
            Assert.True(DemoSeeding.IsOpen);
        }

        Assert.False(DemoSeeding.IsOpen);
    }

    [Fact]
    public void A_reference_indicator_keeps_its_title_unmarked_but_the_responsibility_the_demo_gives_it_is_marked()
    {
        using var context = Context();
        var indicator = new Indicator("NI 1", "A national title", Polarity.HigherIsBetter, Frequency.Quarterly, IndicatorSource.DataHub, isNational: true);
        // As the reference seed left it: saved before the demo (a new key would make Attach treat it as added).
        context.Entry(indicator).Property(i => i.Id).CurrentValue = 7;
        context.Entry(indicator).State = EntityState.Unchanged;
        indicator.AssignResponsibility(3, null);

        using (DemoSeeding.Begin())
        {
            DemoRecordInterceptor.Mark(context);
        }

        Assert.False(indicator.IsDemo);
        Assert.True(indicator.ResponsibilityIsDemo);
    }

    [Fact]
    public void A_reference_record_left_unchanged_by_the_demo_keeps_no_mark()
    {
        using var context = Context();
        var indicator = new Indicator("NI 2", "Another national title", Polarity.HigherIsBetter, Frequency.Quarterly, IndicatorSource.DataHub, isNational: true);
        // As the reference seed left it: saved before the demo (a new key would make Attach treat it as added).
        context.Entry(indicator).Property(i => i.Id).CurrentValue = 7;
        context.Entry(indicator).State = EntityState.Unchanged;

        using (DemoSeeding.Begin())
        {
            DemoRecordInterceptor.Mark(context);
        }

        Assert.False(indicator.ResponsibilityIsDemo);
    }
}
