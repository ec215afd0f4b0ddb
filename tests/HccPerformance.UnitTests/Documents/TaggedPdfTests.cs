using HccPerformance.Core.Common;
using HccPerformance.Core.Concerns;
using HccPerformance.Documents;
using HccPerformance.Documents.Reports;

namespace HccPerformance.UnitTests.Documents;

/// <summary>
/// Issue 20: the committee papers are tagged PDFs (PDF/UA-1 structure), read back with poppler's pdfinfo as a screen
/// reader would meet them: headings in order, lists, tables with header cells, the contents as links, charts as
/// figures described in words, page furniture left out, and the two columns of a department page read left first.
/// </summary>
public sealed class TaggedPdfTests
{
    private const string Council = "Hampshire County Council (demo)";
    private static readonly CorporateReportContent Sample = SampleReport.TwelveDepartments();
    private static readonly Lazy<byte[]> ReportBytes = new(() => CorporateReportPdf.Render(Sample));
    private static readonly Lazy<TaggedPdf> Report = new(() => TaggedPdf.Read(ReportBytes.Value));

    private static readonly string[] DepartmentParts =
    [
        "Overall statement", "Key strengths", "Areas for improvement", "Outstanding risks", "How these are being addressed",
        "Trade-offs made to balance the budget", "Executive Member's comment", "Head of Improvement's annotations",
        "Areas of concern and interventions",
    ];

    [Fact]
    public void The_corporate_report_is_tagged_in_British_English_with_its_title_in_the_title_bar()
    {
        var pdf = Report.Value;

        Assert.True(pdf.Tagged);
        Assert.Equal("en-GB", pdf.Language);
        Assert.True(pdf.DisplaysTitle);
        Assert.Equal("Document", pdf.Root.Type);
    }

    [Fact]
    public void The_corporate_reports_heading_outline_is_its_sections_in_order_never_skipping_a_level()
    {
        var headings = Report.Value.Headings;

        // Sections and their parts, as the contents list them (a department by its name alone), then each concern.
        var expected = new List<(int, string)>
        {
            (1, "Contents"), (1, "Overview by the Head of Improvement"), (2, "Key issues"), (2, "Common themes"),
            (2, "Cross-cutting issues"), (2, "Challenge to departments"), (2, "Areas of concern for CMT, by exception"),
            (1, "Corporate Dashboard summary"), (1, "Departments' self-assessments"),
        };
        expected.AddRange(Sample.Departments.Select(d => (2, d.Department)));
        expected.Add((1, "Corporate Improvement Plan: status by theme"));
        expected.AddRange(Sample.Plan.Select(t => (2, t.Theme)));
        expected.Add((1, "Areas of concern and interventions"));
        expected.AddRange(Sample.Concerns.Select(c => (2, DemoText.Mark(c.Title, c.IsDemo))));
        Assert.Equal(expected, headings.Where(h => h.Level <= 2).Select(h => (h.Level, h.Text.TrimEnd())));

        Assert.Equal(1, headings[0].Level);
        for (var i = 1; i < headings.Count; i++)
        {
            Assert.True(headings[i].Level <= headings[i - 1].Level + 1, $"\"{headings[i].Text}\" (H{headings[i].Level}) follows an H{headings[i - 1].Level}.");
            Assert.InRange(headings[i].Level, 1, 3);
        }
        // A received department's parts are its H3s, in the order printed.
        var adults = headings.FindIndex(h => h == (2, Sample.Departments[0].Department));
        Assert.Equal(DepartmentParts, headings.Skip(adults + 1).Take(DepartmentParts.Length).Select(h => h.Text.TrimEnd()));
    }

