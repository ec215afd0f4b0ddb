using HccPerformance.Documents;
using PdfSharp.Drawing;
using UglyToad.PdfPig;

namespace HccPerformance.UnitTests.Documents;

public sealed class PdfReportTests
{
    private const double Margin = 50;
    private static readonly DateTime Issued = new(2026, 3, 31, 9, 0, 0, DateTimeKind.Utc);

    private static readonly string LongText = string.Join(' ', Enumerable.Range(1, 900).Select(i => $"word{i}"))
        + " Supercalifragilisticexpialidocious" + new string('z', 300) + " end.";

    [Fact]
    public void A_long_paragraph_wraps_within_the_margins_and_flows_onto_more_pages()
    {
        var bytes = new PdfReport().Header("Hull City Council").Content(c => c.Paragraph(LongText)).ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 2);
        foreach (var page in pdf.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                Assert.InRange(word.BoundingBox.Left, Margin - 0.5, page.Width - Margin + 0.5);
                Assert.InRange(word.BoundingBox.Right, Margin - 0.5, page.Width - Margin + 0.5);
            }
        }
        var allText = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("word1", allText, StringComparison.Ordinal);
        Assert.Contains("word900", allText, StringComparison.Ordinal);
        Assert.Contains("end.", allText, StringComparison.Ordinal);
        // The 334-character word is broken, not lost: every z is still there.
        Assert.Equal(300, allText.Count(ch => ch == 'z'));
    }

    [Fact]
    public void Paragraph_text_stays_between_the_top_and_bottom_margins()
    {
        var bytes = new PdfReport().Content(c => c.Paragraph(LongText)).ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            foreach (var word in page.GetWords().Where(w => !w.Text.StartsWith("Page", StringComparison.Ordinal) && !IsFooterWord(w.Text)))
            {
                Assert.InRange(word.BoundingBox.Bottom, Margin - 0.5, page.Height - Margin + 0.5);
                Assert.InRange(word.BoundingBox.Top, Margin - 0.5, page.Height - Margin + 0.5);
            }
        }
    }

    [Fact]
    public void A_200_row_table_repeats_its_header_on_every_page_and_never_cuts_a_row()
    {
        var rows = Enumerable.Range(1, 200).Select(i => new[] { $"Department{i}", $"Status{i}", $"Comment{i} " + (i % 7 == 0 ? "a longer comment that wraps onto a second line in its narrow column" : "short") });
        var bytes = new PdfReport()
            .Content(c => c.Heading("Returns").Table([2, 1, 2], ["DeptHeader", "StatusHeader", "CommentHeader"], rows))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 4);
        var pageOfWord = new Dictionary<string, List<int>>();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            Assert.Contains("DeptHeader", words);
            Assert.Contains("CommentHeader", words);
            foreach (var word in words)
            {
                if (!pageOfWord.TryGetValue(word, out var pages))
                {
                    pageOfWord[word] = pages = [];
                }
                pages.Add(page.Number);
            }
        }
        for (var i = 1; i <= 200; i++)
        {
            // Each cell's text appears exactly once and the whole row (including a wrapped second line) on one page.
            var page = Assert.Single(pageOfWord[$"Department{i}"]);
            Assert.Equal(page, Assert.Single(pageOfWord[$"Status{i}"]));
            Assert.Equal(page, Assert.Single(pageOfWord[$"Comment{i}"]));
        }
        Assert.All(pageOfWord["column"], p => Assert.Contains(p, pageOfWord["wraps"]));
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_lines_under_a_repeated_header()
    {
        var huge = string.Join(' ', Enumerable.Range(1, 1500).Select(i => $"cell{i}"));
        var bytes = new PdfReport()
            .Content(c => c.Table([1, 3], ["NameHeader", "TextHeader"], [["Huge", huge], ["After", "last row"]]))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 2);
        var words = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var pageWords = page.GetWords().Select(w => w.Text).ToList();
            Assert.Contains("TextHeader", pageWords);
            words.AddRange(pageWords);
        }
        Assert.All(Enumerable.Range(1, 1500), i => Assert.Single(words, $"cell{i}"));
        Assert.Contains("After", words);
    }

    [Fact]
    public void Every_page_has_a_right_Page_N_of_M_footer()
    {
        var bytes = new PdfReport()
            .Footer("Corporate performance report")
            .Content(c =>
            {
                for (var i = 0; i < 5; i++)
                {
                    c.Heading($"Section {i + 1}").Paragraph("Some text.").PageBreak();
                }
            })
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(5, pdf.NumberOfPages);
        foreach (var page in pdf.GetPages())
        {
            Assert.Contains($"Page {page.Number} of 5", page.Text, StringComparison.Ordinal);
            Assert.Contains("Corporate performance report", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Keep_together_moves_a_block_whole_to_the_next_page()
    {
        // Fill most of page 1, then a kept block that does not fit in what is left.
        var bytes = new PdfReport()
            .Content(c => c
                .Spacer(600)
                .KeepTogether(k => k.Heading("KeptHeading", 2).Paragraph(string.Join(' ', Enumerable.Repeat("kept", 400)) + " KeptEnd")))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.DoesNotContain("kept", pdf.GetPage(1).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("KeptHeading", pdf.GetPage(2).Text, StringComparison.Ordinal);
        Assert.Contains("KeptEnd", pdf.GetPage(2).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_keep_together_the_same_paragraph_starts_on_the_first_page()
    {
        var bytes = new PdfReport()
            .Content(c => c.Spacer(600).Heading("FlowHeading", 2).Paragraph(string.Join(' ', Enumerable.Repeat("flow", 400)) + " FlowEnd"))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains("FlowHeading", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.Contains("FlowEnd", pdf.GetPage(2).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_outside_the_font_are_shown_as_a_fallback_not_a_crash()
    {
        var bytes = new PdfReport()
            .Header("Header 😀")
            .Content(c => c
                .Heading("Emoji 😀 heading")
                .Paragraph("Smile 😀 and 漢 done; accents café ŵ stay.")
                .Table([1, 1], ["Head 漢", "B"], [["Cell 😀", "漢字"]]))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        var text = pdf.GetPage(1).Text;
        Assert.Contains("Smile ? and ? done", text, StringComparison.Ordinal);
        Assert.Contains("café", text, StringComparison.Ordinal);
        Assert.Contains("ŵ", text, StringComparison.Ordinal);
        Assert.Contains("Cell ?", text, StringComparison.Ordinal);
        Assert.Contains("??", text, StringComparison.Ordinal);
        Assert.DoesNotContain("😀", text, StringComparison.Ordinal);
        Assert.DoesNotContain("漢", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_rendered_twice_gives_identical_bytes_when_deterministic()
    {
        static byte[] Render() => Sample().Deterministic(Issued, "report-version-3").ToBytes();

        var first = Render();
        var second = Render();

        Assert.Equal(first, second);
        Assert.NotEqual(first, Sample().Deterministic(Issued, "report-version-4").ToBytes());
    }

    [Fact]
    public void Title_author_subject_and_creation_date_are_set()
    {
        var bytes = Sample().Deterministic(Issued, "report-version-3").ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("Corporate performance report", pdf.Information.Title);
        Assert.Equal("Head of Improvement", pdf.Information.Author);
        Assert.Equal("Quarter 4 2025/26", pdf.Information.Subject);
        Assert.Equal(Issued, pdf.Information.GetCreatedDateTimeOffset()?.UtcDateTime);
    }

    [Fact]
    public void A_drawing_block_reserves_its_height_and_draws_vectors()
    {
        var drawnArea = XRect.Empty;
        var bytes = new PdfReport()
            .Content(c => c.Paragraph("Before").Drawing(730, (gfx, area) =>
            {
                drawnArea = area;
                gfx.DrawRectangle(XBrushes.SeaGreen, area);
            }).Paragraph("After"))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Equal(730, drawnArea.Height);
        Assert.Equal(Margin, drawnArea.Y);
        Assert.Contains("After", pdf.GetPage(2).Text, StringComparison.Ordinal);
    }

    private static PdfReport Sample() => new PdfReport()
        .Title("Corporate performance report")
        .Author("Head of Improvement")
        .Subject("Quarter 4 2025/26")
        .Header("Hull City Council", "OFFICIAL")
        .Footer("Version 3")
        .Content(c => c
            .Heading("Overview")
            .Paragraph(LongText)
            .Table([2, 1], ["Department", "RAG"], Enumerable.Range(1, 60).Select(i => new[] { $"Department {i}", "Green" }))
            .Drawing(100, (gfx, area) => gfx.DrawEllipse(XBrushes.Orange, area)));

    private static bool IsFooterWord(string text) => text is "of" || int.TryParse(text, out _);
}
