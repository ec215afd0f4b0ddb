using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Documents.Reports;
using UglyToad.PdfPig;

namespace HccPerformance.UnitTests.Documents;

/// <summary>Issue 17: a document made from demo data says DEMO at the top and foot of every page and carries no protective marking.</summary>
public sealed class DemoPdfTests
{
    private static readonly CorporateReportContent Real = SampleReport.TwelveDepartments();

    [Fact]
    public void A_demo_corporate_report_says_DEMO_in_the_header_and_footer_of_every_page_and_OFFICIAL_nowhere()
    {
        using var pdf = PdfDocument.Open(CorporateReportPdf.Render(Real with { Demo = true }));

        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            var top = words.Where(w => PdfPages.Baseline(w) > page.Height - CorporateReportPdf.ReportMargins.Top).Select(w => w.Text).ToList();
            var foot = words.Where(w => PdfPages.Baseline(w) < CorporateReportPdf.ReportMargins.Bottom).Select(w => w.Text).ToList();
            Assert.Equal("DEMO", top[0]);
            Assert.Equal("DEMO", foot[0]);
            Assert.DoesNotContain("OFFICIAL", PdfPages.Words(page), StringComparison.Ordinal);
        }

        Assert.Contains(PdfPages.Flat(CorporateReportPdf.DemoCover), PdfPages.Flat(pdf.GetPage(1)), StringComparison.Ordinal);
        Assert.StartsWith("DEMO: ", pdf.Information.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demo_report_prints_no_marking_even_when_its_content_holds_one()
    {
        Assert.Null((Real with { Demo = true }).Marking);
        Assert.Equal("OFFICIAL", Real.Marking);
    }

    [Fact]
    public void A_report_from_real_data_carries_its_marking_and_no_DEMO()
    {
        using var pdf = PdfDocument.Open(CorporateReportPdf.Render(Real));

        Assert.All(pdf.GetPages(), page => Assert.DoesNotContain("DEMO", page.GetWords().Select(w => w.Text)));
        Assert.Contains("OFFICIAL", PdfPages.Words(pdf.GetPage(2)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_demo_self_assessment_says_DEMO_at_the_top_and_foot()
    {
        var department = Real.Departments[0];

        using var demo = PdfDocument.Open(SelfAssessmentPdf.Render("Testshire County Council", Real.Period, department, new DateOnly(2026, 7, 21), demo: true));
        using var real = PdfDocument.Open(SelfAssessmentPdf.Render("Testshire County Council", Real.Period, department, new DateOnly(2026, 7, 21)));

        Assert.Equal(2, demo.GetPage(1).GetWords().Count(w => w.Text == "DEMO"));
        Assert.DoesNotContain("DEMO", real.GetPage(1).GetWords().Select(w => w.Text));
    }

    [Fact]
    public void CPEGs_demo_report_says_DEMO_in_its_PDF_and_on_every_row_of_its_CSV()
    {
        var report = new CpegReport(new DateOnly(2009, 4, 1), new DateOnly(2009, 9, 30), new DateOnly(2009, 10, 2),
            new ReportSummary(1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0),
            [new ReportConcern(1, "Demo: recycling below target", "Environment", "Indicator", "Interventions under way", new DateOnly(2009, 4, 15), "Yes", [], [], null, null, null)],
            Demo: true);

        using var pdf = PdfDocument.Open(CpegReportService.Pdf(report, "Testshire County Council"));
        var csv = TableExport.Csv(CpegReportService.CsvRows(report)).Split("\r\n");

        Assert.All(pdf.GetPages(), page => Assert.Equal(2, page.GetWords().Count(w => w.Text == "DEMO")));
        Assert.StartsWith("\"Demo data\",\"Concern\"", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("\"DEMO: not real figures\",\"Demo: recycling below target\"", csv[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Demo data", TableExport.Csv(CpegReportService.CsvRows(report with { Demo = false })), StringComparison.Ordinal);
    }
}