    [Fact]
    public void The_contents_is_a_TOC_of_links_one_per_entry_with_its_page_number()
    {
        var toc = Assert.Single(Report.Value.All, n => n.Type == "TOC");

        var entries = toc.Children;
        Assert.All(entries, e => Assert.Equal("TOCI", e.Type));
        Assert.Equal(6 + 1 + 1 + Sample.Departments.Count + 1 + Sample.Plan.Count + 1, entries.Count);
        var links = entries.Select(e => Assert.Single(e.Descendants(), n => n.Type == "Link")).ToList();
        Assert.All(links, l => Assert.Equal(1, l.ObjectReferences));
        Assert.Equal("Overview by the Head of Improvement 3", string.Join(' ', links[0].Texts.Select(t => t.Trim())));
        Assert.EndsWith(" (not received)", string.Join(' ', links[8 + SampleReport.NotReceivedIndex].Texts.SkipLast(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_has_a_header_row_of_column_header_cells_and_rows_of_data_cells()
    {
        var tables = Report.Value.All.Where(n => n.Type == "Table").ToList();

        // The dashboard's, the plan's themes and each theme's areas, and each concern's interventions.
        Assert.True(tables.Count >= 1 + 1 + Sample.Plan.Count, $"Only {tables.Count} tables.");
        foreach (var table in tables)
        {
            var head = Assert.Single(table.Children, c => c.Type == "THead");
            var headers = Assert.Single(head.Children).Children;
            Assert.NotEmpty(headers);
            Assert.All(headers, th =>
            {
                Assert.Equal("TH", th.Type);
                Assert.Contains("/Scope /Column", th.Attributes);
            });
            var body = Assert.Single(table.Children, c => c.Type == "TBody");
            Assert.All(body.Children, tr =>
            {
                Assert.Equal("TR", tr.Type);
                Assert.Equal(headers.Count, tr.Children.Count);
                Assert.All(tr.Children, td => Assert.Equal("TD", td.Type));
            });
        }
        var dashboard = tables[0];
        Assert.Equal(["Tile", "Red", "Amber", "Green", "No data", "Summary"], dashboard.Children[0].Children[0].Children.Select(th => th.Text.TrimEnd()));
        Assert.Equal(Sample.Dashboard.Tiles.Count, dashboard.Children[1].Children.Count);
    }

    [Fact]
    public void Every_chart_is_a_figure_whose_alternative_text_gives_every_bars_figures_in_words()
    {
        var pdf = Report.Value;

        Assert.Equal(2, pdf.All.Count(n => n.Type == "Figure"));
        var figures = pdf.Elements.Where(e => e.Type == "Figure").ToList();
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.False(string.IsNullOrWhiteSpace(f.Alt)));
        foreach (var tile in Sample.Dashboard.Tiles)
        {
            Assert.Contains($"{tile.Title}: {tile.Red} red, {tile.Amber} amber, {tile.Green} green, {tile.NoData} no data", figures[0].Alt, StringComparison.Ordinal);
        }
        foreach (var theme in Sample.Plan)
        {
            Assert.Contains($"{theme.Theme}: {theme.Red} red, {theme.Amber} amber, {theme.Green} green, {theme.NoData} no data", figures[1].Alt, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Headers_footers_and_page_numbers_are_not_in_the_structure()
    {
        var texts = Report.Value.All.Select(n => n.Text).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("Page 1 of", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(", version 3", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Trim() == "OFFICIAL");
        // The council's name is on the cover once, as a paragraph, not once a page.
        Assert.Single(texts, t => t.Contains(Council, StringComparison.Ordinal));
    }

    [Fact]
    public void A_department_page_reads_its_left_column_before_its_right_and_each_list_as_a_list()
    {
        var pdf = Report.Value;
        var department = Sample.Departments[0];
        var nodes = pdf.Root.Children;
        var at = nodes.FindIndex(n => n.Type == "H2" && n.Text.TrimEnd() == department.Department);

        // Key strengths (left) and its list, then Areas for improvement (right) and its list, and so on down the page.
        var parts = nodes.Skip(at + 2).Take(12).ToList();
        Assert.Equal("P", nodes[at + 1].Type);
        Assert.Equal(["H3", "P", "H3", "L", "H3", "L", "H3", "L", "H3", "L", "H3", "P"], parts.Select(n => n.Type));
        Assert.Equal(["Overall statement", "Key strengths", "Areas for improvement", "Outstanding risks", "How these are being addressed", "Trade-offs made to balance the budget"],
            parts.Where(n => n.Type == "H3").Select(n => n.Text.TrimEnd()));
        AssertItems(parts[3], department.Strengths);
        AssertItems(parts[5], department.AreasForImprovement);
        AssertItems(parts[7], department.Risks);
        AssertItems(parts[9], department.Actions);
    }

    [Fact]
    public void A_self_assessment_on_its_own_is_tagged_with_the_department_as_its_H1_and_its_parts_as_H2s()
    {
        var department = Sample.Departments[1];
        var pdf = TaggedPdf.Read(SelfAssessmentPdf.Render(Council, Sample.Period, department, Sample.IssuedOn));

        Assert.True(pdf.Tagged);
        Assert.Equal("en-GB", pdf.Language);
        Assert.Equal([(1, department.Department), .. DepartmentParts.Select(p => (2, p))], pdf.Headings.Select(h => (h.Level, h.Text.TrimEnd())));
        Assert.DoesNotContain(pdf.All, n => n.Text.Contains("Page 1 of 1", StringComparison.Ordinal) || n.Text.Contains("Printed ", StringComparison.Ordinal));
        // The annotations are a list whose labels are the marks printed beside the items.
        var annotations = pdf.Root.Children[pdf.Root.Children.FindIndex(n => n.Text.TrimEnd() == "Head of Improvement's annotations") + 1];
        Assert.Equal("L", annotations.Type);
        Assert.Equal("[1]", annotations.Children[0].Children[0].Text);
    }

    [Fact]
    public void CPEGs_report_is_tagged_with_its_title_summary_table_and_a_heading_per_concern()
    {
        var report = new CpegReport(new DateOnly(2009, 4, 1), new DateOnly(2009, 9, 30), new DateOnly(2009, 10, 2),
            new ReportSummary(1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0),
            [
                new ReportConcern(1, "NI 192 recycling below target", "Environment", "Indicator", "Interventions under way", new DateOnly(2009, 4, 15), "Yes: an LAA stretch target",
                    [new ReportIntervention("Category four", "Service Manager, Environment", 1, Rag.Amber, new DateOnly(2009, 5, 14), new DateOnly(2009, 6, 15), 1)], [], null, null, null),
            ]);
        var title = $"CPEG's report to CMT, 1 Apr 2009 to {CpegReportService.Date(new DateOnly(2009, 9, 30))}";

        var pdf = TaggedPdf.Read(CpegReportService.Pdf(report, "Demo County Council"));

        Assert.True(pdf.Tagged);
        Assert.Equal("en-GB", pdf.Language);
        Assert.Equal([(1, title), (2, "Summary"), (2, "Areas of concern"), (3, "NI 192 recycling below target")], pdf.Headings.Select(h => (h.Level, h.Text.TrimEnd())));
        var tables = pdf.All.Where(n => n.Type == "Table").ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["Areas of concern", "Number"], tables[0].Descendants().Where(n => n.Type == "TH").Select(n => n.Text.TrimEnd()));
        Assert.Equal(5, tables[1].Descendants().Count(n => n.Type == "TH"));
        Assert.DoesNotContain(pdf.All, n => n.Text.Contains("Report to CMT", StringComparison.Ordinal) || n.Text.Contains("Page 1 of", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_input_still_renders_tagged_and_text_outside_the_font_reads_as_written()
    {
        var longWord = new string('x', 300);
        var statement = $"Emoji 🙂, Arabic مرحبا and Chinese 你好 in the statement, and a word too long for a line: {longWord}.";
        var department = Sample.Departments[0] with
        {
            OverallStatement = statement,
            Strengths = [],
            AreasForImprovement = [new AnnotatedItem(longWord, [])],
            Concerns = [],
        };
        var notReceived = Sample.Departments[SampleReport.NotReceivedIndex];

        var pdf = TaggedPdf.Read(SelfAssessmentPdf.Render(Council, Sample.Period, department, Sample.IssuedOn));

        Assert.True(pdf.Tagged);
        Assert.Contains(pdf.Elements, e => e.Type == "P" && e.ActualText == statement);
        Assert.Contains(pdf.All, n => n.Type == "P" && n.Text.Contains("None listed.", StringComparison.Ordinal));
        Assert.Contains(pdf.All, n => n.Type == "LBody" && n.Text.Replace(" ", "", StringComparison.Ordinal) == longWord);

        var missing = TaggedPdf.Read(SelfAssessmentPdf.Render(Council, Sample.Period, notReceived, Sample.IssuedOn));
        Assert.True(missing.Tagged);
        Assert.Equal((1, notReceived.Department), missing.Headings[0]);
        Assert.Contains(missing.All, n => n.Type == "P" && n.Text == "Not received");
    }

    [Fact]
    public void The_tagged_corporate_report_is_the_same_bytes_every_time()
    {
        Assert.Equal(ReportBytes.Value, CorporateReportPdf.Render(Sample));
    }

    private static void AssertItems(StructNode list, IReadOnlyList<AnnotatedItem> items)
    {
        Assert.Equal("L", list.Type);
        Assert.Equal(items.Count, list.Children.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = list.Children[i];
            Assert.Equal("LI", item.Type);
            Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Type));
            Assert.Equal("•", item.Children[0].Text);
            Assert.StartsWith(items[i].Text, item.Children[1].Text, StringComparison.Ordinal);
        }
    }
}
