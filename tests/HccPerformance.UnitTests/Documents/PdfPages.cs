using HccPerformance.Documents.Reports;
using UglyToad.PdfPig.Content;

namespace HccPerformance.UnitTests.Documents;

/// <summary>Reading a rendered report back the way a reader sees it: lines of words, top to bottom.</summary>
internal static class PdfPages
{
    private static double MarginTop => CorporateReportPdf.ReportMargins.Top;
    private static double MarginBottom => CorporateReportPdf.ReportMargins.Bottom;

    /// <summary>The lines between the header and the footer, top first, each its words left to right.</summary>
    public static List<string> ContentLines(Page page) =>
    [
        .. page.GetWords()
            .Where(w => Baseline(w) < page.Height - MarginTop && Baseline(w) > MarginBottom)
            .GroupBy(w => Math.Round(Baseline(w), 0))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))),
    ];

    /// <summary>All the page's words joined by single spaces, so a phrase reads the same wherever its lines break.</summary>
    public static string Words(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    /// <summary>The page's letters in the order drawn with every space left out: a phrase is found however it wraps.</summary>
    public static string Flat(Page page) => string.Concat(page.Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal);

    public static string Flat(string text) => text.Replace(" ", "", StringComparison.Ordinal);

    public static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    /// <summary>Every word of every page lies within the page's left and right margins and above the footer's line.</summary>
    public static void AssertInsideMargins(Page page)
    {
        var margins = CorporateReportPdf.ReportMargins;
        foreach (var word in page.GetWords())
        {
            Assert.InRange(word.BoundingBox.Left, margins.Left - 0.5, page.Width - margins.Right + 0.5);
            Assert.InRange(word.BoundingBox.Right, margins.Left - 0.5, page.Width - margins.Right + 0.5);
            Assert.InRange(word.BoundingBox.Bottom, 0, page.Height);
        }
        // The footer line is 8 points below the content area; content never crosses into it.
        foreach (var word in page.GetWords().Where(w => !IsFooter(page, w)))
        {
            Assert.True(word.BoundingBox.Bottom >= margins.Bottom - 1, $"\"{word.Text}\" on page {page.Number} runs into the footer.");
        }
    }

    private static bool IsFooter(Page page, Word word) => Baseline(word) < CorporateReportPdf.ReportMargins.Bottom - 8 && page.Height > 0;
}
