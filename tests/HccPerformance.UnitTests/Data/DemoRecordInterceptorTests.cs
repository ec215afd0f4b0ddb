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

    [Fact]
    public void A_demo_record_a_person_changes_through_the_site_becomes_theirs()
    {
        using var context = Context();
        var risk = Saved(context, DemoRisk());
        risk.Update("Our own words for the issue", null, EmergingRiskStatus.Open, null);

        DemoRecordInterceptor.Mark(context);

        Assert.False(risk.IsDemo);
    }

    [Fact]
    public void A_demo_record_the_demo_seed_itself_changes_keeps_its_mark()
    {
        using var context = Context();
        var risk = Saved(context, DemoRisk());
        risk.Update("The demo's second thoughts", null, EmergingRiskStatus.Open, null);

        using (DemoSeeding.Begin())
        {
            DemoRecordInterceptor.Mark(context);
        }

        Assert.True(risk.IsDemo);
    }

    [Fact]
    public void A_demo_record_saved_unchanged_keeps_its_mark()
    {
        using var context = Context();
        var risk = Saved(context, DemoRisk());

        DemoRecordInterceptor.Mark(context);

        Assert.True(risk.IsDemo);
        Assert.Equal(EntityState.Unchanged, context.Entry(risk).State);
    }

    [Fact]
    public void The_demo_responsibility_of_a_reference_indicator_becomes_the_persons_who_reassigns_it()
    {
        using var context = Context();
        var indicator = new Indicator("NI 3", "A third national title", Polarity.HigherIsBetter, Frequency.Quarterly, IndicatorSource.DataHub, isNational: true);
        ((Core.Common.IDemoDetails)indicator).MarkDetailsAsDemo();
        Saved(context, indicator);
        indicator.AssignResponsibility(4, null);

        DemoRecordInterceptor.Mark(context);

        Assert.False(indicator.ResponsibilityIsDemo);
    }

    [Fact]
    public void A_reference_indicators_demo_responsibility_stays_marked_when_only_its_reference_text_changes()
    {
        using var context = Context();
        var indicator = new Indicator("NI 4", "A fourth national title", Polarity.HigherIsBetter, Frequency.Quarterly, IndicatorSource.DataHub, isNational: true);
        ((Core.Common.IDemoDetails)indicator).MarkDetailsAsDemo();
        Saved(context, indicator);
        indicator.Cite("Source: public list of national indicators", null);

        DemoRecordInterceptor.Mark(context);

        Assert.True(indicator.ResponsibilityIsDemo);
    }

    [Fact]
    public void A_demo_indicator_keeps_its_invented_title_marked_when_a_person_only_reassigns_it()
    {
        using var context = Context();
        var indicator = new Indicator("L 9", "An invented local indicator", Polarity.HigherIsBetter, Frequency.Quarterly, null, isNational: false);
        indicator.MarkAsDemo();
        ((Core.Common.IDemoDetails)indicator).MarkDetailsAsDemo();
        Saved(context, indicator);
        indicator.AssignResponsibility(4, null);

        DemoRecordInterceptor.Mark(context);

        Assert.True(indicator.IsDemo);
        Assert.False(indicator.ResponsibilityIsDemo);
    }

    private static EmergingRisk DemoRisk()
    {
        var risk = NewRisk();
        risk.MarkAsDemo();
        return risk;
    }

    /// <summary>As if read from the database: tracked unchanged, with a key.</summary>
    private static T Saved<T>(SqliteAppDbContext context, T entity) where T : class
    {
        context.Entry(entity).Property("Id").CurrentValue = 7;
        context.Entry(entity).State = EntityState.Unchanged;
        return entity;
    }
}
