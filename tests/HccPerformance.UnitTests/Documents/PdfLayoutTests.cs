using HccPerformance.Documents;
using PdfSharp.Drawing;
using UglyToad.PdfPig;

namespace HccPerformance.UnitTests.Documents;

/// <summary>The layout layer's additions for the corporate report: contents, one-page blocks, columns, text styles.</summary>
public sealed class PdfLayoutTests
{
    [Fact]
    public void The_contents_give_the_pages_where_anchored_headings_landed_even_after_long_text_moves_them()
    {
        var longText = string.Join(' ', Enumerable.Repeat("words that fill pages", 600));
        var bytes = new PdfReport()
            .Content(c => c
                .Heading("Contents")
                .Contents([new ContentsEntry("First part", "a"), new ContentsEntry("Its detail", "a2", 2), new ContentsEntry("Second part", "b")])
                .PageBreak()
                .Heading("First part", 1, "a").Paragraph(longText)
                .Heading("Its detail", 2, "a2").Paragraph(longText)
                .PageBreak()
                .Heading("Second part", 1, "b").Paragraph("End."))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        var contents = pdf.GetPage(1).GetWords().Select(w => w.Text).ToList();
        var pageOf = (string heading) => pdf.GetPages().First(p => p.Text.Contains(heading, StringComparison.Ordinal) && p.Number > 1).Number;
        var numbers = contents.Where(w => int.TryParse(w, out _) && !contents[contents.IndexOf(w) - 1].Equals("Page", StringComparison.Ordinal)).ToList();

        Assert.True(pageOf("Its detail") > pageOf("First part"));
        Assert.Equal([$"{pageOf("First part")}", $"{pageOf("Its detail")}", $"{pageOf("Second part")}"], numbers.Take(3));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["First part", "Second part"], bookmarks.Roots.Select(r => r.Title));
        Assert.Equal("Its detail", Assert.Single(bookmarks.Roots[0].Children).Title);
    }

    [Fact]
    public void Contents_pointing_at_a_heading_that_never_appears_fail_rather_than_print_a_wrong_number()
    {
        var report = new PdfReport().Content(c => c.Contents([new ContentsEntry("Missing", "nowhere")]).Heading("Somewhere", 1, "elsewhere"));

        var error = Assert.Throws<InvalidOperationException>(() => report.ToBytes());
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_page_block_steps_its_type_down_to_fit_and_what_follows_starts_a_new_page()
    {
        // About a page and a half of text at 10 pt.
        var text = string.Join(' ', Enumerable.Repeat("shrink", 1300)) + " LastWord";
        var bytes = new PdfReport()
            .Content(c => c.Paragraph("Before").OnePage("Fitted", p => p.Heading("Fitted", 2).Paragraph(text)).Paragraph("After"))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(3, pdf.NumberOfPages);
        var fitted = pdf.GetPage(2);
        Assert.Contains("LastWord", fitted.Text, StringComparison.Ordinal);
        var size = fitted.GetWords().First(w => w.Text == "shrink").Letters[0].PointSize;
        Assert.InRange(size, 7, 9.5);
        Assert.Equal(0, size * 2 % 1, 3); // in half points
        Assert.Contains("After", pdf.GetPage(3).Text, StringComparison.Ordinal);
        Assert.Equal(10, pdf.GetPage(3).GetWords().First(w => w.Text == "After").Letters[0].PointSize, 2);
    }

    [Fact]
    public void Two_columns_sit_side_by_side_and_stack_when_they_cannot_fit_a_page()
    {
        var bytes = new PdfReport()
            .Content(c => c
                .Columns(l => l.Paragraph("LeftWord"), r => r.Paragraph("RightWord"))
                .PageBreak()
                .Columns(l => l.Paragraph(string.Join(' ', Enumerable.Repeat("tall", 1500)) + " TallEnd"), r => r.Paragraph("Beside")))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        var first = pdf.GetPage(1).GetWords().ToList();
        var left = first.Single(w => w.Text == "LeftWord");
        var right = first.Single(w => w.Text == "RightWord");
        Assert.Equal(left.BoundingBox.Bottom, right.BoundingBox.Bottom, 1);
        Assert.True(right.BoundingBox.Left > pdf.GetPage(1).Width / 2);
        // Too tall for one page: drawn one after the other at the full width, nothing lost.
        var rest = pdf.GetPages().Skip(1).SelectMany(p => p.GetWords()).ToList();
        Assert.Contains(rest, w => w.Text == "TallEnd");
        var beside = rest.Single(w => w.Text == "Beside");
        Assert.True(beside.BoundingBox.Left < 60);
    }

    [Fact]
    public void Items_hang_their_marker_in_the_indent_and_wrap_under_the_text()
    {
        var bytes = new PdfReport()
            .Content(c => c.Item(string.Join(' ', Enumerable.Repeat("wrapped", 40))).Paragraph("Right", new TextStyle { Size = 1.5, Bold = true }))
            .ToBytes();

        using var pdf = PdfDocument.Open(bytes);
        var words = pdf.GetPage(1).GetWords().ToList();
        var bullet = words.Single(w => w.Text == "•");
        var lines = words.Where(w => w.Text == "wrapped").GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Select(g => g.Min(w => w.BoundingBox.Left)).ToList();
        Assert.True(lines.Count >= 2);
        Assert.All(lines, x => Assert.Equal(lines[0], x, 1));
        Assert.True(bullet.BoundingBox.Right < lines[0]);
        Assert.Equal(15, words.Single(w => w.Text == "Right").Letters[0].PointSize, 2);
    }

    [Fact]
    public void Cached_character_widths_measure_text_exactly_as_PDFsharp_does()
    {
        EmbeddedFonts.EnsureRegistered();
        using var document = new PdfSharp.Pdf.PdfDocument();
        using var gfx = XGraphics.FromPdfPage(document.AddPage());
        foreach (var style in new[] { XFontStyleEx.Regular, XFontStyleEx.Bold })
        {
            foreach (var size in new[] { 7.0, 8.5, 10, 18 })
            {
                var font = new XFont(EmbeddedFontResolver.FamilyName, size, style);
                foreach (var text in new[] { "Performance", "Children's Services: £1,234 (café, ŵ) – 30 Jun 2009", "WWW iii", "[12]" })
                {
                    Assert.Equal(gfx.MeasureString(text, font).Width, FontMetrics.Width(gfx, text, font), 6);
                }
            }
        }
    }
}
