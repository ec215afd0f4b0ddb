using HccPerformance.Core.Common;
using HccPerformance.Core.Site;

namespace HccPerformance.UnitTests.Site;

public sealed class DemoFlagRuleTests
{
    [Fact]
    public void Clearing_the_demo_mark_is_refused_while_demo_records_remain_naming_how_many()
    {
        var settings = new SiteSettings();
        settings.MarkAsDemo();

        var refused = Assert.Throws<DomainException>(() => settings.ClearDemoMark(1234, "indicator result (1,200), self assessment (34)"));

        Assert.Equal(nameof(DemoDataInput.DemoData), refused.Field);
        Assert.Contains("still holds 1,234 demo records (indicator result (1,200), self assessment (34))", refused.Message, StringComparison.Ordinal);
        Assert.True(settings.DemoData);
    }

    [Fact]
    public void With_no_demo_record_left_the_mark_is_cleared()
    {
        var settings = new SiteSettings();
        settings.MarkAsDemo();

        settings.ClearDemoMark(0, "");

        Assert.False(settings.DemoData);
    }

    [Fact]
    public void One_record_is_said_in_the_singular()
    {
        Assert.Equal("1 demo record", DemoWords.Records(1));
        Assert.Equal("2 demo records", DemoWords.Records(2));
    }

    [Fact]
    public void Export_rows_get_the_demo_column_first_on_every_row_only_when_demo()
    {
        List<Dictionary<string, object?>> rows = [new() { ["Code"] = "NI 1", ["Result"] = 84.7m }, new() { ["Code"] = "NI 2", ["Result"] = null }];

        var marked = DemoWords.MarkRows(rows, demo: true);
        var csv = TableExport.Csv(marked).Split("\r\n");

        Assert.Equal("\"Demo data\",\"Code\",\"Result\"", csv[0]);
        Assert.Equal("\"DEMO: not real figures\",\"NI 1\",\"84.7\"", csv[1]);
        Assert.Equal("\"DEMO: not real figures\",\"NI 2\",\"\"", csv[2]);
        Assert.Equal(["Code", "Result"], DemoWords.MarkRows(rows, demo: false)[0].Keys);
    }
}
