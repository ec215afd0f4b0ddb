using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;

namespace HccPerformance.UnitTests.Documents;

/// <summary>Issue 20: CPEG's report to CMT as a Word document, read back with the Open XML SDK.</summary>
public sealed class CpegReportWordTests
{
    private static readonly CpegReport Report = new(new DateOnly(2009, 4, 1), new DateOnly(2009, 8, 31), new DateOnly(2009, 10, 2),
        new ReportSummary(2, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1),
        [
            new ReportConcern(1, "Recycling below target", "Environment", "Indicator", "Interventions under way", new DateOnly(2009, 4, 15),
                "Yes: it matters to residents",
                [new ReportIntervention("Council visits", "Service Manager", 3, Rag.Amber, new DateOnly(2009, 7, 1), new DateOnly(2009, 10, 1), 1)],
                [new ReportEscalation("CMT", new DateOnly(2009, 8, 1), "No improvement after two report-backs")], null, null, null),
            new ReportConcern(2, "Delayed transfers of care", "Adult Services", "Corporate risk", "Waiting for CPEG", new DateOnly(2009, 9, 1),
                "Not decided yet", [], [], null, null, null),
        ]);

    [Fact]
    public void Its_headings_tables_and_words_are_the_PDFs_and_the_file_is_valid()
    {
        var file = new WordFile(CpegReportWord.Render(Report, "Testshire County Council", CpegReportIssuing.Name(3)));

        Assert.Empty(file.ValidationErrors);
        Assert.Equal(
            [
                (1, "CPEG's report to CMT no. 3, 1 Apr 2009 to 31 Aug 2009"), (2, "Summary"), (2, "Areas of concern"),
                (3, "Recycling below target"), (3, "Delayed transfers of care"),
            ],
            file.Headings);
        Assert.Equal(2, file.Tables.Count);
        Assert.All(file.Tables, table => Assert.True(WordFile.HasHeaderRow(table)));
        Assert.Equal(["Areas of concern in the report", "2"], file.TableRows[0][1]);
        Assert.Equal(["Council visits", "Service Manager", "Within 3 months", "Amber (1 Jul 2009)", "1 Oct 2009 (1 overdue)"], file.TableRows[1][1]);
        Assert.Contains("Escalated to CMT on 1 Aug 2009: No improvement after two report-backs", file.Text, StringComparison.Ordinal);
        Assert.Contains("Matters locally? Not decided yet", file.Text, StringComparison.Ordinal);
        Assert.Contains("Testshire County Council", file.Header, StringComparison.Ordinal);
        Assert.Equal("en-GB", file.StyleLanguage);
        Assert.DoesNotContain("DEMO", file.Header + file.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demo_report_says_DEMO_in_header_and_footer_and_an_empty_one_says_there_was_nothing()
    {
        var demo = new WordFile(CpegReportWord.Render(Report with { Demo = true }, "Testshire County Council"));
        var empty = new WordFile(CpegReportWord.Render(Report with { Concerns = [] }, "Testshire County Council"));

        Assert.StartsWith("DEMO", demo.Header, StringComparison.Ordinal);
        Assert.StartsWith("DEMO", demo.Footer, StringComparison.Ordinal);
        Assert.StartsWith("DEMO: ", demo.Title, StringComparison.Ordinal);
        Assert.Contains("No areas of concern were open in the period.", empty.Text, StringComparison.Ordinal);
        Assert.Empty(empty.ValidationErrors);
    }
}
