using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using UglyToad.PdfPig;

namespace HccPerformance.UnitTests.Cpeg;

/// <summary>CPEG's report to CMT as a PDF and a CSV: what CMT reads in its papers.</summary>
public sealed class CpegReportPdfTests
{
    private static CpegReport Report() => new(new DateOnly(2009, 4, 1), new DateOnly(2009, 9, 30), new DateOnly(2009, 10, 2),
        new ReportSummary(2, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1),
        [
            new ReportConcern(1, "NI 192 recycling below target", "Environment", "Indicator", "Interventions under way", new DateOnly(2009, 4, 15), "Yes: an LAA stretch target",
                [new ReportIntervention("Category four", "Service Manager, Environment", 1, Rag.Amber, new DateOnly(2009, 5, 14), new DateOnly(2009, 6, 15), 1)],
                [new ReportEscalation("Cabinet", new DateOnly(2009, 7, 1), "No improvement after two report-backs")], null, null, null),
            new ReportConcern(2, "=HYPERLINK(\"x\")", "Council-wide", "Raised by hand", "Closed", new DateOnly(2009, 4, 2), "Yes: it matters", [], [],
                "Improved", "Back on target", new DateOnly(2009, 8, 1)),
        ]);

    [Fact]
    public void The_PDF_has_the_period_the_counts_each_concern_its_interventions_escalations_and_outcome()
    {
        using var document = PdfDocument.Open(CpegReportService.Pdf(Report(), "Demo County Council"));
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        // The dates as the site writes them everywhere (en-GB: "30 Sept 2009" on current ICU).
        Assert.Contains($"CPEG's report to CMT, 1 Apr 2009 to {CpegReportService.Date(new DateOnly(2009, 9, 30))}", text, StringComparison.Ordinal);
        Assert.Contains("Closed with an outcome in the period", text, StringComparison.Ordinal);
        Assert.Contains("NI 192 recycling below target", text, StringComparison.Ordinal);
        // Table cells wrap within their column, so their words are read one by one.
        Assert.Contains("Matters locally? Yes: an LAA stretch target Intervention Responsible", text, StringComparison.Ordinal);
        Assert.Contains("Category four Service Manager, Within one Amber (14 15 Jun 2009 Environment month May 2009)", text, StringComparison.Ordinal);
        Assert.Contains("(1 overdue)", text, StringComparison.Ordinal);
        Assert.Contains("Escalated to Cabinet on 1 Jul 2009: No improvement after two report-backs", text, StringComparison.Ordinal);
        Assert.Contains("Outcome (Improved): Back on target", text, StringComparison.Ordinal);
        // The council's name comes from its settings, never from the code.
        Assert.Contains("Demo County Council", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hampshire", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_PDF_is_the_same_bytes_for_the_same_report()
    {
        Assert.Equal(CpegReportService.Pdf(Report(), "Demo County Council"), CpegReportService.Pdf(Report(), "Demo County Council"));
    }

    [Fact]
    public void The_CSV_has_a_row_per_intervention_or_concern_and_no_cell_starts_like_a_formula()
    {
        var csv = TableExport.Csv(CpegReportService.CsvRows(Report()));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"Concern\",\"Department\",\"From\",\"Status\",\"Raised\",\"Matters locally\",\"Intervention\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"Category four\",\"Service Manager, Environment\",\"1\",\"Amber (14 May 2009)\",\"2009-06-15\",\"1\"", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\")\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"Improved: Back on target\",\"2009-08-01\"", lines[2], StringComparison.Ordinal);
    }
}
